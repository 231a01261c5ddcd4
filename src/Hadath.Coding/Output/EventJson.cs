using System.Text.Encodings.Web;
using System.Text.Json;
using Hadath.Coding.Model;

namespace Hadath.Coding.Output;

/// <summary>Writes coded events as JSON objects, one per line, in the field layout of issue #4 (snake_case, Arabic unescaped).</summary>
public static class EventJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string Serialize(CodedEvent e)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            Write(w, e);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter w, CodedEvent e)
    {
        w.WriteStartObject();
        w.WriteString("article_id", e.ArticleId);
        w.WriteNumber("sentence", e.Sentence);
        w.WritePropertyName("source");
        WriteActor(w, e.Source);
        w.WritePropertyName("target");
        if (e.Target is null)
        {
            w.WriteNullValue();
        }
        else
        {
            WriteActor(w, e.Target);
        }

        w.WriteString("cameo", e.Cameo);
        w.WriteString("cameo_name", e.CameoName);
        w.WriteString("root", e.Root);
        w.WriteNumber("quad_class", e.QuadClass);
        w.WriteNumber("goldstein", e.Goldstein);
        w.WriteStartObject("plover");
        w.WriteString("type", e.Plover.Type);
        w.WriteString("mode", e.Plover.Mode);
        w.WriteString("context", e.Plover.Context);
        w.WriteEndObject();
        w.WriteString("date", e.Date.Format());
        w.WriteString("date_precision", e.Date.Precision.ToString().ToLowerInvariant());
        w.WritePropertyName("place");
        if (e.Place is null)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStartObject();
            w.WriteString("name", e.Place.Name);
            w.WriteString("country", e.Place.Country);
            w.WriteNumber("lat", e.Place.Lat);
            w.WriteNumber("lon", e.Place.Lon);
            w.WriteEndObject();
        }

        w.WritePropertyName("evidence");
        WriteEvidence(w, e.Evidence);
        w.WriteString("modality", e.Modality);
        w.WriteNumber("confidence", e.Confidence);
        w.WriteStartArray("mentions");
        foreach (var m in e.Mentions)
        {
            w.WriteStartObject();
            w.WriteNumber("sentence", m.Sentence);
            w.WriteString("trigger", m.Trigger);
            w.WriteString("pattern", m.Pattern);
            w.WritePropertyName("evidence");
            WriteEvidence(w, m.Evidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter w, EventActor a)
    {
        w.WriteStartObject();
        w.WriteString("code", a.Code);
        w.WriteString("name", a.Name);
        w.WriteString("text", a.Text);
        w.WriteNumber("start", a.Start);
        w.WriteNumber("end", a.End);
        w.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter w, Evidence e)
    {
        w.WriteStartObject();
        w.WriteString("field", e.Field);
        w.WriteNumber("start", e.Start);
        w.WriteNumber("end", e.End);
        w.WriteString("text", e.Text);
        w.WriteEndObject();
    }
}
