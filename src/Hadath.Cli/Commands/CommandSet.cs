using System.CommandLine;

namespace Hadath.Cli.Commands;

/// <summary>The list of verbs, in the order <c>--help</c> shows them.</summary>
internal static class CommandSet
{
    public static IEnumerable<Command> All(CliContext context, EngineProvider engine)
    {
        yield return TokensCommand.Build(context, engine);
        yield return ActorCommand.Build(context, engine);
        yield return LexiconCommand.Build(context, engine);
        yield return CodeCommand.Build(context, engine);
        yield return ExplainCommand.Build(context, engine);
        yield return EvalCommand.Build(context, engine);
        yield return BenchCommand.Build(context, engine);
        yield return IngestCommand.Build(context, engine);
        yield return QueryCommand.Build(context);
        yield return StatsCommand.Build(context);
        yield return ExportCommand.Build(context);
        yield return SearchCommand.Build(context, engine);
        yield return ServeCommand.Build(context, engine);
    }
}
