namespace Hadath.Server.Api;

/// <summary>
/// The body of <c>POST /api/code</c> (and each article of <c>POST /api/ingest</c>). The endpoints
/// read bodies themselves (to bound their size and to name the fault in malformed JSON); this
/// type documents the shape in OpenAPI.
/// </summary>
public sealed record CodeRequest
{
    /// <summary>The article body.</summary>
    public required string Text { get; init; }

    /// <summary>The headline, coded too.</summary>
    public string? Title { get; init; }

    /// <summary>Publication date, YYYY-MM-DD: relative dates in the text resolve against it.</summary>
    public string? Published { get; init; }

    /// <summary>The article id, echoed in each event's <c>article_id</c>.</summary>
    public string? Id { get; init; }
}
