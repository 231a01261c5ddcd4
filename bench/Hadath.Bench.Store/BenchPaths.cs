namespace Hadath.Bench.Store;

internal static class BenchPaths
{
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hadath.slnx")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    public static void DeleteStore(string db)
    {
        File.Delete(db);
        File.Delete(db + ".wal");
        if (Directory.Exists(db + ".index"))
        {
            Directory.Delete(db + ".index", recursive: true);
        }
    }
}
