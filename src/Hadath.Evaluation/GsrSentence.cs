namespace Hadath.Evaluation;

/// <summary>
/// One judged sentence of the arabic_event_gsr sets (guide §7). <see cref="Spans"/> gathers every
/// span record the spans file holds for this sentence id; it is empty for most negatives.
/// </summary>
public sealed record GsrSentence(
    string Id,
    string EventType,
    GsrLabel Label,
    string Text,
    int Accept,
    int Reject,
    int Total,
    IReadOnlyList<GsrSpan> Spans)
{
    public bool IsPositive => Label == GsrLabel.Yes;

    public bool IsNegative => Label is GsrLabel.EasyNo or GsrLabel.DifficultNo;
}
