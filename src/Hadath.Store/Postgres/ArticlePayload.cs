using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hadath.Coding.Input;
using Hadath.Coding.Model;

namespace Hadath.Store.Postgres;

/// <summary>An article as the work queue carries it: the same JSON object the inputs use, so a worker on another machine needs no files.</summary>
internal static class ArticlePayload
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(Article a)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteString("published", a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("title", a.Title);
            w.WriteString("text", a.Text);
            w.WriteString("source", a.Source);
            w.WriteString("url", a.Url);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static Article Deserialize(string key, string json) => ArticleReader.Parse("queue:" + key, 1, json, null);
}
