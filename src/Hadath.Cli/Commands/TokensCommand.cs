using System.CommandLine;
using System.Globalization;
using Hadath.Text;

namespace Hadath.Cli.Commands;

/// <summary><c>hadath tokens FILE|-</c>: the debugging view of the text layer.</summary>
internal static class TokensCommand
{
    public static Command Build(CliContext context, EngineProvider engine)
    {
        var input = new Argument<string>("input") { Description = "A UTF-8 or UTF-16 text file, or - for standard input." };
        var command = new Command("tokens", "Print each sentence and its tokens: original range, original text, clitic segmentation and stem.")
        {
            input,
        };
        command.SetAction(parse =>
        {
            var text = InputReader.ReadText(parse.GetValue(input)!, context);
            Write(engine.Analyzer.Analyze(text), context.Out);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static void Write(AnalyzedText analyzed, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        if (analyzed.Dateline is { } dateline)
        {
            output.WriteLine(string.Create(inv, $"# dateline {dateline.Start}-{dateline.End}: {analyzed.Original[dateline.Start..dateline.End]} (place: {dateline.PlaceText(analyzed.Original)})"));
        }

        foreach (var sentence in analyzed.Sentences)
        {
            output.WriteLine(string.Create(inv, $"# sentence {sentence.Index + 1} {sentence.Start}-{sentence.End}: {Flatten(analyzed.Original[sentence.Start..sentence.End])}"));
            foreach (var token in analyzed.TokensOf(sentence))
            {
                output.WriteLine(string.Create(inv, $"{token.Start}-{token.End}\t{analyzed.OriginalOf(token)}\t{analyzed.SegmentedForm(token)}\t{analyzed.Stem(token)}"));
            }

            output.WriteLine();
        }
    }

    private static string Flatten(string s) => s.Replace('\n', ' ').Replace('\r', ' ');
}
