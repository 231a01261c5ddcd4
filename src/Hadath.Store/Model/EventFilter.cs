namespace Hadath.Store.Model;

/// <summary>
/// The filters of <c>hadath query</c>, <c>stats</c> and <c>export</c>. Codes match by prefix, as
/// CAMEO codes are hierarchical: actor <c>SAU</c> matches SAUGOV, code <c>19</c> matches 190 and
/// 1901. Dates are inclusive. A null field does not filter.
/// </summary>
public sealed record EventFilter
{
    public static EventFilter None { get; } = new();

    /// <summary>Source or target actor code prefix.</summary>
    public string? Actor { get; init; }

    public string? Source { get; init; }

    public string? Target { get; init; }

    /// <summary>The two-digit CAMEO root.</summary>
    public string? Root { get; init; }

    /// <summary>CAMEO code prefix.</summary>
    public string? Code { get; init; }

    public int? Quad { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>A place name as stored, or a country code of the place.</summary>
    public string? Place { get; init; }

    /// <summary>The PLOVER event type (CONSULT, PROTEST…), compared without regard to case.</summary>
    public string? Plover { get; init; }
}
