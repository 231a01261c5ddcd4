namespace Hadath.Evaluation;

/// <summary>The code arithmetic that guide §2, §4 and §6 define, kept in one place so every scorer agrees on it.</summary>
internal static class Codes
{
    /// <summary>
    /// CAMEO role codes that can stand alone when the country is unknown ("CVL", "UAF"): a code
    /// starting with one of them has no country part. IGO, IMG, NGO and the like are not here:
    /// the sentence-level gold writes them as its "main" code.
    /// </summary>
    private static readonly HashSet<string> RoleCodes = new(StringComparer.Ordinal)
    {
        "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "PTY", "REB", "MED", "BUS", "CVL", "REF",
        "HLH", "EDU", "ELI", "UAF", "INS", "SEP", "AGR", "CRM", "DEV", "ENV", "HRI", "LAB", "MOD",
        "RAD", "REL",
    };

    /// <summary>Gold and coder may differ in case or stray spaces; neither is a coding difference.</summary>
    public static string Normalize(string? code)
        => string.IsNullOrWhiteSpace(code) ? string.Empty : code.Trim().ToUpperInvariant();

    /// <summary>Guide §2: first three letters, except IGO codes, where the organisation is the identity.</summary>
    public static string Identity(string normalizedCode)
    {
        if (normalizedCode.StartsWith("IGO", StringComparison.Ordinal))
        {
            return normalizedCode;
        }

        return normalizedCode.Length > 3 ? normalizedCode[..3] : normalizedCode;
    }

    public static string Root(string cameo)
    {
        var code = cameo.Trim();
        return code.Length > 2 ? code[..2] : code;
    }

    /// <summary>
    /// The country part as the sentence-level gold writes it in "main": the first three letters
    /// ("IGO" for every IGO code), or null when the code is empty or only a role.
    /// </summary>
    public static string? Country(string? code)
    {
        var normalized = Normalize(code);
        if (normalized.Length == 0)
        {
            return null;
        }

        var head = normalized.Length > 3 ? normalized[..3] : normalized;
        return RoleCodes.Contains(head) ? null : head;
    }

    /// <summary>
    /// Guide §6: the exact day; a month-precision gold date accepts any day of that month and
    /// the month itself. A month-precision prediction never satisfies a day-precision gold date.
    /// </summary>
    public static bool DateMatches(string gold, string? predicted)
    {
        if (string.IsNullOrWhiteSpace(predicted))
        {
            return false;
        }

        var p = predicted.Trim();
        if (gold.Length == 7)
        {
            return p.Length >= 7 && p.StartsWith(gold, StringComparison.Ordinal) && (p.Length == 7 || p[7] == '-');
        }

        return string.Equals(p, gold, StringComparison.Ordinal);
    }
}
