using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Hadath.Store.Tests;

/// <summary>Writes a synthetic JSONL corpus of small Arabic news articles with actors, triggers, places and dates.</summary>
internal static class Corpus
{
    private static readonly string[] Actors = ["وزير الخارجية السعودي", "الرئيس المصري", "الحكومة الإيرانية", "الجيش اليمني", "الأمم المتحدة", "ولي العهد"];
    private static readonly string[] Verbs = ["زار", "انتقد", "أدان", "التقى", "هاجم", "دعا"];
    private static readonly string[] Places = ["الرياض", "القاهرة", "طهران", "صنعاء", "جدة", "بغداد"];

    public static string Write(string path, int count)
    {
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < count; i++)
        {
            var a = Actors[i % Actors.Length];
            var b = Actors[(i / 7 + 1) % Actors.Length];
            var text = $"{Places[i % Places.Length]} - {Verbs[i % Verbs.Length]} {a} {b} في {Places[(i / 3) % Places.Length]} يوم الأحد. وقالت مصادر إن {a} {Verbs[(i / 5) % Verbs.Length]} {b} أمس، في الخبر رقم {i}.";
            var article = new Dictionary<string, string>
            {
                ["id"] = "gen-" + i.ToString(CultureInfo.InvariantCulture),
                ["source"] = "paper-" + (i % 5).ToString(CultureInfo.InvariantCulture),
                ["url"] = "http://example.org/" + i.ToString(CultureInfo.InvariantCulture),
                ["published"] = new DateOnly(2015, 7, 1).AddDays(i % 40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["title"] = $"{a} {Verbs[i % Verbs.Length]} {b}",
                ["text"] = text,
            };
            writer.WriteLine(JsonSerializer.Serialize(article, options));
        }

        return path;
    }
}
