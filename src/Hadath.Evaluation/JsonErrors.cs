using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hadath.Evaluation;

/// <summary>Turns System.Text.Json's exceptions into the one-line, file-and-line messages the CLI prints.</summary>
internal static partial class JsonErrors
{
    public static EvaluationDataException ToDataException(JsonException exception, string file)
    {
        // The reader appends its own position ("Path: … | LineNumber: …"); it is replaced by a
        // 1-based line up front and the JSON path, which reads better than a byte offset in Arabic text.
        var reason = exception.Message;
        foreach (var marker in (string[])[" Path: ", " LineNumber: "])
        {
            var at = reason.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                reason = reason[..at];
            }
        }

        reason = Humanize(reason.TrimEnd());
        if (!string.IsNullOrEmpty(exception.Path) && exception.Path != "$")
        {
            reason += $" (at {exception.Path})";
        }

        return new EvaluationDataException(file, exception.LineNumber + 1, reason, exception);
    }

    /// <summary>
    /// The serializer speaks of .NET types ("GoldReader+EventDto", "System.Boolean"); the person
    /// fixing a gold file thinks in JSON. Messages it does not recognise pass through unchanged.
    /// </summary>
    private static string Humanize(string reason)
    {
        var missing = MissingProperties().Match(reason);
        if (missing.Success)
        {
            return $"{TypeName(missing.Groups["type"].Value)} object lacks required properties: {missing.Groups["names"].Value}";
        }

        var nulled = NullProperty().Match(reason);
        if (nulled.Success)
        {
            return $"'{nulled.Groups["name"].Value}' must not be null";
        }

        var converted = WrongType().Match(reason);
        if (converted.Success)
        {
            return $"wrong JSON type: expected {TypeName(converted.Groups["type"].Value)}{(converted.Groups["type"].Value.EndsWith("Dto", StringComparison.Ordinal) ? " object" : string.Empty)}";
        }

        return reason;
    }

    private static string TypeName(string dotnetType) => dotnetType switch
    {
        var t when t.EndsWith("ArticleDto", StringComparison.Ordinal) => "an article",
        var t when t.EndsWith("EventDto", StringComparison.Ordinal) => "an event",
        "System.Boolean" => "true or false",
        "System.String" => "a string",
        var t when t.Contains("List`1", StringComparison.Ordinal) => "a list",
        var t => t,
    };

    [GeneratedRegex(@"^JSON deserialization for type '(?<type>[^']+)' was missing required properties,? including: (?<names>.+?)\.?$")]
    private static partial Regex MissingProperties();

    [GeneratedRegex(@"^The property or field '(?<name>[^']+)' on type '[^']+' doesn't allow setting null values")]
    private static partial Regex NullProperty();

    [GeneratedRegex(@"^The JSON value could not be converted to (?<type>[^ ]+?)\.?$")]
    private static partial Regex WrongType();
}
