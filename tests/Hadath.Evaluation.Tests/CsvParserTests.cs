namespace Hadath.Evaluation.Tests;

public sealed class CsvParserTests
{
    [Fact]
    public void Parse_QuotedFieldWithCommasAndNewlines_KeepsThemInTheField()
    {
        var records = CsvParser.Parse("id,text\r\n1,\"قال، ثم أضاف,\r\nسطر ثان\nوثالث\"\r\n2,plain\r\n", "t.csv");

        Assert.Equal(3, records.Count);
        Assert.Equal(["1", "قال، ثم أضاف,\r\nسطر ثان\nوثالث"], records[1].Fields);
        Assert.Equal(["2", "plain"], records[2].Fields);
    }

    [Fact]
    public void Parse_RecordAfterMultilineField_ReportsItsPhysicalLine()
    {
        var records = CsvParser.Parse("h1,h2\n\"a\nb\nc\",x\ny,z\n", "t.csv");

        Assert.Equal([1, 2, 5], records.Select(r => r.Line));
    }

    [Fact]
    public void Parse_DoubledQuotes_BecomeOneQuote()
    {
        var record = Assert.Single(CsvParser.Parse("\"he said \"\"no\"\"\",\"\"", "t.csv"));

        Assert.Equal(["he said \"no\"", ""], record.Fields);
    }

    [Theory]
    [InlineData("a,,b", new[] { "a", "", "b" })]
    [InlineData("a,b,", new[] { "a", "b", "" })]
    [InlineData(",", new[] { "", "" })]
    [InlineData("\uFEFFa,b", new[] { "a", "b" })]
    public void Parse_EmptyFieldsAndBom_Handled(string text, string[] fields)
        => Assert.Equal(fields, Assert.Single(CsvParser.Parse(text, "t.csv")).Fields);

    [Theory]
    [InlineData("a,b\r\nc,d\r\n")]
    [InlineData("a,b\nc,d")]
    [InlineData("a,b\rc,d\r")]
    [InlineData("a,b\n\nc,d\n")]
    public void Parse_AnyLineEnding_SplitsRecords(string text)
        => Assert.Equal([["a", "b"], ["c", "d"]], CsvParser.Parse(text, "t.csv").Select(r => r.Fields));

    [Fact]
    public void Parse_UnclosedQuote_NamesTheLineItOpened()
    {
        var e = Assert.Throws<EvaluationDataException>(() => CsvParser.Parse("a,b\nc,\"never\nclosed", "t.csv"));

        Assert.Equal(2, e.Line);
        Assert.StartsWith("t.csv: line 2: ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a,b\nc,d\"e\n", 2)]
    [InlineData("a,b\nc,\"d\"e\n", 2)]
    [InlineData("a,\"x\ny\" z\n", 2)]
    public void Parse_StrayQuote_IsAnErrorOnItsLine(string text, int line)
        => Assert.Equal(line, Assert.Throws<EvaluationDataException>(() => CsvParser.Parse(text, "t.csv")).Line);
}
