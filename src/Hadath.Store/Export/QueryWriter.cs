using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hadath.Store.Model;

namespace Hadath.Store.Export;

/// <summary>Writes query results as an aligned table (for people), JSON lines, TSV or CSV (RFC 4180 quoting).</summary>
public static class QueryWriter
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the events; returns how many.</summary>
    public static long Write(IEnumerable<StoredEvent> events, QueryFormat format, TextWriter output)
    {
        switch (format)
        {
            case QueryFormat.Table:
                return Table(events, output);
            case QueryFormat.Jsonl:
                return Lines(events, output, Json);
            case QueryFormat.Tsv:
                output.WriteLine(string.Join('\t', EventFormats.Columns));
                return Lines(events, output, e => string.Join('\t', EventFormats.Values(e).Select(EventFormats.Flat)));
            default:
                output.WriteLine(string.Join(',', EventFormats.Columns));
                return Lines(events, output, e => string.Join(',', EventFormats.Values(e).Select(Csv)));
        }
    }

    private static long Lines(IEnumerable<StoredEvent> events, TextWriter output, Func<StoredEvent, string> line)
    {
        var n = 0L;
        foreach (var e in events)
        {
            output.WriteLine(line(e));
            n++;
        }

        return n;
    }

    private static long Table(IEnumerable<StoredEvent> events, TextWriter output)
    {
        // A table needs its widths before its first line, so it holds the rows (the CLI limits them).
        string[] header = ["date", "source", "target", "cameo", "quad", "gold", "place", "mentions", "articles", "sources", "event"];
        var rows = events.Select(e => new[]
        {
            EventFormats.Date(e.Date), e.SourceCode, e.TargetCode, e.Cameo, EventFormats.Num(e.QuadClass), EventFormats.Num(e.Goldstein),
            e.PlaceName ?? string.Empty, EventFormats.Num(e.NumMentions), EventFormats.Num(e.NumArticles), EventFormats.Num(e.NumSources), e.CameoName,
        }).ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
        output.WriteLine(Line(header));
        output.WriteLine(Line(widths.Select(w => new string('-', w)).ToArray()));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row));
        }

        output.WriteLine($"({rows.Count} events)");
        return rows.Count;
    }

    private static string Csv(string value)
        => value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    public static string Json(StoredEvent e)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteNumber("id", e.Id);
            w.WriteString("date", e.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("date_precision", e.DatePrecision);
            w.WriteString("source", e.SourceCode);
            w.WriteString("source_name", e.SourceName);
            w.WriteString("target", e.TargetCode.Length == 0 ? null : e.TargetCode);
            w.WriteString("target_name", e.TargetName.Length == 0 ? null : e.TargetName);
            w.WriteString("cameo", e.Cameo);
            w.WriteString("cameo_name", e.CameoName);
            w.WriteString("root", e.Root);
            w.WriteNumber("quad_class", e.QuadClass);
            w.WriteNumber("goldstein", e.Goldstein);
            w.WriteString("place", e.PlaceName);
            w.WriteString("place_country", e.PlaceCountry);
            w.WriteNumber("num_mentions", e.NumMentions);
            w.WriteNumber("num_articles", e.NumArticles);
            w.WriteNumber("num_sources", e.NumSources);
            w.WriteString("first_article", e.FirstArticle);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
