using System.Text.RegularExpressions;

namespace Hadath.Lexicon.Model;

/// <summary>Rules for CAMEO/Phoenix actor codes: a primary 3-letter code and 3-letter roles (IGO codes run longer).</summary>
public static partial class ActorCodes
{
    /// <summary>The role codes that agents carry (coding guide §2, plus the Phoenix sector codes).</summary>
    public static readonly IReadOnlySet<string> Roles = new HashSet<string>(StringComparer.Ordinal)
    {
        "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "PTY", "REB", "MED", "BUS", "CVL", "REF", "HLH", "EDU", "ELI",
        "UAF", "LAB", "AGR", "IGO", "NGO", "CRM", "REL", "ENV", "SET", "ACT", "IMG", "MNC", "HRI", "SEP", "INS", "RAD", "MOD",
    };

    public static bool IsValid(string code) => CodePattern().IsMatch(code);

    /// <summary>The primary identity used for scoring (coding guide §2): the first three letters, or the whole code for IGOs.</summary>
    public static string Primary(string code)
        => code.StartsWith("IGO", StringComparison.Ordinal) ? code : code.Length >= 3 ? code[..3] : code;

    /// <summary>The country part of a code, or null when it has none (a bare role, an IGO, IMG).</summary>
    public static string? Country(string code)
    {
        if (code.Length < 3)
        {
            return null;
        }

        var first = code[..3];
        return Roles.Contains(first) ? null : first;
    }

    [GeneratedRegex("^[A-Z]{3}([A-Z]{3}){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
