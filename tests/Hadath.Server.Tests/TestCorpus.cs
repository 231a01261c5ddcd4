using System.Text.Json;
using Hadath.Testing;

namespace Hadath.Server.Tests;

/// <summary>
/// The small corpus the API and browser tests ingest: five short articles written for these tests
/// (Corpus/articles.jsonl) and the repository's seed article, as JSON lines.
/// </summary>
internal static class TestCorpus
{
    public const string SeedId = "libya-2019-12-russia-concern";

    public static string SeedPath => Path.Combine(BundledData.RepoRoot, "samples", SeedId + ".txt");

    public static IReadOnlyList<string> Lines
    {
        get
        {
            var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Corpus", "articles.jsonl")).Where(l => l.Trim().Length > 0).ToList();
            lines.Add(SeedJson());
            return lines;
        }
    }

    public static string JsonLines => string.Join('\n', Lines) + "\n";

    /// <summary>The seed article (title on line 1) as an article object dated the day it was published.</summary>
    public static string SeedJson()
    {
        var text = File.ReadAllText(SeedPath);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return JsonSerializer.Serialize(new { id = SeedId, source = "seed", published = "2019-12-20", title = text[..newline].TrimEnd('\r'), text = text[(newline + 1)..] });
    }
}
