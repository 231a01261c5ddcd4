using System.Collections.Frozen;
using System.Globalization;

namespace Hadath.Text.Diagnostics;

/// <summary>
/// The one catalogue of Hadath's error codes and message templates. Every layer builds its
/// diagnostics here so that wording stays consistent and every code has exactly one meaning.
/// </summary>
public static class ErrorCatalog
{
    private static readonly FrozenDictionary<DiagnosticCode, (DiagnosticSeverity Severity, string Template)> Entries = new Dictionary<DiagnosticCode, (DiagnosticSeverity Severity, string Template)>
    {
        [DiagnosticCode.FileNotFound] = (DiagnosticSeverity.Error, "no such file or folder"),
        [DiagnosticCode.EmptyInput] = (DiagnosticSeverity.Error, "the input is empty"),
        [DiagnosticCode.BinaryInput] = (DiagnosticSeverity.Error, "the input looks binary (a NUL byte at byte {0}); expected UTF-8 or UTF-16 text"),
        [DiagnosticCode.InvalidUtf8] = (DiagnosticSeverity.Error, "invalid UTF-8 byte sequence (0x{0}) at byte {1}"),
        [DiagnosticCode.LineTooLong] = (DiagnosticSeverity.Error, "line {0} is {1} characters long; the limit is {2}"),
        [DiagnosticCode.InvalidUtf16] = (DiagnosticSeverity.Error, "invalid UTF-16: {0}"),
        [DiagnosticCode.InputTooLarge] = (DiagnosticSeverity.Error, "the input is {0} bytes; the limit is {1}"),
        [DiagnosticCode.UnreadableInput] = (DiagnosticSeverity.Error, "{0}"),
        [DiagnosticCode.MalformedJson] = (DiagnosticSeverity.Error, "malformed JSON: {0}"),
        [DiagnosticCode.MissingField] = (DiagnosticSeverity.Error, "the article has no '{0}' field"),
        [DiagnosticCode.InvalidDate] = (DiagnosticSeverity.Error, "'{0}' is not a date (expected YYYY-MM-DD)"),
        [DiagnosticCode.UnsupportedInput] = (DiagnosticSeverity.Error, "unsupported input type '{0}' (expected .txt, .json, .jsonl, .jsonl.gz, a folder or -)"),
        [DiagnosticCode.LexiconMissingDirective] = (DiagnosticSeverity.Error, "the header has no @{0} line (every lexicon file needs @kind and at least one @source)"),
        [DiagnosticCode.LexiconUnknownDirective] = (DiagnosticSeverity.Error, "unknown directive '@{0}' (expected @kind, @source, @licence, @title, @curated or @note)"),
        [DiagnosticCode.LexiconUnknownEntryType] = (DiagnosticSeverity.Error, "unknown entry type '{0}' (expected country, actor, agent or place)"),
        [DiagnosticCode.LexiconEntryKindMismatch] = (DiagnosticSeverity.Error, "a '{0}' entry cannot stand in a file of @kind {1}"),
        [DiagnosticCode.LexiconFieldOutsideEntry] = (DiagnosticSeverity.Error, "indented field line outside an entry"),
        [DiagnosticCode.LexiconUnknownField] = (DiagnosticSeverity.Error, "unknown field '{0}' for a {1} entry"),
        [DiagnosticCode.LexiconNoNames] = (DiagnosticSeverity.Error, "entry '{0}' has no names"),
        [DiagnosticCode.LexiconBadCode] = (DiagnosticSeverity.Error, "'{0}' is not a valid actor code"),
        [DiagnosticCode.LexiconBadDateRange] = (DiagnosticSeverity.Error, "bad date range '{0}': {1}"),
        [DiagnosticCode.LexiconBadCoordinate] = (DiagnosticSeverity.Error, "bad coordinate '{0}' (expected: latitude longitude in decimal degrees)"),
        [DiagnosticCode.LexiconMissingField] = (DiagnosticSeverity.Error, "entry '{0}' has no '{1}' field"),
        [DiagnosticCode.LexiconConflict] = (DiagnosticSeverity.Error, "'{0}' is coded {1} here but {2} at {3}"),
        [DiagnosticCode.LexiconDuplicate] = (DiagnosticSeverity.Warning, "'{0}' is listed again (first at {1})"),
        [DiagnosticCode.LexiconEmptyForm] = (DiagnosticSeverity.Error, "an empty name in '{0}' (check for a stray '|')"),
        [DiagnosticCode.LexiconAmbiguousPlace] = (DiagnosticSeverity.Warning, "place name '{0}' is shared with {1} at the same rank"),
        [DiagnosticCode.LexiconNoFiles] = (DiagnosticSeverity.Error, "no lexicon files (*.lex) found"),
        [DiagnosticCode.PatternSyntax] = (DiagnosticSeverity.Error, "{0}"),
        [DiagnosticCode.PatternUnknownCode] = (DiagnosticSeverity.Error, "unknown CAMEO code '{0}'"),
        [DiagnosticCode.UsageError] = (DiagnosticSeverity.Error, "{0}"),
    }.ToFrozenDictionary();

    /// <summary>Builds the diagnostic for <paramref name="code"/>, filling its template with <paramref name="args"/>.</summary>
    public static Diagnostic Create(DiagnosticCode code, string? file, int? line, params object?[] args)
    {
        var (severity, template) = Entries[code];
        return new Diagnostic(code, severity, string.Format(CultureInfo.InvariantCulture, template, args), file, line);
    }

    /// <summary>Builds a decoding diagnostic located by byte offset rather than line.</summary>
    public static Diagnostic AtByte(DiagnosticCode code, string? file, long byteOffset, params object?[] args)
        => Create(code, file, null, args) with { ByteOffset = byteOffset };

    /// <summary>The message template of a code, for documentation and tests.</summary>
    public static string Template(DiagnosticCode code) => Entries[code].Template;

    public static IEnumerable<DiagnosticCode> Codes => Entries.Keys;
}
