namespace Hadath.Evaluation;

/// <summary>One gold-annotated article (guide §5); <see cref="Events"/> keeps the file's order, which the scorer uses as its tie-break.</summary>
public sealed record GoldArticle(
    string Id,
    DateOnly? Published,
    string Title,
    string Text,
    IReadOnlyList<GoldEvent> Events);
