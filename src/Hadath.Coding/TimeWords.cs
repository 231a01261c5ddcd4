namespace Hadath.Coding;

/// <summary>
/// Words of time that stand inside a clause without ending it («الثلاثاء», «أمس», «صباح»): the one list the coder's
/// rules share. Both forms of the weekdays are listed, since a word's core keeps or drops «ال» by how it was segmented.
/// </summary>
internal static class TimeWords
{
    public static readonly string[] Forms =
    [
        "أمس", "امس", "اليوم", "يوم", "غدا", "صباح", "مساء", "فجر", "ظهر", "ليلة", "ليل",
        "الأحد", "أحد", "الاثنين", "اثنين", "الثلاثاء", "ثلاثاء", "الأربعاء", "أربعاء", "الخميس", "خميس", "الجمعة", "جمعة", "السبت", "سبت",
    ];
}
