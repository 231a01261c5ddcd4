using System.Collections.Frozen;
using System.Globalization;
using Hadath.Text.Diagnostics;

namespace Hadath.Coding.Cameo;

/// <summary>Every CAMEO code, read from <c>data/cameo/cameo-codes.tsv</c>. Immutable.</summary>
public sealed class CameoCatalog
{
    private readonly FrozenDictionary<string, CameoCode> _codes;

    public CameoCatalog(IEnumerable<CameoCode> codes)
    {
        _codes = codes.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
    }

    public int Count => _codes.Count;

    public bool Contains(string code) => _codes.ContainsKey(code);

    public CameoCode this[string code] => _codes[code];

    public bool TryGet(string code, out CameoCode? value) => _codes.TryGetValue(code, out value);

    public static CameoCatalog Load(string path)
    {
        var codes = new List<CameoCode>();
        var diagnostics = new List<Diagnostic>();
        var line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.Length == 0 || raw[0] == '#' || raw.StartsWith("code\t", StringComparison.Ordinal))
            {
                continue;
            }

            var f = raw.Split('\t');
            if (f.Length < 7 || !int.TryParse(f[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var quad)
                || !double.TryParse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein))
            {
                diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.PatternSyntax, path, line, "expected: code, name, quad_class, goldstein, plover_type, plover_mode, plover_context"));
                continue;
            }

            codes.Add(new CameoCode(f[0], f[1], quad, goldstein, Empty(f[4]), Empty(f[5]), Empty(f[6])));
        }

        if (diagnostics.Count > 0)
        {
            throw new HadathException(diagnostics);
        }

        return new CameoCatalog(codes);
    }

    private static string? Empty(string s) => s.Length == 0 ? null : s;
}
