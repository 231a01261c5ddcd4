namespace Hadath.Coding;

/// <summary>
/// Collects the coder's reasons (what fired, what was rejected and why) for <c>hadath explain</c>.
/// The coder takes a nullable trace: when it is null, tracing costs one null check.
/// </summary>
public sealed class CodingTrace
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines => _lines;

    public void Add(string line) => _lines.Add(line);
}
