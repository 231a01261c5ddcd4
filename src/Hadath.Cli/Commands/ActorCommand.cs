using System.CommandLine;
using System.Globalization;

namespace Hadath.Cli.Commands;

/// <summary><c>hadath actor "TEXT" [--date YYYY-MM-DD]</c>: the actors the lexicon finds in TEXT.</summary>
internal static class ActorCommand
{
    public static Command Build(CliContext context, EngineProvider engine)
    {
        var text = new Argument<string>("text") { Description = "Arabic text to search for actors." };
        var date = new Option<string?>("--date") { Description = "Resolve date-restricted roles on this day (YYYY-MM-DD). Without it, each person's default or latest code is used." };
        var command = new Command("actor", "Print one line per actor found in TEXT: CODE<TAB>surface text<TAB>start-end (UTF-16 offsets into TEXT).")
        {
            text,
            date,
        };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(text) ?? string.Empty;
            var day = DateArgument.Parse(parse.GetValue(date), "--date");
            var analyzed = engine.Analyzer.Analyze(input, detectDateline: false);
            var (actors, _) = engine.Recognizer.Recognize(analyzed, 0, analyzed.Tokens.Count, day);
            foreach (var actor in actors)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{actor.Code}\t{input[actor.Start..actor.End]}\t{actor.Start}-{actor.End}"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
