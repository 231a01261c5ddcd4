using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hadath.Store.Model;

namespace Hadath.Store.Export;

/// <summary>
/// Writes events as JSON lines with the PLOVER data fields: id, date, actor, recipient, event,
/// mode, context, event_text, location, and text_info — one entry per mention, each with its
/// story, publisher, headline, sentence (index and text) and character offsets — so every event
/// leads back to the words that support it.
/// </summary>
public static class PloverJsonExporter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static long Write(IEnumerable<EventWithMentions> events, TextWriter output)
    {
        var n = 0L;
        foreach (var e in events)
        {
            output.WriteLine(Serialize(e));
            n++;
        }

        return n;
    }

    public static string Serialize(EventWithMentions item)
    {
        var e = item.Event;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("id", "hadath-" + e.Id.ToString("x16", CultureInfo.InvariantCulture));
            w.WriteString("date", e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("date_resolution", e.DatePrecision);
            w.WriteString("event", e.PloverType);
            w.WriteString("mode", e.PloverMode);
            w.WriteStartArray("context");
            foreach (var c in (e.PloverContext ?? string.Empty).Split([',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                w.WriteStringValue(c);
            }

            w.WriteEndArray();
            w.WriteString("actor", e.SourceCode);
            w.WriteString("actor_name", e.SourceName);
            w.WriteString("actor_country", Nullable(EventFormats.Country(e.SourceCode)));
            w.WriteString("recipient", Nullable(e.TargetCode));
            w.WriteString("recipient_name", Nullable(e.TargetName));
            w.WriteString("recipient_country", Nullable(EventFormats.Country(e.TargetCode)));
            w.WriteString("cameo", e.Cameo);
            w.WriteString("cameo_name", e.CameoName);
            w.WriteNumber("quad_class", e.QuadClass);
            w.WriteNumber("goldstein", e.Goldstein);
            w.WritePropertyName("location");
            if (e.PlaceName is null)
            {
                w.WriteNullValue();
            }
            else
            {
                w.WriteStartObject();
                w.WriteString("name", e.PlaceName);
                w.WriteString("country", e.PlaceCountry);
                if (e.Lat is { } lat && e.Lon is { } lon)
                {
                    w.WriteNumber("lat", lat);
                    w.WriteNumber("lon", lon);
                }

                w.WriteEndObject();
            }

            w.WriteNumber("num_mentions", e.NumMentions);
            w.WriteNumber("num_articles", e.NumArticles);
            w.WriteNumber("num_sources", e.NumSources);
            w.WriteString("event_text", item.Mentions.Count > 0 ? item.Mentions[0].Evidence : null);
            w.WriteString("story_id", e.FirstArticle);
            w.WriteString("source_url", e.FirstUrl);
            w.WriteStartArray("text_info");
            foreach (var m in item.Mentions)
            {
                w.WriteStartObject();
                w.WriteString("story_id", m.ArticleId);
                w.WriteString("article_key", m.ArticleKey);
                w.WriteString("publisher", m.Source.Length == 0 ? null : m.Source);
                w.WriteString("publication_date", m.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("headline", m.Title);
                w.WriteString("url", m.Url);
                w.WriteNumber("sentence", m.Sentence);
                w.WriteString("field", m.Field);
                w.WriteNumber("start", m.Start);
                w.WriteNumber("end", m.End);
                w.WriteString("text", m.Evidence);
                w.WriteString("sentence_text", m.SentenceText);
                w.WriteString("trigger", m.Trigger);
                w.WriteString("modality", m.Modality);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string? Nullable(string s) => s.Length == 0 ? null : s;
}
