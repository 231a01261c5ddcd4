using Hadath.Coding.Model;

namespace Hadath.Coding;

/// <summary>
/// Collects the coder's reasons (what fired, what was rejected and why) for <c>hadath explain</c>.
/// The coder takes a nullable trace: when it is null, tracing costs one null check.
/// </summary>
public sealed class CodingTrace
{
    private readonly List<string> _lines = [];
    private readonly List<TracedActor> _actors = [];

    public IReadOnlyList<string> Lines => _lines;

    /// <summary>Every actor resolved, in reading order: what the lexicon and the article's context made of each name.</summary>
    public IReadOnlyList<TracedActor> Actors => _actors;

    public void Add(string line) => _lines.Add(line);

    public void Add(TracedActor actor) => _actors.Add(actor);
}
