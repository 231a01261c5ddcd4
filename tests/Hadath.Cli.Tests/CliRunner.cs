using Hadath.Testing;

namespace Hadath.Cli.Tests;

/// <summary>Runs the real CLI in-process against string writers, with the repository's data folder.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Task<Result> RunWithStdinAsync(string? stdin, params string[] args) => RunCoreAsync(stdin, null, args);

    public static Task<Result> RunAsync(params string[] args) => RunCoreAsync(null, null, args);

    /// <summary>Runs as if HADATH_SHARED were set to <paramref name="shared"/>.</summary>
    public static Task<Result> RunWithSharedAsync(string shared, params string[] args) => RunCoreAsync(null, shared, args);

    private static async Task<Result> RunCoreAsync(string? stdin, string? shared, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(stdin ?? string.Empty);
        var context = new CliContext(output, error, input, BundledData.Directory, Path.GetTempPath(), shared);
        var code = await HadathCli.RunAsync(args, context);
        return new Result(code, output.ToString(), error.ToString());
    }

    public static string Sample => Path.Combine(BundledData.RepoRoot, "samples", "libya-2019-12-russia-concern.txt");
}
