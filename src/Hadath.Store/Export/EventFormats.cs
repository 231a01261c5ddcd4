using System.Globalization;
using Hadath.Lexicon.Model;
using Hadath.Store.Model;

namespace Hadath.Store.Export;

/// <summary>Small formatting rules the writers share.</summary>
internal static class EventFormats
{
    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Num(double? v) => v?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Num(long v) => v.ToString(CultureInfo.InvariantCulture);

    public static string Country(string code) => code.Length == 0 ? string.Empty : ActorCodes.Country(code) ?? string.Empty;

    /// <summary>Tabs and line breaks would break a TSV row; they become spaces.</summary>
    public static string Flat(string? s) => (s ?? string.Empty).Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    /// <summary>The columns every tabular query format shows, in order.</summary>
    public static readonly string[] Columns = ["id", "date", "source", "source_name", "target", "target_name", "cameo", "cameo_name", "quad_class", "goldstein", "place", "country", "num_mentions", "num_articles", "num_sources"];

    public static string[] Values(StoredEvent e) =>
    [
        e.Id.ToString(CultureInfo.InvariantCulture), Date(e.Date), e.SourceCode, e.SourceName, e.TargetCode, e.TargetName, e.Cameo, e.CameoName,
        Num(e.QuadClass), Num(e.Goldstein), e.PlaceName ?? string.Empty, e.PlaceCountry ?? string.Empty, Num(e.NumMentions), Num(e.NumArticles), Num(e.NumSources),
    ];
}
