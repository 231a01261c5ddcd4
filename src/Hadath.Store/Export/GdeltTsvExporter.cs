using System.Globalization;
using Hadath.Store.Model;

namespace Hadath.Store.Export;

/// <summary>
/// Writes events as a GDELT-style table: GDELT 2.0 event column names where they apply
/// (DATEADDED and the tone and geo-type columns do not), then Hadath's PLOVER and evidence columns.
/// </summary>
public static class GdeltTsvExporter
{
    public static readonly string[] Header =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor2Code", "Actor2Name", "Actor2CountryCode",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles",
        "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL",
        "PloverEvent", "PloverMode", "PloverContext", "DatePrecision", "Confidence", "FirstArticle", "EvidenceText",
    ];

    public static long Write(IEnumerable<EventWithMentions> events, TextWriter output)
    {
        output.WriteLine(string.Join('\t', Header));
        var n = 0L;
        foreach (var item in events)
        {
            output.WriteLine(string.Join('\t', Row(item).Select(EventFormats.Flat)));
            n++;
        }

        return n;
    }

    public static string[] Row(EventWithMentions item)
    {
        var e = item.Event;
        var inv = CultureInfo.InvariantCulture;
        var d = e.Date;
        return
        [
            e.Id.ToString(inv),
            d?.ToString("yyyyMMdd", inv) ?? string.Empty,
            d?.ToString("yyyyMM", inv) ?? string.Empty,
            d?.ToString("yyyy", inv) ?? string.Empty,
            d is { } day ? (day.Year + ((day.DayOfYear - 1) / 365.0)).ToString("F4", inv) : string.Empty,
            e.SourceCode, e.SourceName, EventFormats.Country(e.SourceCode),
            e.TargetCode, e.TargetName, EventFormats.Country(e.TargetCode),
            item.Mentions.Any(m => m.Sentence == 0) ? "1" : "0",
            e.Cameo, e.Cameo.Length > 3 ? e.Cameo[..3] : e.Cameo, e.Root,
            EventFormats.Num(e.QuadClass), EventFormats.Num(e.Goldstein),
            EventFormats.Num(e.NumMentions), EventFormats.Num(e.NumSources), EventFormats.Num(e.NumArticles),
            e.PlaceName ?? string.Empty, e.PlaceCountry ?? string.Empty, EventFormats.Num(e.Lat), EventFormats.Num(e.Lon), e.FirstUrl ?? string.Empty,
            e.PloverType ?? string.Empty, e.PloverMode ?? string.Empty, e.PloverContext ?? string.Empty, e.DatePrecision, EventFormats.Num(e.Confidence),
            e.FirstArticle, item.Mentions.Count > 0 ? item.Mentions[0].Evidence : string.Empty,
        ];
    }
}
