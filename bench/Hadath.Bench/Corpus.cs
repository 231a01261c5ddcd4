using System.IO.Compression;
using System.Text.Json;

namespace Hadath.Bench;

/// <summary>Loads article bodies from the SaudiNewsNet corpus (../shared) for the benchmarks.</summary>
public static class Corpus
{
    public static string DefaultPath
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("HADATH_CORPUS");
            if (!string.IsNullOrEmpty(env))
            {
                return env;
            }

            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hadath.slnx")))
            {
                dir = dir.Parent;
            }

            return Path.GetFullPath(Path.Combine(dir?.FullName ?? ".", "..", "shared", "corpus", "saudinewsnet", "articles.jsonl.gz"));
        }
    }

    public static string DataDirectory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hadath.slnx")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? ".", "data");
        }
    }

    public static List<string> Load(int articles)
    {
        var path = DefaultPath;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"corpus not found: {path} (set HADATH_CORPUS)");
        }

        var texts = new List<string>(articles);
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (texts.Count < articles && reader.ReadLine() is { } line)
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 } s)
            {
                texts.Add(s);
            }
        }

        return texts;
    }
}
