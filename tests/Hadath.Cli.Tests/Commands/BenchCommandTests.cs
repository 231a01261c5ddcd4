using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Hadath.Cli.Tests.Commands;

public sealed class BenchCommandTests : IDisposable
{
    private readonly string _shared = Directory.CreateTempSubdirectory("hadath-shared-").FullName;

    public void Dispose() => Directory.Delete(_shared, recursive: true);

    [Fact]
    public async Task Bench_NoInputWithSharedFolder_CodesTheSharedCorpus()
    {
        var corpus = Path.Combine(_shared, "corpus", "saudinewsnet");
        Directory.CreateDirectory(corpus);
        using (var file = File.Create(Path.Combine(corpus, "articles.jsonl.gz")))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)))
        {
            foreach (var (id, text) in new[]
            {
                ("a1", "أعرب وزير الخارجية الإيطالي عن قلقه من التدخل التركي في ليبيا."),
                ("a2", "استقبل الرئيس المصري وزير الخارجية الروسي في القاهرة."),
            })
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(new { id, published = "2019-12-21", title = "", text }));
            }
        }

        var r = await CliRunner.RunWithSharedAsync(_shared, "bench", "--limit", "2", "--threads", "1");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("1 thread(s), first pass: 2 articles, 2 sentences", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_SharedFolderWithoutCorpus_NamesTheFileItLookedFor()
    {
        var r = await CliRunner.RunWithSharedAsync(_shared, "bench", "--limit", "2");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains(Path.Combine(_shared, "corpus", "saudinewsnet", "articles.jsonl.gz"), r.Error, StringComparison.Ordinal);
    }
}
