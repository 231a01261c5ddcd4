using System.Globalization;
using Hadath.Store.Model;
using Microsoft.AspNetCore.Http;

namespace Hadath.Server.Http;

/// <summary>
/// Reads the filters of <c>hadath query</c> from a query string: <c>actor</c>, <c>source</c>,
/// <c>target</c>, <c>root</c>, <c>code</c>, <c>quad</c>, <c>from</c>, <c>to</c>, <c>place</c> (or
/// <c>country</c>) and <c>plover</c>, with the CLI's checks, so the API and the CLI agree on what a
/// filter means.
/// </summary>
internal static class FilterQuery
{
    /// <summary>The filter, or the message of a 400 naming the parameter that is wrong.</summary>
    public static (EventFilter? Filter, string? Error) Parse(IQueryCollection query)
    {
        string? Get(string name) => query.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;

        int? quad = null;
        if (Get("quad") is { } quadText)
        {
            if (!int.TryParse(quadText, NumberStyles.None, CultureInfo.InvariantCulture, out var q) || q is < 1 or > 4)
            {
                return (null, $"quad must be 1, 2, 3 or 4, not '{quadText}'");
            }

            quad = q;
        }

        var root = Get("root");
        if (root is not null && (root.Length != 2 || !root.All(char.IsAsciiDigit)))
        {
            return (null, $"root takes a two-digit CAMEO root such as 14, not '{root}'");
        }

        var code = Get("code");
        if (code is not null && !code.All(char.IsAsciiDigit))
        {
            return (null, $"code takes a CAMEO code (digits) such as 190, not '{code}'");
        }

        DateOnly? from = null, to = null;
        foreach (var (name, set) in new (string, Action<DateOnly>)[] { ("from", d => from = d), ("to", d => to = d) })
        {
            if (Get(name) is not { } text)
            {
                continue;
            }

            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return (null, $"{name} takes a date YYYY-MM-DD, not '{text}'");
            }

            set(day);
        }

        var place = Get("place");
        var country = Get("country");
        if (place is not null && country is not null && !string.Equals(place, country, StringComparison.OrdinalIgnoreCase))
        {
            return (null, "give place or country, not both");
        }

        return (new EventFilter
        {
            Actor = Upper(Get("actor")),
            Source = Upper(Get("source")),
            Target = Upper(Get("target")),
            Root = root,
            Code = code,
            Quad = quad,
            From = from,
            To = to,
            Place = place ?? Upper(country),
            Plover = Upper(Get("plover")),
        }, null);
    }

    /// <summary>Reads a non-negative integer parameter with a default and a ceiling, or names the fault.</summary>
    public static (int Value, string? Error) Int(IQueryCollection query, string name, int fallback, int min, int max)
    {
        if (!query.TryGetValue(name, out var v) || string.IsNullOrWhiteSpace(v.ToString()))
        {
            return (fallback, null);
        }

        return int.TryParse(v.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? (n, null)
            : (fallback, $"{name} must be a whole number from {min} to {max}, not '{v}'");
    }

    private static string? Upper(string? code) => code?.ToUpperInvariant();
}
