namespace Hadath.Evaluation.Tests;

public sealed class GsrScorerTests
{
    private readonly GsrScorer _scorer = new();

    private static GsrSentence Sentence(string id, GsrLabel label, string type = "ASSAULT", params GsrSpan[] spans)
        => new(id, type, label, "نص", 0, 0, 3, spans);

    private static GsrSpan Span(string? sourceMain, string? targetMain)
        => new(sourceMain is null ? null : Actor(sourceMain), targetMain is null ? null : Actor(targetMain));

    private static GsrActor Actor(string main) => new(main == "None" ? null : main, null);

    private static PredictedEvent Fired(string sentence, string cameo, string? source = null, string? target = null)
        => new(sentence, source, target, cameo, null);

    [Fact]
    public void Score_DetectedNegatives_CountAgainstPrecision()
    {
        GsrSentence[] sentences =
        [
            Sentence("p1", GsrLabel.Yes), Sentence("p2", GsrLabel.Yes),
            Sentence("n1", GsrLabel.EasyNo), Sentence("n2", GsrLabel.DifficultNo), Sentence("n3", GsrLabel.EasyNo),
            Sentence("a1", GsrLabel.Ambiguous),
        ];

        var row = _scorer.Score(sentences, [Fired("p1", "190"), Fired("n2", "183"), Fired("n3", "181"), Fired("a1", "190")]).ForType("ASSAULT")!;

        Assert.Equal((2, 3, 1), (row.Positives, row.Negatives, row.Ambiguous));
        Assert.Equal((1, 2), (row.TruePositives, row.FalsePositives));
        Assert.Equal(1.0 / 3, row.Precision, 10);
        Assert.Equal(0.5, row.Recall);
        Assert.Equal(["p2"], row.Misses);
        Assert.Equal(["n2", "n3"], row.FalseAlarms);
    }

    [Theory]
    [InlineData("ASSAULT", "180", true)]
    [InlineData("ASSAULT", "195", true)]
    [InlineData("ASSAULT", "202", true)]
    [InlineData("ASSAULT", "145", false)]
    [InlineData("ASSAULT", "173", false)]
    [InlineData("PROTEST", "141", true)]
    [InlineData("PROTEST", "14", true)]
    [InlineData("PROTEST", "190", false)]
    public void Score_CameoRoot_MapsToType(string type, string cameo, bool detected)
    {
        var row = _scorer.Score([Sentence("s", GsrLabel.Yes, type)], [Fired("s", cameo)]).ForType(type)!;

        Assert.Equal(detected ? 1 : 0, row.TruePositives);
    }

    [Fact]
    public void Score_TypesAreScoredApart()
    {
        var score = _scorer.Score(
            [Sentence("s", GsrLabel.Yes, "ASSAULT"), Sentence("s", GsrLabel.EasyNo, "PROTEST")],
            [Fired("s", "190")]);

        Assert.Equal(["ASSAULT", "PROTEST"], score.PerType.Select(t => t.EventType));
        Assert.Equal(1.0, score.ForType("ASSAULT")!.Recall);
        Assert.Equal(0, score.ForType("PROTEST")!.FalsePositives);
    }

    [Theory]
    [InlineData("CVL", true)]
    [InlineData(null, true)]
    [InlineData("UAF", true)]
    [InlineData("IRQCVL", false)]
    public void Score_GoldNone_MatchesAPredictionWithoutCountry(string? source, bool matches)
    {
        var sentence = Sentence("s", GsrLabel.Yes, "ASSAULT", Span("None", "IRQ"));

        var row = _scorer.Score([sentence], [Fired("s", "190", source, "IRQMIL")]).ForType("ASSAULT")!;

        Assert.Equal((1, matches ? 1 : 0), (row.SourceJudged, row.SourceMatched));
        Assert.Equal((1, 1), (row.TargetJudged, row.TargetMatched));
    }

    [Fact]
    public void Score_IgoPrediction_MatchesGoldMainIgo()
    {
        var sentence = Sentence("s", GsrLabel.Yes, "PROTEST", Span("None", "IGO"));

        var row = _scorer.Score([sentence], [Fired("s", "141", "CVL", "IGOUNO")]).ForType("PROTEST")!;

        Assert.Equal(1.0, row.TargetMatch);
    }

    [Fact]
    public void Score_SeveralSpans_MatchWhenAnySpanMatches()
    {
        var sentence = Sentence("s", GsrLabel.Yes, "ASSAULT", Span("USA", "IRQ"), Span("None", "AFG"));

        var row = _scorer.Score([sentence], [Fired("s", "190", null, "AFGCVL")]).ForType("ASSAULT")!;

        Assert.Equal((1.0, 1.0), (row.SourceMatch, row.TargetMatch));
    }

    [Fact]
    public void Score_ActorComesFromTheFirstEventOfTheType()
    {
        var sentence = Sentence("s", GsrLabel.Yes, "ASSAULT", Span("IRQ", "None"));

        // The 042 is not an ASSAULT event; of the two 19x events the first (IRQMIL) is judged.
        var row = _scorer.Score(
            [sentence],
            [Fired("s", "042", "USAGOV"), Fired("s", "190", "IRQMIL", "REB"), Fired("s", "193", "USAMIL", "IRQ")]).ForType("ASSAULT")!;

        Assert.Equal((1, 1), (row.SourceJudged, row.SourceMatched));
        Assert.Equal((1, 1), (row.TargetJudged, row.TargetMatched));
    }

    [Fact]
    public void Score_UndetectedPositive_IsNotJudgedOnActors()
    {
        var sentence = Sentence("s", GsrLabel.Yes, "ASSAULT", Span("None", "None"));

        var row = _scorer.Score([sentence], []).ForType("ASSAULT")!;

        Assert.Equal(1, row.PositivesWithSpans);
        Assert.Equal((0, 0), (row.SourceJudged, row.TargetJudged));
        Assert.Equal(0.0, row.SourceMatch);
    }

    [Fact]
    public void Score_SideNoSpanAnnotates_IsNotJudged()
    {
        var sentence = Sentence("s", GsrLabel.Yes, "ASSAULT", Span(null, "PSE"), Span(null, null));

        var row = _scorer.Score([sentence], [Fired("s", "190", "ISRMIL", "PSE")]).ForType("ASSAULT")!;

        Assert.Equal(0, row.SourceJudged);
        Assert.Equal((1, 1), (row.TargetJudged, row.TargetMatched));
    }

    [Fact]
    public void Score_DictionaryInput_MatchesFlatInput()
    {
        GsrSentence[] sentences = [Sentence("a", GsrLabel.Yes), Sentence("b", GsrLabel.EasyNo)];
        var flat = _scorer.Score(sentences, [Fired("b", "190")]).ForType("ASSAULT")!;
        var keyed = _scorer.Score(sentences, new Dictionary<string, IReadOnlyList<PredictedEvent>> { ["b"] = [Fired("b", "190")] }).ForType("ASSAULT")!;

        Assert.Equal((flat.TruePositives, flat.FalsePositives), (keyed.TruePositives, keyed.FalsePositives));
        Assert.Equal((0, 1), (keyed.TruePositives, keyed.FalsePositives));
    }
}
