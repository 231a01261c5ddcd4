using System.CommandLine;
using Hadath.Cli.Commands;
using Hadath.Text.Diagnostics;

namespace Hadath.Cli;

/// <summary>
/// The <c>hadath</c> command line. Every verb is built here from its own class; failures are
/// turned into one readable line per problem and an exit code (<see cref="ExitCodes"/>), never a
/// stack trace.
/// </summary>
public static class HadathCli
{
    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        var root = new RootCommand("Hadath: codes Arabic news into CAMEO/PLOVER political events, with evidence offsets.");
        var engine = new EngineProvider(context);
        foreach (var command in CommandSet.All(context, engine))
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await context.Error.WriteLineAsync($"hadath: {error.Message}").ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync("Run 'hadath --help' (or 'hadath VERB --help') for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (HadathException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                await context.Error.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
            }

            return e.Diagnostics.Any(d => d.Code == DiagnosticCode.UsageError) ? ExitCodes.Usage : ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await context.Error.WriteLineAsync($"hadath: error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
#pragma warning disable CA1031 // The last line of defence: one readable line instead of a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await context.Error.WriteLineAsync($"hadath: internal error: {e.GetType().Name}: {e.Message} (please report it with the input that caused it)").ConfigureAwait(false);
            return ExitCodes.Internal;
        }
    }
}
