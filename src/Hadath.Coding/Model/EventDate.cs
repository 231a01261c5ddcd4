using System.Globalization;

namespace Hadath.Coding.Model;

/// <summary>An event date and its precision: a day, a month (the day is the 1st) or nothing.</summary>
public readonly record struct EventDate(DateOnly? Value, DatePrecision Precision)
{
    public static EventDate Unknown => new(null, DatePrecision.None);

    public static EventDate Day(DateOnly day) => new(day, DatePrecision.Day);

    public static EventDate Month(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);

    /// <summary>"YYYY-MM-DD", "YYYY-MM", "YYYY" or null, as the output format wants.</summary>
    public string? Format() => Value is not { } v ? null : Precision switch
    {
        DatePrecision.Day => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => v.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => v.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => null,
    };
}
