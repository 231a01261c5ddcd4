namespace Hadath.Evaluation;

/// <summary>
/// One event as the coder emitted it, in the scorer's terms. <see cref="Source"/> and
/// <see cref="Target"/> are whole actor codes ("RUSGOV"); null or empty means no actor.
/// <see cref="Date"/> is "YYYY-MM-DD", "YYYY-MM" or null. For the sentence-level sets
/// <see cref="ArticleId"/> carries the sentence id.
/// </summary>
public sealed record PredictedEvent(string ArticleId, string? Source, string? Target, string Cameo, string? Date);
