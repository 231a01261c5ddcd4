namespace Hadath.Text.Diagnostics;

/// <summary>
/// One problem found in an input: which file, where in it (line, or byte offset for decoding
/// errors), and what. <see cref="ToString"/> renders the <c>file:line: message</c> form users see.
/// </summary>
public sealed record Diagnostic(
    DiagnosticCode Code,
    DiagnosticSeverity Severity,
    string Message,
    string? File = null,
    int? Line = null,
    long? ByteOffset = null)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString()
    {
        var where = File ?? "<input>";
        if (Line is { } line)
        {
            where += ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (ByteOffset is { } offset)
        {
            where += ": byte " + offset.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var level = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{where}: {level} HD{(int)Code}: {Message}";
    }
}
