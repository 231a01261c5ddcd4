using Hadath.Lexicon.Model;
using Hadath.Lexicon.Parsing;
using Hadath.Text.Decoding;
using Hadath.Text.Diagnostics;

namespace Hadath.Lexicon;

/// <summary>Reads every <c>*.lex</c> file under a folder (recursively, in a stable order) and parses them all.</summary>
public sealed class LexiconLoader
{
    private readonly LexiconFileParser _parser = new();
    private readonly TextDecoder _decoder = new();

    public (LexiconData Data, IReadOnlyList<Diagnostic> Diagnostics) Load(string directory)
    {
        var diagnostics = new List<Diagnostic>();
        var countries = new List<CountryEntry>();
        var actors = new List<ActorEntry>();
        var agents = new List<AgentEntry>();
        var places = new List<PlaceEntry>();
        var files = new List<LexiconFileInfo>();
        var paths = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.lex", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
        if (paths.Count == 0)
        {
            diagnostics.Add(ErrorCatalog.Create(DiagnosticCode.LexiconNoFiles, directory, null));
        }

        foreach (var path in paths)
        {
            var display = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar)) ?? directory, path);
            if (!_decoder.TryDecode(File.ReadAllBytes(path), display, out var text, out var decodeError))
            {
                diagnostics.Add(decodeError!);
                continue;
            }

            var result = _parser.Parse(display, text!.Split('\n'));
            diagnostics.AddRange(result.Diagnostics);
            countries.AddRange(result.Countries);
            actors.AddRange(result.Actors);
            agents.AddRange(result.Agents);
            places.AddRange(result.Places);
            files.Add(result.Info);
        }

        return (new LexiconData(countries, actors, agents, places, files), diagnostics);
    }
}
