namespace Hadath.Text.Diagnostics;

/// <summary>
/// Raised when an input cannot be processed. It carries the diagnostics that explain why, so the
/// CLI can print them as readable lines and map them to an exit code, never as a stack trace.
/// </summary>
public sealed class HadathException : Exception
{
    public HadathException(Diagnostic diagnostic)
        : base(diagnostic.ToString())
    {
        Diagnostics = [diagnostic];
    }

    public HadathException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    public HadathException()
        : this(ErrorCatalog.Create(DiagnosticCode.UnreadableInput, null, null, "unknown error"))
    {
    }

    public HadathException(string message)
        : this(ErrorCatalog.Create(DiagnosticCode.UnreadableInput, null, null, message))
    {
    }

    public HadathException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [ErrorCatalog.Create(DiagnosticCode.UnreadableInput, null, null, message)];
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
