using System.CommandLine;
using Hadath.Coding;
using Hadath.Coding.Model;

namespace Hadath.Cli.Commands;

/// <summary><c>hadath explain "SENTENCE" [--published DATE]</c>: why each event was or was not coded.</summary>
internal static class ExplainCommand
{
    public static Command Build(CliContext context, EngineProvider engine)
    {
        var sentence = new Argument<string>("sentence") { Description = "Arabic text to explain (one sentence or more)." };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) to resolve dates and date-restricted roles." };
        var command = new Command("explain", "Show the segmentation, the actors found, and the patterns that fired or were rejected, with the reason for each.") { sentence, published };
        command.SetAction(parse =>
        {
            var text = parse.GetValue(sentence) ?? string.Empty;
            var day = DateArgument.Parse(parse.GetValue(published), "--published");
            var analyzed = engine.Analyzer.Analyze(text, detectDateline: false);
            context.Out.WriteLine("segmentation:");
            context.Out.WriteLine("  " + string.Join(' ', analyzed.Tokens.Select(t => analyzed.SegmentedForm(t))));
            var trace = new CodingTrace();
            var events = engine.Coder.Code(new Article("explain", day, string.Empty, text), trace);
            foreach (var line in trace.Lines)
            {
                context.Out.WriteLine(line);
            }

            context.Out.WriteLine($"{events.Count} event(s)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
