using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hadath.Evaluation;

/// <summary>
/// Reads gold articles in the format of guide §5. Every problem, from broken JSON to a CAMEO code
/// that is not digits, becomes an <see cref="EvaluationDataException"/> naming the file and line.
/// </summary>
public static class GoldReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectNullableAnnotations = true,
    };

    /// <summary>Reads every *.json file under <paramref name="path"/> (sub-folders included, guide §5 says gold/**.json), in ordinal path order.</summary>
    public static IReadOnlyList<GoldArticle> ReadFolder(string path)
    {
        if (!Directory.Exists(path))
        {
            throw new EvaluationDataException(path, null, "gold folder not found");
        }

        var files = Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new EvaluationDataException(path, null, "no *.json gold files in this folder");
        }

        var articles = new List<GoldArticle>(files.Count);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var article = ReadFile(file);
            if (!seen.TryAdd(article.Id, file))
            {
                throw new EvaluationDataException(file, null, $"article id '{article.Id}' is already used by {seen[article.Id]}");
            }

            articles.Add(article);
        }

        return articles;
    }

    public static GoldArticle ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EvaluationDataException(path, null, e.Message, e);
        }

        return Parse(bytes, path);
    }

    /// <summary>Parses one article; <paramref name="file"/> only names it in errors.</summary>
    internal static GoldArticle Parse(ReadOnlySpan<byte> json, string file)
    {
        // Editors on Windows add a BOM, which the UTF-8 JSON reader refuses as an invalid token.
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        ArticleDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<ArticleDto>(json, Options);
        }
        catch (JsonException e)
        {
            throw JsonErrors.ToDataException(e, file);
        }

        if (dto is null)
        {
            throw new EvaluationDataException(file, 1, "expected an article object, found null");
        }

        if (string.IsNullOrWhiteSpace(dto.Id))
        {
            throw new EvaluationDataException(file, null, "the article has an empty id");
        }

        return new GoldArticle(
            dto.Id,
            dto.Published,
            dto.Title ?? string.Empty,
            dto.Text ?? string.Empty,
            [.. dto.Events.Select(e => new GoldEvent(e.Source, e.Target, e.Cameo, e.Date, e.Place, e.Evidence, e.Optional))]);
    }

    private static List<string> ReadStrings(ref Utf8JsonReader reader, string property)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"'{property}' must be a list of strings");
        }

        var list = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"'{property}' must contain only strings, found {reader.TokenType}");
            }

            list.Add(reader.GetString()!);
        }

        return list;
    }

    private static string Describe(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String ? $"'{reader.GetString()}'" : reader.TokenType.ToString();

    // The DTOs are instantiated by System.Text.Json through reflection.
    private sealed class ArticleDto
    {
        public required string Id { get; init; }

        [JsonConverter(typeof(PublishedConverter))]
        public DateOnly? Published { get; init; }

        public string? Title { get; init; }

        public string? Text { get; init; }

        public required List<EventDto> Events { get; init; }
    }

    private sealed class EventDto
    {
        [JsonConverter(typeof(SourceListConverter))]
        public required List<string> Source { get; init; }

        [JsonConverter(typeof(TargetListConverter))]
        public required List<string> Target { get; init; }

        [JsonConverter(typeof(CameoListConverter))]
        public required List<string> Cameo { get; init; }

        [JsonConverter(typeof(EventDateConverter))]
        public string? Date { get; init; }

        [JsonConverter(typeof(PlaceConverter))]
        public string? Place { get; init; }

        public string? Evidence { get; init; }

        public bool Optional { get; init; }
    }

    private sealed class PublishedConverter : JsonConverter<DateOnly?>
    {
        public override DateOnly? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new JsonException($"'published' must be a date YYYY-MM-DD or null, found {Describe(ref reader)}");
            }

            return date;
        }

        public override void Write(Utf8JsonWriter writer, DateOnly? value, JsonSerializerOptions options)
            => throw new NotSupportedException();
    }

    /// <summary>Guide §4: a day, or month precision for «أواخر نوفمبر» and «الأسبوع الماضي».</summary>
    private sealed class EventDateConverter : JsonConverter<string?>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (text is null
                || !(DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                     || DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
            {
                throw new JsonException($"'date' must be YYYY-MM-DD, YYYY-MM or null, found {Describe(ref reader)}");
            }

            return text;
        }

        public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
            => throw new NotSupportedException();
    }

    /// <summary>
    /// The guide's gold files write a place as the Arabic name («طرابلس»); the output of `hadath code` writes
    /// <c>{name, country, …}</c>, and annotators copy either. Both are read, as the name with its country («طرابلس (LBY)»).
    /// </summary>
    private sealed class PlaceConverter : JsonConverter<string?>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return reader.GetString();
                case JsonTokenType.StartObject:
                    string? name = null, country = null;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var property = reader.GetString();
                        reader.Read();
                        if (property is "name" or "country")
                        {
                            var value = reader.TokenType is JsonTokenType.String or JsonTokenType.Null
                                ? reader.GetString()
                                : throw new JsonException($"'place.{property}' must be a string or null, found {Describe(ref reader)}");
                            (name, country) = property == "name" ? (value, country) : (name, value);
                        }
                        else
                        {
                            reader.Skip();
                        }
                    }

                    return name is null ? country : country is null ? name : $"{name} ({country})";
                default:
                    throw new JsonException($"'place' must be a name, an object {{name, country}} or null, found {Describe(ref reader)}");
            }
        }

        public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
            => throw new NotSupportedException();
    }

    private sealed class SourceListConverter : JsonConverter<List<string>>
    {
        public override List<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var list = ReadStrings(ref reader, "source");
            return list.Count > 0 && list.TrueForAll(s => !string.IsNullOrWhiteSpace(s))
                ? list
                : throw new JsonException("'source' must list at least one actor code, and no empty one");
        }

        public override void Write(Utf8JsonWriter writer, List<string> value, JsonSerializerOptions options)
            => throw new NotSupportedException();
    }

    /// <summary>Targets may be empty ([] = no target) or contain "" (no target accepted too).</summary>
    private sealed class TargetListConverter : JsonConverter<List<string>>
    {
        public override List<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => ReadStrings(ref reader, "target");

        public override void Write(Utf8JsonWriter writer, List<string> value, JsonSerializerOptions options)
            => throw new NotSupportedException();
    }

    /// <summary>A code that is not 2–4 digits would silently never match, so it is refused here.</summary>
    private sealed class CameoListConverter : JsonConverter<List<string>>
    {
        public override List<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var list = ReadStrings(ref reader, "cameo");
            if (list.Count == 0)
            {
                throw new JsonException("'cameo' must list at least one code");
            }

            var bad = list.Find(c => c.Length is < 2 or > 4 || !c.All(char.IsAsciiDigit));
            return bad is null ? list : throw new JsonException($"'cameo' code '{bad}' is not a CAMEO code (2 to 4 digits)");
        }

        public override void Write(Utf8JsonWriter writer, List<string> value, JsonSerializerOptions options)
            => throw new NotSupportedException();
    }
}
