using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Hadath.Evaluation;

/// <summary>
/// Reads the arabic_event_gsr layout: each <c>NAME_gsr.csv</c> (columns accept, event_type, id,
/// label, reject, text, total, in any order) with the span annotations of <c>NAME_spans.json</c>
/// beside it, joined on sentence id (the spans' "source" field).
/// </summary>
public static class GsrReader
{
    private static readonly string[] Columns = ["accept", "event_type", "id", "label", "reject", "text", "total"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static GsrSet ReadFolder(string path)
    {
        if (!Directory.Exists(path))
        {
            throw new EvaluationDataException(path, null, "judgement folder not found");
        }

        var csvFiles = Directory.EnumerateFiles(path, "*_gsr.csv").Order(StringComparer.Ordinal).ToList();
        if (csvFiles.Count == 0)
        {
            throw new EvaluationDataException(path, null, "no *_gsr.csv files in this folder");
        }

        var sentences = new List<GsrSentence>();
        var orphans = 0;
        var seen = new Dictionary<(string Type, string Id), string>();
        foreach (var csvFile in csvFiles)
        {
            var spansFile = csvFile[..^"_gsr.csv".Length] + "_spans.json";
            var set = Parse(ReadText(csvFile), csvFile, File.Exists(spansFile) ? ReadText(spansFile) : null, spansFile);
            foreach (var sentence in set.Sentences)
            {
                if (!seen.TryAdd((sentence.EventType, sentence.Id), csvFile))
                {
                    throw new EvaluationDataException(csvFile, null, $"{sentence.EventType} sentence '{sentence.Id}' is already judged in {seen[(sentence.EventType, sentence.Id)]}");
                }
            }

            sentences.AddRange(set.Sentences);
            orphans += set.OrphanSpanRecords;
        }

        return new GsrSet(sentences, orphans);
    }

    /// <summary>Parses one judgement file and its optional spans file; the file names only label errors.</summary>
    internal static GsrSet Parse(string csvText, string csvFile, string? spansJson, string spansFile)
    {
        var rows = ReadJudgements(csvText, csvFile);
        var spans = spansJson is null ? [] : ReadSpans(spansJson, spansFile);
        var ids = new HashSet<string>(rows.Select(r => r.Id), StringComparer.Ordinal);
        var spansById = new Dictionary<string, List<GsrSpan>>(StringComparer.Ordinal);
        var orphans = 0;
        foreach (var (id, list) in spans)
        {
            if (!ids.Contains(id))
            {
                orphans++;
                continue;
            }

            // Several records for one sentence are several annotators' readings: all are kept.
            if (!spansById.TryGetValue(id, out var all))
            {
                spansById[id] = all = [];
            }

            all.AddRange(list);
        }

        var sentences = rows
            .Select(r => r with { Spans = spansById.TryGetValue(r.Id, out var s) ? s : [] })
            .ToList();
        return new GsrSet(sentences, orphans);
    }

    private static List<GsrSentence> ReadJudgements(string text, string file)
    {
        var records = CsvParser.Parse(text, file);
        if (records.Count == 0)
        {
            throw new EvaluationDataException(file, 1, "the file is empty: expected a header line");
        }

        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in Columns)
        {
            var index = header.IndexOf(name);
            if (index < 0)
            {
                throw new EvaluationDataException(file, records[0].Line, $"the header has no '{name}' column (expected {string.Join(",", Columns)})");
            }

            column[name] = index;
        }

        var sentences = new List<GsrSentence>(records.Count - 1);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            var fields = record.Fields;
            if (fields.Count != header.Count)
            {
                throw new EvaluationDataException(file, record.Line, $"{fields.Count} fields where the header has {header.Count}");
            }

            var id = fields[column["id"]].Trim();
            if (id.Length == 0)
            {
                throw new EvaluationDataException(file, record.Line, "empty sentence id");
            }

            if (!firstLine.TryAdd(id, record.Line))
            {
                throw new EvaluationDataException(file, record.Line, $"sentence id '{id}' already appears on line {firstLine[id]}");
            }

            sentences.Add(new GsrSentence(
                id,
                fields[column["event_type"]].Trim().ToUpperInvariant(),
                ParseLabel(fields[column["label"]], file, record.Line),
                fields[column["text"]],
                ParseCount(fields[column["accept"]], "accept", file, record.Line),
                ParseCount(fields[column["reject"]], "reject", file, record.Line),
                ParseCount(fields[column["total"]], "total", file, record.Line),
                []));
        }

        return sentences;
    }

    private static GsrLabel ParseLabel(string label, string file, int line) => label.Trim().ToLowerInvariant() switch
    {
        "yes" => GsrLabel.Yes,
        "easy no" => GsrLabel.EasyNo,
        "difficult no" => GsrLabel.DifficultNo,
        "ambiguous" => GsrLabel.Ambiguous,
        _ => throw new EvaluationDataException(file, line, $"unknown label '{label}' (expected yes, easy no, difficult no or ambiguous)"),
    };

    private static int ParseCount(string value, string name, string file, int line)
        => int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new EvaluationDataException(file, line, $"'{name}' must be a whole number, found '{value}'");

    private static List<(string Id, List<GsrSpan> Spans)> ReadSpans(string json, string file)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw JsonErrors.ToDataException(e, file);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new EvaluationDataException(file, null, "expected a list of span records");
            }

            var result = new List<(string, List<GsrSpan>)>();
            var index = 0;
            foreach (var record in document.RootElement.EnumerateArray())
            {
                if (record.ValueKind != JsonValueKind.Object
                    || !record.TryGetProperty("source", out var source)
                    || source.ValueKind != JsonValueKind.String)
                {
                    throw new EvaluationDataException(file, null, $"span record {index} has no sentence id ('source' string)");
                }

                var spans = new List<GsrSpan>();
                if (record.TryGetProperty("spans", out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    spans.AddRange(list.EnumerateArray().Select(s => new GsrSpan(ReadActor(s, "source_role"), ReadActor(s, "target_role"))));
                }

                result.Add((source.GetString()!, spans));
                index++;
            }

            return result;
        }
    }

    /// <summary>"None" is the annotators' word for "no country" / "no role"; anything but an object with main or role is "not annotated".</summary>
    private static GsrActor? ReadActor(JsonElement span, string property)
    {
        if (span.ValueKind != JsonValueKind.Object
            || !span.TryGetProperty(property, out var actor)
            || actor.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var main = ReadCode(actor, "main");
        var role = ReadCode(actor, "role");
        if (main is null && role is null)
        {
            return null;
        }

        return new GsrActor(main == "None" ? null : main, role == "None" ? null : role);
    }

    private static string? ReadCode(JsonElement actor, string property)
        => actor.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim().ToUpperInvariant() switch { "NONE" => "None", var code => code }
            : null;

    private static string ReadText(string path)
    {
        try
        {
            return StrictUtf8.GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            throw new EvaluationDataException(path, null, $"not valid UTF-8 at byte {e.Index}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EvaluationDataException(path, null, e.Message, e);
        }
    }
}
