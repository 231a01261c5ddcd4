using Hadath.Testing;
using System.Text;

namespace Hadath.Cli.Tests.Commands;

/// <summary>Bad input gets one clear line naming the file, a non-zero exit, and never a stack trace.</summary>
public sealed class BadInputTests
{
    private static void NoStackTrace(CliRunner.Result r)
    {
        Assert.DoesNotContain("   at ", r.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", r.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tokens")]
    [InlineData("code")]
    public async Task Run_MissingPath_NamesTheFile(string verb)
    {
        var r = await CliRunner.RunAsync(verb, "/no/such/file.txt");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("/no/such/file.txt", r.Error, StringComparison.Ordinal);
        Assert.Contains("no such file", r.Error, StringComparison.Ordinal);
        NoStackTrace(r);
    }

    [Fact]
    public async Task Tokens_EmptyFile_IsRejected()
    {
        using var file = new TempFile([]);
        var path = file.Path;
        var r = await CliRunner.RunAsync("tokens", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("empty", r.Error, StringComparison.Ordinal);
        NoStackTrace(r);
    }

    [Fact]
    public async Task Tokens_BinaryFile_IsRejectedWithByteOffset()
    {
        using var file = new TempFile([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00]);
        var path = file.Path;
        var r = await CliRunner.RunAsync("tokens", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("binary", r.Error, StringComparison.Ordinal);
        Assert.Contains(": byte 6:", r.Error, StringComparison.Ordinal);
        NoStackTrace(r);
    }

    [Fact]
    public async Task Tokens_InvalidUtf8_IsRejectedWithByteOffset()
    {
        using var file = new TempFile([.. Encoding.UTF8.GetBytes("عنوان\nنص"), 0xFF, 0x41]);
        var path = file.Path;
        var r = await CliRunner.RunAsync("tokens", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("invalid UTF-8", r.Error, StringComparison.Ordinal);
        Assert.Contains($": byte {Encoding.UTF8.GetByteCount("عنوان\nنص")}:", r.Error, StringComparison.Ordinal);
        NoStackTrace(r);
    }

    [Fact]
    public async Task Tokens_FiftyMegabyteLine_IsRejectedWithLineNumber()
    {
        var bytes = new byte[50 * 1024 * 1024];
        Array.Fill(bytes, (byte)'a');
        using var file = new TempFile(bytes);
        var path = file.Path;
        var r = await CliRunner.RunAsync("tokens", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(":1: error", r.Error, StringComparison.Ordinal);
        Assert.Contains("characters long", r.Error, StringComparison.Ordinal);
        NoStackTrace(r);
    }

    [Fact]
    public async Task Code_MalformedJsonlLine_IsReportedSkippedAndOthersCoded()
    {
        var lines = string.Join('\n',
            """{"id":"a","published":"2019-12-21","title":"","text":"انتقدت مصر تركيا."}""",
            """{"id":"b","text": "broken""",
            """{"id":"c","published":"2019-12-21","title":"","text":"انتقدت اليونان تركيا."}""");
        using var file = new TempFile(Encoding.UTF8.GetBytes(lines), ".jsonl");
        var path = file.Path;
        var r = await CliRunner.RunAsync("code", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(":2: error HD1010", r.Error, StringComparison.Ordinal);
        Assert.Contains("\"article_id\":\"a\"", r.Out, StringComparison.Ordinal);
        Assert.Contains("\"article_id\":\"c\"", r.Out, StringComparison.Ordinal);
        NoStackTrace(r);
    }

    [Fact]
    public async Task LexiconCheck_BrokenFolder_ListsEveryProblemWithFileAndLine()
    {
        var dir = Directory.CreateTempSubdirectory("hadath-lex-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "bad.lex"), "@kind actors\n@source test\nactor A\n  names ا\n  code lbygov\nactor B\n  names ب\n  code LBYGOV 2021..2016\n");
            File.WriteAllText(Path.Combine(dir.FullName, "nohead.lex"), "agent GOV government\n  names حكومة\n");
            var r = await CliRunner.RunAsync("lexicon", "check", dir.FullName);
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("bad.lex:5: error HD2008", r.Error, StringComparison.Ordinal);
            Assert.Contains("bad.lex:8: error HD2009", r.Error, StringComparison.Ordinal);
            Assert.Contains("nohead.lex:1: error HD2001", r.Error, StringComparison.Ordinal);
            Assert.Contains("errors", r.Out, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
