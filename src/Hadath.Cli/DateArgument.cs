using System.Globalization;
using Hadath.Text.Diagnostics;

namespace Hadath.Cli;

/// <summary>Parses the YYYY-MM-DD dates of options such as <c>--date</c> and <c>--published</c>.</summary>
internal static class DateArgument
{
    public static DateOnly? Parse(string? value, string option)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new HadathException(ErrorCatalog.Create(DiagnosticCode.UsageError, option, null, $"'{value}' is not a date (expected YYYY-MM-DD)"));
    }
}
