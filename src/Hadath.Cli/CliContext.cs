namespace Hadath.Cli;

/// <summary>
/// What a CLI run talks to: its streams, its working folder, where the bundled data lives and, when
/// given, where the team's shared data folder is (HADATH_SHARED, the same variable the tests read).
/// Passed in, so tests run the CLI in-process against string writers and temp folders.
/// </summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, TextReader In, string DataDirectory, string WorkingDirectory, string? SharedDirectory = null)
{
    /// <summary>The context of the real process: console streams, data next to the binary (or HADATH_DATA), HADATH_SHARED.</summary>
    public static CliContext FromProcess()
    {
        var data = Environment.GetEnvironmentVariable("HADATH_DATA");
        if (string.IsNullOrEmpty(data))
        {
            data = Path.Combine(AppContext.BaseDirectory, "data");
        }

        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
        var stderr = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        var stdin = new StreamReader(Console.OpenStandardInput(), System.Text.Encoding.UTF8);
        var shared = Environment.GetEnvironmentVariable("HADATH_SHARED");
        return new CliContext(stdout, stderr, stdin, data, Environment.CurrentDirectory, string.IsNullOrEmpty(shared) ? null : shared);
    }

    public string ResolvePath(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(WorkingDirectory, path));
}
