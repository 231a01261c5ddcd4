using System.CommandLine;
using System.Globalization;
using Hadath.Lexicon.Model;

namespace Hadath.Cli.Commands;

/// <summary><c>hadath lexicon check [DIR]</c> and <c>hadath lexicon stats</c>.</summary>
internal static class LexiconCommand
{
    public static Command Build(CliContext context, EngineProvider engine)
    {
        var dir = new Argument<string?>("dir") { Description = "Lexicon folder (default: the bundled data/lexicon).", Arity = ArgumentArity.ZeroOrOne };
        var check = new Command("check", "Validate every lexicon file; print counts per file and kind and every problem as file:line. Exits 1 on any error.") { dir };
        check.SetAction(parse =>
        {
            var folder = parse.GetValue(dir) is { } d ? context.ResolvePath(d) : engine.LexiconDirectory;
            var loaded = Hadath.Coding.HadathEngine.Load(engine.DataDirectory, strict: false, lexiconDirectory: folder);
            var (diagnostics, data) = (loaded.Diagnostics, loaded.Data);
            var inv = CultureInfo.InvariantCulture;
            foreach (var file in data.Files)
            {
                context.Out.WriteLine(string.Create(inv, $"{file.Path}\t{file.Kind?.ToString().ToLowerInvariant() ?? "?"}\t{file.Entries} entries"));
            }

            context.Out.WriteLine(string.Create(inv, $"total\tcountries {data.Countries.Count}, actors {data.Actors.Count} (people {data.Actors.Count(a => a.Type == "person")}), agents {data.Agents.Count}, places {data.Places.Count}"));
            foreach (var diagnostic in diagnostics)
            {
                context.Error.WriteLine(diagnostic.ToString());
            }

            var errors = diagnostics.Count(d => d.IsError);
            var warnings = diagnostics.Count - errors;
            context.Out.WriteLine(string.Create(inv, $"{errors} errors, {warnings} warnings"));
            return errors > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });

        var stats = new Command("stats", "Print lexicon coverage: entries and forms per kind, people with dated roles, places with coordinates per country.");
        stats.SetAction(_ =>
        {
            var lexicon = engine.Lexicon;
            var data = lexicon.Data;
            var inv = CultureInfo.InvariantCulture;
            var dated = data.Actors.Count(a => a.Codes.Any(c => !c.Range.IsAlways));
            context.Out.WriteLine(string.Create(inv, $"countries\t{data.Countries.Count}\twith nisba {data.Countries.Count(c => c.Adjectives.Count > 0)}\twith capital {data.Countries.Count(c => c.Capitals.Count > 0)}"));
            context.Out.WriteLine(string.Create(inv, $"actors\t{data.Actors.Count}\tpeople {data.Actors.Count(a => a.Type == "person")}\twith dated roles {dated}"));
            foreach (var group in data.Actors.GroupBy(a => a.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                context.Out.WriteLine(string.Create(inv, $"  type {group.Key}\t{group.Count()}"));
            }

            context.Out.WriteLine(string.Create(inv, $"agents\t{data.Agents.Count}\tforms {data.Agents.Sum(a => a.Names.Count)}"));
            foreach (var group in data.Agents.GroupBy(a => a.Role).OrderByDescending(g => g.Count()))
            {
                context.Out.WriteLine(string.Create(inv, $"  role {group.Key}\t{group.Count()}"));
            }

            context.Out.WriteLine(string.Create(inv, $"places\t{data.Places.Count}\tcountries {data.Places.Select(p => p.Country).Distinct().Count()}"));
            foreach (var group in data.Places.GroupBy(p => p.Country).OrderByDescending(g => g.Count()).Take(25))
            {
                context.Out.WriteLine(string.Create(inv, $"  {group.Key}\t{group.Count()}"));
            }

            context.Out.WriteLine(string.Create(inv, $"forms\t{lexicon.FormCount}\ttrie nodes {lexicon.Trie.NodeCount}"));
            return ExitCodes.Ok;
        });

        return new Command("lexicon", "Validate and describe the actor, agent and place lexicon.") { check, stats };
    }
}
