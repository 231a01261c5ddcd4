using System.Globalization;
using Hadath.Coding;
using Hadath.Server.Api;

namespace Hadath.Server;

/// <summary>
/// The choices the dashboard's filters offer, read once from the engine's CAMEO table: the twenty
/// roots with their names, the PLOVER types the table maps to, and the four QuadClasses.
/// </summary>
internal sealed class FilterVocabulary
{
    public FilterVocabulary(HadathEngine engine)
    {
        var cameo = engine.Cameo;
        var roots = new List<CodeName>();
        var plover = new SortedSet<string>(StringComparer.Ordinal);
        for (var r = 1; r <= 20; r++)
        {
            var root = r.ToString("00", CultureInfo.InvariantCulture);
            if (cameo.TryGet(root, out var entry) && entry is not null)
            {
                roots.Add(new CodeName(root, entry.Name));
            }

            // The catalog is a lookup, not a list: visit every code a root can have (two to four digits).
            for (var n = 0; n < 110; n++)
            {
                var code = n < 10 ? root + n.ToString(CultureInfo.InvariantCulture) : root + (n - 10).ToString("00", CultureInfo.InvariantCulture);
                if (cameo.TryGet(code, out var c) && c?.PloverType is { } type)
                {
                    plover.Add(type);
                }
            }
        }

        Roots = roots;
        PloverTypes = plover.Select(t => new CodeName(t, t)).ToList();
    }

    public IReadOnlyList<CodeName> Roots { get; }

    public IReadOnlyList<CodeName> PloverTypes { get; }

    public IReadOnlyList<CodeName> QuadClasses { get; } =
    [
        new("1", "Verbal cooperation"),
        new("2", "Material cooperation"),
        new("3", "Verbal conflict"),
        new("4", "Material conflict"),
    ];
}
