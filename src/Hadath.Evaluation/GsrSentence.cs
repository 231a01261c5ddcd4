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

    /// <summary>
    /// The publication date the id carries, when it is an LDC Gigaword document id
    /// («AAW_ARB_20071026.0026-2»: source, language, YYYYMMDD, then the story and sentence numbers);
    /// otherwise null. The coder needs it to resolve «أمس» and to tell background years from news.
    /// </summary>
    public DateOnly? Published => PublishedFromId(Id);

    /// <summary>The YYYYMMDD between the last '_' and the following '.' of a Gigaword id, when it is a real date.</summary>
    public static DateOnly? PublishedFromId(string id)
    {
        var underscore = id.LastIndexOf('_');
        var dot = underscore < 0 ? -1 : id.IndexOf('.', underscore);
        if (dot - underscore != 9)
        {
            return null;
        }

        return DateOnly.TryParseExact(id.AsSpan(underscore + 1, 8), "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : null;
    }
}
