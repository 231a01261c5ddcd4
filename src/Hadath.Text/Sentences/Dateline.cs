namespace Hadath.Text.Sentences;

/// <summary>
/// The dateline that opens an article («موسكو -», «لندن: «الشرق الأوسط»», «الرياض - واس»): where
/// the whole dateline lies, and the place name inside it. It places statements, not the events
/// they report, so it is kept apart from the sentences.
/// </summary>
public sealed record Dateline(int Start, int End, int PlaceStart, int PlaceEnd, int FirstTokenAfter)
{
    public string PlaceText(string original) => original[PlaceStart..PlaceEnd];
}
