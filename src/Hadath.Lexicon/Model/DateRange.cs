using System.Globalization;

namespace Hadath.Lexicon.Model;

/// <summary>
/// A closed or open range of days, both ends inclusive. <c>2016-03-30..2021-03-15</c>,
/// <c>2016-03-30..</c> and <c>..2011</c> are written forms; a partial date stands for its first
/// day as a start and its last day as an end.
/// </summary>
public readonly record struct DateRange(DateOnly? From, DateOnly? To)
{
    public static DateRange Always => default;

    public bool IsAlways => From is null && To is null;

    public bool Contains(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);

    public bool Overlaps(DateRange other)
        => (From is null || other.To is null || From <= other.To) && (other.From is null || To is null || other.From <= To);

    /// <summary>Parses <c>FROM..TO</c>; returns an error message instead of throwing.</summary>
    public static bool TryParse(string text, out DateRange range, out string? error)
    {
        range = default;
        error = null;
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            error = "expected FROM..TO (either end may be empty)";
            return false;
        }

        var fromText = text[..dots].Trim();
        var toText = text[(dots + 2)..].Trim();
        DateOnly? from = null;
        DateOnly? to = null;
        if (fromText.Length > 0)
        {
            if (!TryParsePartial(fromText, isEnd: false, out var f))
            {
                error = $"'{fromText}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)";
                return false;
            }

            from = f;
        }

        if (toText.Length > 0)
        {
            if (!TryParsePartial(toText, isEnd: true, out var t))
            {
                error = $"'{toText}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)";
                return false;
            }

            to = t;
        }

        if (from is { } a && to is { } b && a > b)
        {
            error = "the start is after the end";
            return false;
        }

        range = new DateRange(from, to);
        return true;
    }

    private static bool TryParsePartial(string s, bool isEnd, out DateOnly date)
    {
        date = default;
        var inv = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", inv, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateOnly.TryParseExact(s + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var month) && s.Length == 7)
        {
            date = isEnd ? month.AddMonths(1).AddDays(-1) : month;
            return true;
        }

        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, inv, out var year) && year is >= 1 and <= 9999)
        {
            date = isEnd ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
            return true;
        }

        return false;
    }

    public override string ToString()
        => IsAlways ? string.Empty : $"{From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
