namespace Hadath.Lexicon.Model;

/// <summary>
/// A named actor (person, IGO, group, organ) with its codes, each possibly restricted to a date
/// range. <see cref="CodeOn"/> resolves the code for an article's date, never for "now".
/// </summary>
public sealed record ActorEntry(
    string Name,
    IReadOnlyList<string> Names,
    IReadOnlyList<CodeAssignment> Codes,
    string? Default,
    string Type,
    SourceLocation Location)
{
    /// <summary>
    /// For a named grouping of states («مجموعة 5+1», «الترويكا الأوروبية»): the codes of its members,
    /// each of which the grouping's mention stands for. Empty for every other actor.
    /// </summary>
    public IReadOnlyList<string> Members { get; init; } = [];

    /// <summary>
    /// For a name whose referent depends on the story («التحالف» is the Saudi-led coalition in a report
    /// on Yemen, the US-led one in a report on Syria): the countries of which the article must name at
    /// least one, before or in the same sentence, for the name to mean this actor. Empty: always.
    /// </summary>
    public IReadOnlyList<string> Context { get; init; } = [];

    /// <summary>
    /// The code on <paramref name="date"/>: the first assignment whose range holds it; otherwise
    /// the default; otherwise, for someone who held a dated role before that date, the country's
    /// ELI (a former official); otherwise the first code. Without a date: the default, else the
    /// last-listed code.
    /// </summary>
    public string CodeOn(DateOnly? date)
    {
        if (date is not { } day)
        {
            return Default ?? Codes[^1].Code;
        }

        foreach (var assignment in Codes)
        {
            if (assignment.Range.Contains(day))
            {
                return assignment.Code;
            }
        }

        if (Default is not null)
        {
            return Default;
        }

        foreach (var assignment in Codes)
        {
            if (assignment.Range.To is { } end && end < day && ActorCodes.Country(assignment.Code) is { } country)
            {
                return country + "ELI";
            }
        }

        return Codes[0].Code;
    }
}
