namespace Hadath.Lexicon.Model;

/// <summary>One lexicon file's header and how many entries it gave, for <c>hadath lexicon check</c>.</summary>
public sealed record LexiconFileInfo(string Path, LexiconKind? Kind, IReadOnlyList<string> Sources, int Entries);
