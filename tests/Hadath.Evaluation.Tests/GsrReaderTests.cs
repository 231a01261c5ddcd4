namespace Hadath.Evaluation.Tests;

public sealed class GsrReaderTests
{
    private const string Csv =
        "accept,event_type,id,label,reject,text,total\r\n"
        + "3,ASSAULT,s1,yes,0,\"انفجرت سيارة مفخخة، وقتل عشرة\",3\r\n"
        + "0,ASSAULT,s2,easy no,3,نص,3\r\n"
        + "1,ASSAULT,s3,difficult no,2,\"قال: \"\"لا\"\"\",3\r\n"
        + "1,ASSAULT,s4,ambiguous,1,نص,2\r\n";

    private const string Spans = """
        [
          {"source": "s1", "text": "…", "event_type": "ASSAULT", "spans": [
            {"source_actor": [], "verb": ["انفجرت"], "target_actor": ["اشخاص"], "source_role": {}, "target_role": {"main": "None", "role": "CVL"}},
            {"source_role": {"main": "None", "role": "None"}, "target_role": {"main": "IRQ", "role": "UAF"}}
          ]},
          {"source": "s1", "spans": [{"source_role": "UNKNOWN", "target_role": {"main": "IGO", "role": "None"}}]},
          {"source": "As-Safir (Arabic)", "spans": [{"source_role": {"main": "TUN", "role": "None"}}]}
        ]
        """;

    [Fact]
    public void Parse_JudgementsAndSpans_JoinedOnSentenceId()
    {
        var set = GsrReader.Parse(Csv, "assault_gsr.csv", Spans, "assault_spans.json");

        Assert.Equal(["s1", "s2", "s3", "s4"], set.Sentences.Select(s => s.Id));
        Assert.Equal([GsrLabel.Yes, GsrLabel.EasyNo, GsrLabel.DifficultNo, GsrLabel.Ambiguous], set.Sentences.Select(s => s.Label));
        var s1 = set.Sentences[0];
        Assert.Equal(("ASSAULT", "انفجرت سيارة مفخخة، وقتل عشرة", 3, 0, 3), (s1.EventType, s1.Text, s1.Accept, s1.Reject, s1.Total));
        Assert.Equal("قال: \"لا\"", set.Sentences[2].Text);
        Assert.True(s1.IsPositive);
        Assert.True(set.Sentences[2].IsNegative);
        Assert.False(set.Sentences[3].IsPositive || set.Sentences[3].IsNegative);
        Assert.Equal(1, set.OrphanSpanRecords);
    }

    [Fact]
    public void Parse_SeveralSpanRecordsForOneSentence_KeepsEverySpan()
    {
        var spans = GsrReader.Parse(Csv, "assault_gsr.csv", Spans, "assault_spans.json").Sentences[0].Spans;

        Assert.Equal(3, spans.Count);
        // {} and "UNKNOWN" leave the side unannotated; "None" annotates "no country".
        Assert.Null(spans[0].Source);
        Assert.Equal(new GsrActor(null, "CVL"), spans[0].Target);
        Assert.Equal(new GsrActor(null, null), spans[1].Source);
        Assert.Equal(new GsrActor("IRQ", "UAF"), spans[1].Target);
        Assert.Null(spans[2].Source);
        Assert.Equal(new GsrActor("IGO", null), spans[2].Target);
    }

    [Fact]
    public void Parse_NoSpansFile_SentencesHaveNoSpans()
        => Assert.All(GsrReader.Parse(Csv, "a_gsr.csv", null, "a_spans.json").Sentences, s => Assert.Empty(s.Spans));

    [Theory]
    [InlineData("2,ASSAULT,s5,maybe,1,نص,3", "unknown label 'maybe'")]
    [InlineData("2,ASSAULT,s5,yes,1,نص", "6 fields where the header has 7")]
    [InlineData("x,ASSAULT,s5,yes,1,نص,3", "'accept' must be a whole number")]
    [InlineData("2,ASSAULT,s1,yes,1,نص,3", "already appears on line 2")]
    public void Parse_BadRecord_NamesFileAndLine(string record, string problem)
    {
        var e = Assert.Throws<EvaluationDataException>(() => GsrReader.Parse(Csv + record + "\r\n", "assault_gsr.csv", null, "assault_spans.json"));

        Assert.Equal(6, e.Line);
        Assert.StartsWith("assault_gsr.csv: line 6: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingColumn_NamesIt()
    {
        var e = Assert.Throws<EvaluationDataException>(() => GsrReader.Parse("id,label,text\r\ns1,yes,نص\r\n", "p_gsr.csv", null, "p_spans.json"));

        Assert.Contains("'accept'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedSpans_NamesFileAndLine()
    {
        var e = Assert.Throws<EvaluationDataException>(() => GsrReader.Parse(Csv, "a_gsr.csv", "[\n{\"source\": \"s1\",\n\"spans\": [}\n]", "a_spans.json"));

        Assert.Equal(3, e.Line);
        Assert.StartsWith("a_spans.json: line 3: ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AAW_ARB_20071026.0026-2", "2007-10-26")]
    [InlineData("XIN_ARB_20080229.0001-14", "2008-02-29")]
    [InlineData("AAW_ARB_20070231.0026-2", null)]
    [InlineData("sentence-17", null)]
    [InlineData("AAW_ARB_2007102.0026-2", null)]
    public void PublishedFromId_GigawordDocumentId_IsItsDate(string id, string? expected)
        => Assert.Equal(expected, GsrSentence.PublishedFromId(id)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
