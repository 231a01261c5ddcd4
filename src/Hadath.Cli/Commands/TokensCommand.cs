using System.CommandLine;
using System.Globalization;
using Hadath.Text;

namespace Hadath.Cli.Commands;

/// <summary><c>hadath tokens FILE|-</c>: the debugging view of the text layer.</summary>
internal static class TokensCommand
{
    public static Command Build(CliContext context, EngineProvider engine)
    {
        var input = new Argument<string>("input") { Description = "A UTF-8 or UTF-16 text file, or - for standard input. As with 'hadath code', the first line is the title." };
        var command = new Command("tokens", "Print each sentence and its tokens: original range, original text, clitic segmentation and stem. Offsets are into the title or the body.")
        {
            input,
        };
        command.SetAction(parse =>
        {
            var text = InputReader.ReadText(parse.GetValue(input)!, context);
            var newline = text.IndexOf('\n', StringComparison.Ordinal);
            var title = newline < 0 ? text : text[..newline].TrimEnd('\r');
            var body = newline < 0 ? string.Empty : text[(newline + 1)..];
            context.Out.WriteLine("## title");
            Write(engine.Analyzer.Analyze(title, detectDateline: false), context.Out);
            if (body.Length > 0)
            {
                context.Out.WriteLine("## text");
                Write(engine.Analyzer.Analyze(body), context.Out);
            }

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
