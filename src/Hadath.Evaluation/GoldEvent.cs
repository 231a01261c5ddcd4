namespace Hadath.Evaluation;

/// <summary>
/// One gold entry (guide §5). <see cref="Sources"/>, <see cref="Targets"/> and <see cref="Cameo"/>
/// list accepted alternatives, best first; an empty <see cref="Targets"/> or one containing ""
/// accepts "no target". <see cref="Date"/> is "YYYY-MM-DD", month precision "YYYY-MM", or null.
/// </summary>
public sealed record GoldEvent(
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> Cameo,
    string? Date,
    string? Place,
    string? Evidence,
    bool Optional);
