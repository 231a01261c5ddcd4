namespace Hadath.Server.Api;

/// <summary>The body of every 4xx answer: one readable sentence saying what was wrong.</summary>
public sealed record ApiError(string Error);
