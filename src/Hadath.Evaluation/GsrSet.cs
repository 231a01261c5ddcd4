namespace Hadath.Evaluation;

/// <summary>
/// The sentences of one arabic_event_gsr folder, in file order. <see cref="OrphanSpanRecords"/>
/// counts span records whose sentence id is in no judgement file (the protest set has some keyed
/// by newspaper name): they cannot be scored and are reported rather than silently lost.
/// </summary>
public sealed record GsrSet(IReadOnlyList<GsrSentence> Sentences, int OrphanSpanRecords);
