namespace Hadath.Lexicon.Model;

/// <summary>A role word that turns a country into a sector code («وزير الخارجية» + «الإيطالي» → ITAGOV).</summary>
public sealed record AgentEntry(string Role, string Gloss, IReadOnlyList<string> Names, SourceLocation Location);
