namespace Hadath.Text.Diagnostics;

/// <summary>How serious a diagnostic is. Errors stop the operation; warnings are reported and work goes on.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}
