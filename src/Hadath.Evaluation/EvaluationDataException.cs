namespace Hadath.Evaluation;

/// <summary>
/// Raised when a gold or judgement file cannot be read. The message is one line naming the file
/// (and the line when known) so the CLI can print it as is and exit with "bad input", never a
/// stack trace.
/// </summary>
public sealed class EvaluationDataException : Exception
{
    public EvaluationDataException()
    {
    }

    public EvaluationDataException(string message)
        : base(message)
    {
    }

    public EvaluationDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EvaluationDataException(string file, long? line, string reason, Exception? innerException = null)
        : base(Format(file, line, reason), innerException)
    {
        File = file;
        Line = line;
    }

    /// <summary>The file at fault, as the caller named it.</summary>
    public string? File { get; }

    /// <summary>1-based line at fault, or null when the problem is not tied to one line.</summary>
    public long? Line { get; }

    private static string Format(string file, long? line, string reason)
        => line is { } l ? $"{file}: line {l}: {reason}" : $"{file}: {reason}";
}
