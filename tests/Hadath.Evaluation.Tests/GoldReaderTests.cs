using System.Text;

namespace Hadath.Evaluation.Tests;

public sealed class GoldReaderTests
{
    private const string Valid = """
        {
          "id": "libya-2019-12-russia-concern",
          "published": "2019-12-21",
          "source": "alarab", "url": null,
          "title": "قلق روسي من التدخل التركي في ليبيا",
          "text": "نص",
          "events": [
            {
              "source": ["RUSGOV", "RUS"],
              "target": ["TUR", "TURGOV"],
              "cameo": ["012"],
              "date": "2019-12-20",
              "place": null,
              "evidence": "أعربت روسيا، الجمعة، عن قلقها",
              "optional": false,
              "note": "expressed concern"
            },
            {
              "source": ["IGOUNO"], "target": [], "cameo": ["023", "0231"],
              "date": "2019-11", "place": "طرابلس", "evidence": "e", "optional": true
            }
          ]
        }
        """;

    [Fact]
    public void Parse_ValidArticle_ReadsEveryField()
    {
        var article = Parse(Valid);

        Assert.Equal("libya-2019-12-russia-concern", article.Id);
        Assert.Equal(new DateOnly(2019, 12, 21), article.Published);
        Assert.Equal("قلق روسي من التدخل التركي في ليبيا", article.Title);
        Assert.Equal(2, article.Events.Count);
        var first = article.Events[0];
        Assert.Equal(["RUSGOV", "RUS"], first.Sources);
        Assert.Equal(["TUR", "TURGOV"], first.Targets);
        Assert.Equal(["012"], first.Cameo);
        Assert.Equal("2019-12-20", first.Date);
        Assert.Null(first.Place);
        Assert.False(first.Optional);
        var second = article.Events[1];
        Assert.Empty(second.Targets);
        Assert.Equal("2019-11", second.Date);
        Assert.Equal("طرابلس", second.Place);
        Assert.True(second.Optional);
    }

    [Fact]
    public void Parse_MalformedJson_NamesFileAndLineWithoutStackTrace()
    {
        var broken = Valid.Replace("\"cameo\": [\"012\"],", "\"cameo\": [\"012\"]", StringComparison.Ordinal);

        var e = Assert.Throws<EvaluationDataException>(() => Parse(broken, "gold/dev/broken.json"));

        Assert.Equal(12, e.Line);
        Assert.Equal("gold/dev/broken.json", e.File);
        Assert.StartsWith("gold/dev/broken.json: line 12: ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData("\"cameo\": [\"012\"]", "\"cameo\": [\"O12\"]", 11, "'O12'")]
    [InlineData("\"cameo\": [\"012\"]", "\"cameo\": []", 11, "at least one code")]
    [InlineData("\"date\": \"2019-12-20\"", "\"date\": \"20/12/2019\"", 12, "YYYY-MM-DD")]
    [InlineData("\"source\": [\"RUSGOV\", \"RUS\"]", "\"source\": [\"RUSGOV\", null]", 9, "only strings")]
    [InlineData("\"published\": \"2019-12-21\"", "\"published\": \"21 Dec\"", 3, "published")]
    [InlineData("\"optional\": false", "\"optional\": \"no\"", 15, "events[0].optional")]
    [InlineData("\"place\": null", "\"place\": 7", 13, "'place' must be")]
    [InlineData("\"place\": null", "\"place\": {\"name\": 7}", 13, "'place.name'")]
    public void Parse_InvalidValue_NamesTheLineAndTheProblem(string good, string bad, int line, string mention)
    {
        var e = Assert.Throws<EvaluationDataException>(() => Parse(Valid.Replace(good, bad, StringComparison.Ordinal)));

        Assert.Equal(line, e.Line);
        Assert.Contains(mention, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"events\": [", "\"evts\": [", "events")]
    [InlineData("\"id\": \"libya-2019-12-russia-concern\",", "", "id")]
    public void Parse_MissingRequiredProperty_Throws(string good, string bad, string property)
    {
        var e = Assert.Throws<EvaluationDataException>(() => Parse(Valid.Replace(good, bad, StringComparison.Ordinal)));

        Assert.Contains(property, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("a.json: ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"name\": \"طرابلس\", \"country\": \"LBY\", \"lat\": 32.9}", "طرابلس (LBY)")]
    [InlineData("{\"name\": \"طرابلس\"}", "طرابلس")]
    [InlineData("{\"country\": \"LBY\"}", "LBY")]
    public void Parse_PlaceAsObject_ReadsNameAndCountry(string place, string expected)
    {
        var article = Parse(Valid.Replace("\"place\": null", $"\"place\": {place}", StringComparison.Ordinal));

        Assert.Equal(expected, article.Events[0].Place);
        Assert.Equal("2019-12-20", article.Events[0].Date);
    }

    [Fact]
    public void Parse_Utf8Bom_IsAccepted()
        => Assert.Equal("libya-2019-12-russia-concern", GoldReader.Parse([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Valid)], "a.json").Id);

    [Fact]
    public void Parse_NullEventSource_SaysSoInJsonTerms()
    {
        var e = Assert.Throws<EvaluationDataException>(() => Parse(Valid.Replace("\"source\": [\"RUSGOV\", \"RUS\"]", "\"source\": null", StringComparison.Ordinal)));

        Assert.Equal("a.json: line 9: 'source' must not be null (at $.events[0].source)", e.Message);
    }

    [Fact]
    public void ReadFolder_DuplicateArticleIds_NamesBothFiles()
    {
        var folder = Directory.CreateTempSubdirectory("hadath-gold-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.json"), Valid, Encoding.UTF8);
            Directory.CreateDirectory(Path.Combine(folder.FullName, "sub"));
            File.WriteAllText(Path.Combine(folder.FullName, "sub", "b.json"), Valid, Encoding.UTF8);

            var e = Assert.Throws<EvaluationDataException>(() => GoldReader.ReadFolder(folder.FullName));

            Assert.Contains("a.json", e.Message, StringComparison.Ordinal);
            Assert.Contains("b.json", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void ReadFolder_MissingFolder_Throws()
        => Assert.Throws<EvaluationDataException>(() => GoldReader.ReadFolder(Path.Combine(Path.GetTempPath(), "hadath-no-such-folder")));

    private static GoldArticle Parse(string json, string file = "a.json") => GoldReader.Parse(Encoding.UTF8.GetBytes(json), file);
}
