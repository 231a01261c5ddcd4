using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Hadath.Coding.Model;
using Hadath.Text.Decoding;
using Hadath.Text.Diagnostics;

namespace Hadath.Coding.Input;

/// <summary>
/// Reads articles from the inputs <c>hadath code</c> and <c>hadath ingest</c> accept: <c>.txt</c>
/// (first line the title, the rest the body), <c>.json</c> (one article object, guide §5; any
/// <c>events</c> ignored), <c>.jsonl</c> and <c>.jsonl.gz</c> (one object per line), folders
/// (recursively, in a stable order) and <c>-</c> for standard input. Articles stream one at a
/// time; a malformed JSONL line is reported through <c>report</c> with its file and line, skipped,
/// and reading goes on.
/// </summary>
public sealed class ArticleReader
{
    private readonly TextDecoder _decoder = new();

    public IEnumerable<Article> Read(string path, TextReader stdin, Action<Diagnostic> report, DateOnly? published = null)
    {
        if (path == "-")
        {
            var text = stdin.ReadToEnd();
            var trimmed = text.TrimStart();
            return trimmed.StartsWith('{') ? FromJsonLines("<stdin>", new StringReader(text), report, published) : [FromText("<stdin>", "stdin", text, published)];
        }

        if (Directory.Exists(path))
        {
            return FromFolder(path, stdin, report, published);
        }

        if (!File.Exists(path))
        {
            throw new HadathException(ErrorCatalog.Create(DiagnosticCode.FileNotFound, path, null));
        }

        return FromFile(path, report, published);
    }

    private IEnumerable<Article> FromFolder(string folder, TextReader stdin, Action<Diagnostic> report, DateOnly? published)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Supported(f))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var article in Read(file, stdin, report, published))
            {
                yield return article;
            }
        }
    }

    private static bool Supported(string path)
        => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
           || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase);

    private IEnumerable<Article> FromFile(string path, Action<Diagnostic> report, DateOnly? published)
    {
        if (path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase))
        {
            return FromJsonLines(path, () => new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), new UTF8Encoding(false, true)), report, published);
        }

        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return FromJsonLines(path, () => new StreamReader(path, new UTF8Encoding(false, true)), report, published);
        }

        var text = _decoder.Decode(File.ReadAllBytes(path), path);
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return [Parse(path, 1, text, published)];
        }

        if (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return [FromText(path, Path.GetFileNameWithoutExtension(path), text, published)];
        }

        throw new HadathException(ErrorCatalog.Create(DiagnosticCode.UnsupportedInput, path, null, Path.GetExtension(path)));
    }

    private static Article FromText(string path, string id, string text, DateOnly? published)
    {
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var title = (newline < 0 ? text : text[..newline]).TrimEnd('\r');
        var body = newline < 0 ? string.Empty : text[(newline + 1)..];
        return new Article(id, published, title, body);
    }

    private IEnumerable<Article> FromJsonLines(string path, Func<TextReader> open, Action<Diagnostic> report, DateOnly? published)
    {
        using var reader = open();
        foreach (var article in FromJsonLines(path, reader, report, published))
        {
            yield return article;
        }
    }

    private IEnumerable<Article> FromJsonLines(string path, TextReader reader, Action<Diagnostic> report, DateOnly? published)
    {
        var number = 0;
        while (true)
        {
            string? line;
            try
            {
                line = reader.ReadLine();
            }
            catch (Exception e) when (e is DecoderFallbackException or InvalidDataException)
            {
                report(ErrorCatalog.Create(DiagnosticCode.UnreadableInput, path, number + 1, e.Message));
                yield break;
            }

            if (line is null)
            {
                yield break;
            }

            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            Article? article = null;
            try
            {
                article = Parse(path, number, line, published);
            }
            catch (HadathException e)
            {
                foreach (var d in e.Diagnostics)
                {
                    report(d);
                }
            }

            if (article is not null)
            {
                yield return article;
            }
        }
    }

    /// <summary>Parses one article object; errors name the file and line.</summary>
    public static Article Parse(string path, int line, string json, DateOnly? published)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new HadathException(ErrorCatalog.Create(DiagnosticCode.MalformedJson, path, line, "expected an article object"));
            }

            var text = String(root, "text") ?? throw new HadathException(ErrorCatalog.Create(DiagnosticCode.MissingField, path, line, "text"));
            var id = String(root, "id") ?? (root.TryGetProperty("id", out var idNumber) && idNumber.ValueKind == JsonValueKind.Number ? idNumber.GetRawText() : null)
                ?? $"{Path.GetFileNameWithoutExtension(path)}:{line.ToString(CultureInfo.InvariantCulture)}";
            var date = published;
            var publishedText = String(root, "published");
            if (date is null && !string.IsNullOrEmpty(publishedText))
            {
                var day = publishedText.Length >= 10 ? publishedText[..10] : publishedText;
                if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    throw new HadathException(ErrorCatalog.Create(DiagnosticCode.InvalidDate, path, line, publishedText));
                }

                date = parsed;
            }

            return new Article(id, date, String(root, "title") ?? string.Empty, text) { Source = String(root, "source"), Url = String(root, "url") };
        }
        catch (JsonException e)
        {
            var at = line + (int)(e.LineNumber ?? 0);
            throw new HadathException(ErrorCatalog.Create(DiagnosticCode.MalformedJson, path, at, e.Message.Split(" Path:")[0]));
        }
    }

    private static string? String(JsonElement root, string name)
        => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
