using Hadath.Lexicon.Model;

namespace Hadath.Lexicon.Recognition;

/// <summary>
/// An actor found in a text: tokens [FirstToken, LastToken], the matching original range
/// [Start, End), its code on the article's date, a readable name, and where the entry that
/// decided the code was defined (for <c>hadath explain</c>).
/// </summary>
public sealed record ActorMention(
    int FirstToken,
    int LastToken,
    int Start,
    int End,
    string Code,
    string Name,
    MentionKind Kind,
    SourceLocation? Source)
{
    /// <summary>Whether a person's entry named it (a title or a description may stand before a person's name).</summary>
    public bool IsPerson { get; init; }

    public string? Country => ActorCodes.Country(Code);

    /// <summary>The role part of the code (GOV, MIL…), or null for a bare country or an IGO.</summary>
    public string? Role => Code.StartsWith("IGO", StringComparison.Ordinal) || Code.Length < 6 && Country is not null ? null : Code[^3..];
}
