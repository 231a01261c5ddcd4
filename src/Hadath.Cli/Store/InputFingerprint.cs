using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hadath.Cli.Store;

/// <summary>
/// Names an input set for the PostgreSQL work queue: full paths, sizes and modification times of
/// every file. Workers given the same inputs agree on it, so only the first one queues them.
/// </summary>
internal static class InputFingerprint
{
    public static string Of(IEnumerable<string> paths)
    {
        var text = new StringBuilder();
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            if (path == "-")
            {
                // Standard input cannot be named; queueing it again is harmless, as the queue is keyed by article content.
                return "stdin-" + Guid.NewGuid().ToString("N");
            }

            var files = Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : (IEnumerable<string>)[path];
            foreach (var file in files)
            {
                var info = new FileInfo(file);
                text.Append(CultureInfo.InvariantCulture, $"{info.FullName}\t{(info.Exists ? info.Length : -1)}\t{(info.Exists ? info.LastWriteTimeUtc.Ticks : 0)}\n");
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
