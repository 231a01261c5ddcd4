using System.CommandLine;
using Hadath.Coding.Input;
using Hadath.Coding.Output;
using Hadath.Text.Diagnostics;

namespace Hadath.Cli.Commands;

/// <summary><c>hadath code INPUT... [--published DATE] [--format jsonl|tsv]</c>: code articles into events.</summary>
internal static class CodeCommand
{
    public static Command Build(CliContext context, EngineProvider engine)
    {
        var inputs = new Argument<string[]>("input") { Description = ".txt (first line is the title), .json, .jsonl, .jsonl.gz, folders (recursive), or - for stdin.", Arity = ArgumentArity.OneOrMore };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for inputs that carry none; dates resolve against it." };
        var format = new Option<string>("--format") { Description = "jsonl (one event per line) or tsv (a GDELT-style table).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "tsv");
        var command = new Command("code", "Code articles into CAMEO/PLOVER events with evidence offsets.") { inputs, published, format };
        command.SetAction(parse =>
        {
            var day = DateArgument.Parse(parse.GetValue(published), "--published");
            var tsv = parse.GetValue(format) == "tsv";
            var coder = engine.Coder;
            var reader = new ArticleReader();
            var problems = 0;
            var index = 0;
            if (tsv)
            {
                context.Out.WriteLine(EventTsv.Header);
            }

            foreach (var input in parse.GetValue(inputs)!)
            {
                var path = input == "-" ? input : context.ResolvePath(input);
                foreach (var article in reader.Read(path, context.In, d => { problems++; context.Error.WriteLine(Relative(d, input, path)); }, day))
                {
                    if (article.Published is null)
                    {
                        context.Error.WriteLine($"{article.Id}: warning: no publication date; relative dates stay unresolved (use --published)");
                    }

                    IReadOnlyList<Hadath.Coding.Model.CodedEvent> events;
                    try
                    {
                        events = coder.Code(article);
                    }
#pragma warning disable CA1031 // One article's defect must not stop the others: it is reported and skipped.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        problems++;
                        context.Error.WriteLine($"{article.Id}: internal error while coding ({e.GetType().Name}: {e.Message}); the article was skipped, please report it");
                        continue;
                    }

                    foreach (var e in events)
                    {
                        context.Out.WriteLine(tsv ? EventTsv.Row(e, index++) : EventJson.Serialize(e));
                    }
                }
            }

            return problems > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    private static string Relative(Diagnostic d, string input, string path)
        => (d.File is { } f && f.StartsWith(path, StringComparison.Ordinal) ? d with { File = input + f[path.Length..] } : d).ToString();
}
