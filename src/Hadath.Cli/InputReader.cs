using Hadath.Text.Decoding;
using Hadath.Text.Diagnostics;

namespace Hadath.Cli;

/// <summary>Reads one text input (a file path or '-' for standard input) and decodes it strictly.</summary>
internal static class InputReader
{
    public static string ReadText(string path, CliContext context)
    {
        if (path == "-")
        {
            var text = context.In.ReadToEnd();
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            return new TextDecoder().Decode(bytes, "<stdin>");
        }

        var full = context.ResolvePath(path);
        if (Directory.Exists(full) || !File.Exists(full))
        {
            throw new HadathException(ErrorCatalog.Create(DiagnosticCode.FileNotFound, path, null));
        }

        return new TextDecoder().Decode(File.ReadAllBytes(full), path);
    }
}
