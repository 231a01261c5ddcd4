using Hadath.Testing;
using System.Security.Cryptography;
using Hadath.Text.Diagnostics;

namespace Hadath.Store.Tests;

public sealed class DamagedFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [Theory]
    [InlineData(StoreMode.Read)]
    [InlineData(StoreMode.Write)]
    public void Open_GarbageFile_ClearErrorAndFileUnchanged(StoreMode mode)
    {
        var path = _folder.File("hadath.duckdb");
        File.WriteAllBytes(path, [.. Enumerable.Range(0, 100_000).Select(i => (byte)(i * 31))]);
        var before = Hash(path);

        var e = Assert.Throws<HadathException>(() => StoreFactory.Open(path, mode, _folder.Path));

        Assert.Contains("not a readable Hadath store", e.Message);
        Assert.Contains(path, e.Message);
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public void Open_HalfWrittenFile_ClearErrorAndFileUnchanged()
    {
        var path = _folder.File("hadath.duckdb");
        using (var store = StoreFactory.Open(path, StoreMode.Write, _folder.Path))
        {
            for (var i = 0; i < 40; i++)
            {
                store.Write(Enumerable.Range(0, 50).Select(j => Sample.Coded(Sample.Article($"{i}-{j}", new string('ن', 2000) + i + j), Sample.Event($"{i}-{j}", date: new DateOnly(2015, 1, 1).AddDays(j)))).ToList());
            }
        }

        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var before = Hash(path);

        var e = Assert.Throws<HadathException>(() =>
        {
            using var store = StoreFactory.Open(path, StoreMode.Read, _folder.Path);
            store.Digest();
        });

        Assert.Contains(path, e.Message);
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public void Open_DuckDbFileOfAnotherProgram_SaysNotAStore()
    {
        var path = _folder.File("other.duckdb");
        using (var c = new DuckDB.NET.Data.DuckDBConnection("Data Source=" + path))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE t (x INTEGER)";
            cmd.ExecuteNonQuery();
        }

        var e = Assert.Throws<HadathException>(() => StoreFactory.Open(path, StoreMode.Read, _folder.Path));

        Assert.Contains("not a readable Hadath store", e.Message);
    }

    [Fact]
    public void Open_MissingFileForReading_SaysIngestFirst()
    {
        var e = Assert.Throws<HadathException>(() => StoreFactory.Open("nothing.duckdb", StoreMode.Read, _folder.Path));

        Assert.Contains("run 'hadath ingest' first", e.Message);
        Assert.False(File.Exists(_folder.File("nothing.duckdb")));
    }
}
