using System.IO.Compression;

namespace Hadath.Cli.Store;

/// <summary>
/// Estimates how many articles the inputs hold, for the progress display's ETA: lines of JSONL
/// (decompressed for .gz), one per .txt or .json file. It reads bytes only, no JSON, so it runs
/// well ahead of the coders.
/// </summary>
internal static class InputCounter
{
    public static long Count(IEnumerable<string> paths, CancellationToken cancellation)
    {
        var total = 0L;
        foreach (var path in paths)
        {
            if (path == "-")
            {
                return -1;
            }

            var files = Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories) : File.Exists(path) ? [path] : [];
            foreach (var file in files)
            {
                cancellation.ThrowIfCancellationRequested();
                total += CountFile(file, cancellation);
            }
        }

        return total;
    }

    private static long CountFile(string file, CancellationToken cancellation)
    {
        if (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        var gz = file.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase);
        if (!gz && !file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        using var raw = File.OpenRead(file);
        using Stream stream = gz ? new GZipStream(raw, CompressionMode.Decompress) : raw;
        var buffer = new byte[1 << 16];
        var lines = 0L;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return lines;
    }
}
