namespace Hadath.Cli;

/// <summary>
/// What a CLI run talks to: its streams, its working folder and where the bundled data lives.
/// Passed in, so tests run the CLI in-process against string writers and temp folders.
/// </summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, TextReader In, string DataDirectory, string WorkingDirectory)
{
    /// <summary>The context of the real process: console streams, data next to the binary (or HADATH_DATA).</summary>
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
        return new CliContext(stdout, stderr, stdin, data, Environment.CurrentDirectory);
    }

    public string ResolvePath(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(WorkingDirectory, path));
}
