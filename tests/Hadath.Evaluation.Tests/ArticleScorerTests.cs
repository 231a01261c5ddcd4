using static Hadath.Evaluation.Tests.Build;

namespace Hadath.Evaluation.Tests;

public sealed class ArticleScorerTests
{
    private const string Id = "a1";

    private readonly ArticleScorer _scorer = new();

    /// <summary>The seed article in miniature: Russia's concern at Turkey, Haftar's forces fighting Misrata's militias, and a UN appeal.</summary>
    private static readonly GoldArticle Libya = Article(
        Id,
        Required(["RUSGOV", "RUS"], ["TUR", "TURGOV"], ["012"], "2019-12-20"),
        Required(["LBYMIL", "LBYREB"], ["LBYREB", "LBYMIL"], ["190", "193"], "2019-11"),
        Required(["IGOUNO"], [], ["023"]),
        Optional(["TURGOV"], ["LBYGOV"], ["036"]));

    private static PredictedEvent[] PerfectLibya =>
    [
        Event(Id, "RUSGOV", "TUR", "012", "2019-12-20"),
        Event(Id, "LBYMIL", "LBYREB", "190", "2019-11-28"),
        Event(Id, "IGOUNO", null, "023"),
    ];

    [Fact]
    public void Score_PerfectPrediction_AllRatesOne()
    {
        var score = _scorer.Score(Libya, PerfectLibya);

        Assert.Equal((3, 3, 3, 0), (score.GoldEvents, score.Predicted, score.Matched, score.Dropped));
        Assert.Equal((1.0, 1.0, 1.0), (score.Precision, score.Recall, score.F1));
        Assert.Equal(3, score.FullCodeCorrect);
        Assert.Equal(3, score.RoleCorrect);
        Assert.Equal((2, 2), (score.DateJudged, score.DateCorrect));
        Assert.Empty(score.FalsePositives);
        Assert.Empty(score.Misses);
    }

    [Fact]
    public void Score_ExtraWrongKey_LowersPrecisionOnly()
    {
        var score = _scorer.Score(Libya, [.. PerfectLibya, Event(Id, "EGY", "TUR", "111")]);

        Assert.Equal(4, score.Predicted);
        Assert.Equal(3.0 / 4, score.Precision, 10);
        Assert.Equal(1.0, score.Recall);
        Assert.Equal(new EventKey("EGY", "TUR", "11"), Assert.Single(score.FalsePositives));
    }

    [Fact]
    public void Score_MissingEntry_LowersRecallOnly()
    {
        var score = _scorer.Score(Libya, PerfectLibya[..2]);

        Assert.Equal(1.0, score.Precision);
        Assert.Equal(2.0 / 3, score.Recall, 10);
        Assert.Equal(2 * (2.0 / 3) / (1 + (2.0 / 3)), score.F1, 10);
        Assert.Equal(["IGOUNO"], Assert.Single(score.Misses).Sources);
    }

    [Fact]
    public void Score_KeyMatchingOnlyAnOptionalEntry_IsDroppedNotCounted()
    {
        var score = _scorer.Score(Libya, [.. PerfectLibya, Event(Id, "TUR", "LBYGOV", "036")]);

        Assert.Equal((4, 1, 3), (score.Predicted, score.Dropped, score.Matched));
        Assert.Equal((1.0, 1.0), (score.Precision, score.Recall));
        Assert.Equal(new EventKey("TUR", "LBY", "03"), Assert.Single(score.DroppedKeys));
    }

    [Fact]
    public void Score_OptionalEntryNotPredicted_DoesNotLowerRecall()
    {
        var score = _scorer.Score(Libya, PerfectLibya);

        Assert.Equal(1, score.OptionalEvents);
        Assert.Equal(1.0, score.Recall);
    }

    [Fact]
    public void Score_RepeatedMentions_CountAsOneKey()
    {
        var score = _scorer.Score(Libya, [.. PerfectLibya, Event(Id, "RUS", "TURGOV", "013"), Event(Id, "RUSGOV", "TUR", "012")]);

        Assert.Equal(3, score.Predicted);
        Assert.Equal(1.0, score.Precision);
    }

    [Fact]
    public void Score_IgoCode_WholeCodeIsTheIdentity()
    {
        var gold = Article(Id, Required(["IGOUNO"], ["SYR"], ["112"]));

        var otherIgo = _scorer.Score(gold, [Event(Id, "IGOEUREEC", "SYR", "112")]);
        var sameIgo = _scorer.Score(gold, [Event(Id, "igouno", "SYRGOV", "111")]);

        Assert.Equal(0, otherIgo.Matched);
        Assert.Equal(new EventKey("IGOEUREEC", "SYR", "11"), Assert.Single(otherIgo.FalsePositives));
        Assert.Equal(1, sameIgo.Matched);
        Assert.False(sameIgo.Matches[0].FullCodeCorrect);
        Assert.False(sameIgo.Matches[0].RoleCorrect);
    }

    [Fact]
    public void Score_StateAndItsGovernment_ShareTheIdentity()
    {
        var gold = Article(Id, Required(["RUS"], ["TUR"], ["012"]));

        var score = _scorer.Score(gold, [Event(Id, "RUSGOV", "TURMIL", "012")]);

        Assert.Equal(1, score.Matched);
        Assert.False(score.Matches[0].RoleCorrect);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("  ", true)]
    [InlineData("TUR", false)]
    public void Score_EmptyTargetList_AcceptsOnlyNoTarget(string? target, bool matches)
    {
        var gold = Article(Id, Required(["IGOUNO"], [], ["023"]));

        var score = _scorer.Score(gold, [Event(Id, "IGOUNO", target, "023")]);

        Assert.Equal(matches ? 1 : 0, score.Matched);
        Assert.Equal(matches ? 1 : 0, score.RoleCorrect);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("TURGOV", true)]
    [InlineData("EGY", false)]
    public void Score_TargetListWithEmptyString_AcceptsNoTargetToo(string? target, bool matches)
    {
        var gold = Article(Id, Required(["RUS"], ["TUR", ""], ["012"]));

        var score = _scorer.Score(gold, [Event(Id, "RUS", target, "012")]);

        Assert.Equal(matches ? 1 : 0, score.Matched);
    }

    [Theory]
    [InlineData("2019-11-28", true)]
    [InlineData("2019-11-01", true)]
    [InlineData("2019-11", true)]
    [InlineData("2019-12-01", false)]
    [InlineData("2019-1", false)]
    [InlineData(null, false)]
    public void Score_MonthPrecisionGoldDate_AcceptsAnyDayOfThatMonth(string? predicted, bool correct)
    {
        var gold = Article(Id, Required(["LBYMIL"], ["LBYREB"], ["190"], "2019-11"));

        var score = _scorer.Score(gold, [Event(Id, "LBYMIL", "LBYREB", "190", predicted)]);

        Assert.Equal(1, score.DateJudged);
        Assert.Equal(correct ? 1 : 0, score.DateCorrect);
    }

    [Theory]
    [InlineData("2019-12-20", true)]
    [InlineData("2019-12-21", false)]
    [InlineData("2019-12", false)]
    public void Score_DayPrecisionGoldDate_NeedsTheExactDay(string predicted, bool correct)
    {
        var gold = Article(Id, Required(["RUS"], ["TUR"], ["012"], "2019-12-20"));

        var score = _scorer.Score(gold, [Event(Id, "RUS", "TUR", "012", predicted)]);

        Assert.Equal(correct ? 1 : 0, score.DateCorrect);
    }

    [Fact]
    public void Score_NullGoldDate_IsNotJudged()
    {
        var gold = Article(Id, Required(["RUS"], ["TUR"], ["012"]));

        var score = _scorer.Score(gold, [Event(Id, "RUS", "TUR", "012", "2019-12-20")]);

        Assert.Null(score.Matches[0].DateCorrect);
        Assert.Equal((0, 0), (score.DateJudged, score.DateCorrect));
    }

    [Fact]
    public void Score_FinerChecks_PassWhenAnyPredictionBehindTheKeyPasses()
    {
        var gold = Article(Id, Required(["RUSGOV"], ["TUR"], ["012"], "2019-12-20"));

        // One key, three predictions: each gets a different check right.
        var score = _scorer.Score(gold,
        [
            Event(Id, "RUS", "TURGOV", "012"),
            Event(Id, "RUSGOV", "TUR", "013"),
            Event(Id, "RUS", "TUR", "014", "2019-12-20"),
        ]);

        var match = Assert.Single(score.Matches);
        Assert.True(match.FullCodeCorrect);
        Assert.True(match.RoleCorrect);
        Assert.True(match.DateCorrect);
    }

    [Fact]
    public void Score_ContendedEntries_FindsTheMaximumMatching()
    {
        // RUS→LBY can take either entry, TUR→LBY only the first: a greedy pairing of RUS with the
        // first entry would leave TUR unmatched.
        var gold = Article(Id, Required(["RUS", "TUR"], ["LBY"], ["012"]), Required(["RUS"], ["LBY"], ["013"]));

        var score = _scorer.Score(gold, [Event(Id, "RUS", "LBY", "012"), Event(Id, "TUR", "LBY", "012")]);

        Assert.Equal(2, score.Matched);
        Assert.Equal((1.0, 1.0), (score.Precision, score.Recall));
    }

    [Fact]
    public void Score_KeyAnOptionalEntryCanAbsorb_LeftUnmatchedWhateverTheOrder()
    {
        // The required entry accepts Russia or Egypt; an optional entry also accepts Egypt.
        // Matching Egypt's key would leave Russia's as a false positive (precision 1/2); the rule
        // matches Russia's and drops Egypt's (precision 1/1), in either output order, although
        // Egypt's key comes first both in one of the orders and alphabetically.
        var gold = Article(Id, Required(["RUS", "EGY"], ["LBY"], ["012"]), Optional(["EGY"], ["LBY"], ["012"]));
        PredictedEvent[] predictions = [Event(Id, "EGY", "LBY", "012"), Event(Id, "RUS", "LBY", "012")];

        foreach (var order in new[] { predictions, predictions.Reverse().ToArray() })
        {
            var score = _scorer.Score(gold, order);
            Assert.Equal((2, 1, 1), (score.Predicted, score.Dropped, score.Matched));
            Assert.Equal(1.0, score.Precision);
            Assert.Equal("RUS", Assert.Single(score.Matches).Key.Source);
        }
    }

    [Fact]
    public void Score_ShuffledPredictions_GiveTheSameResult()
    {
        var gold = Article(
            Id,
            Required(["RUS", "TUR"], ["LBY"], ["012"], "2019-12-20"),
            Required(["RUS"], ["LBY", ""], ["012", "013"], "2019-12"),
            Required(["TUR"], ["LBY"], ["036"]),
            Optional(["TUR"], ["LBY"], ["012"]),
            Optional(["EGY"], [], ["012"]));
        PredictedEvent[] predictions =
        [
            Event(Id, "TUR", "LBY", "012", "2019-12-20"),
            Event(Id, "RUS", "LBY", "012", "2019-12-20"),
            Event(Id, "RUSGOV", "LBYGOV", "013", "2019-12-02"),
            Event(Id, "RUS", null, "013"),
            Event(Id, "TURGOV", "LBY", "036"),
            Event(Id, "EGY", null, "010"),
            Event(Id, "EGY", "LBY", "010"),
            Event(Id, "USA", "LBY", "190"),
        ];
        var expected = Describe(_scorer.Score(gold, predictions));
        var random = new Random(20191221);

        for (var run = 0; run < 200; run++)
        {
            var shuffled = predictions.ToArray();
            random.Shuffle(shuffled);
            Assert.Equal(expected, Describe(_scorer.Score(gold, shuffled)));
        }
    }

    [Fact]
    public void Score_StrictGuideExample_FoldedEntryTakesBothDirections()
    {
        // Guide §6: LBYMIL→LBYREB and LBYREB→LBYMIL folded into one LBY→LBY entry.
        var gold = Article(Id, Required(["LBYMIL", "LBYREB"], ["LBYREB", "LBYMIL"], ["190"]));
        PredictedEvent[] bothWays = [Event(Id, "LBYMIL", "LBYREB", "190"), Event(Id, "LBYREB", "LBYMIL", "190")];

        var folded = _scorer.Score(gold, bothWays);
        var withGovernment = _scorer.Score(gold, [.. bothWays, Event(Id, "LBYGOV", "LBYREB", "190")]);

        Assert.Equal((1, 1), (folded.Predicted, folded.Matched));
        Assert.Equal((2, 2, 1), (folded.StrictPredicted, folded.StrictMatched, folded.StrictRecalled));
        Assert.Equal((1.0, 1.0, 1.0), (folded.StrictPrecision, folded.StrictRecall, folded.StrictF1));

        // The primary metric folds the government into the same LBY→LBY key; strict keeps it apart.
        Assert.Equal(1.0, withGovernment.Precision);
        Assert.Equal(2.0 / 3, withGovernment.StrictPrecision, 10);
        Assert.Equal(1.0, withGovernment.StrictRecall);
    }

    [Fact]
    public void Score_StrictKeyMatchingOnlyOptional_LeftOutOfStrictPrecision()
    {
        var score = _scorer.Score(Libya, [.. PerfectLibya, Event(Id, "TURGOV", "LBYGOV", "036"), Event(Id, "TUR", "LBYGOV", "036")]);

        // TURGOV→LBYGOV matches the optional entry exactly; TUR→LBYGOV matches nothing strictly.
        Assert.Equal((5, 1, 3), (score.StrictPredicted, score.StrictOptionalOnly, score.StrictMatched));
        Assert.Equal(3.0 / 4, score.StrictPrecision, 10);
    }

    [Fact]
    public void Score_StrictRoleMismatch_MissesTheEntry()
    {
        var gold = Article(Id, Required(["RUSGOV", "RUS"], ["TUR", "TURGOV"], ["012"]));

        var score = _scorer.Score(gold, [Event(Id, "RUSMIL", "TUR", "012")]);

        Assert.Equal(1.0, score.Recall);
        Assert.Equal((0.0, 0.0), (score.StrictPrecision, score.StrictRecall));
    }

    [Fact]
    public void Score_NoGoldAndNoPredictions_IsPerfect()
    {
        var score = _scorer.Score(Article(Id), []);

        Assert.Equal((1.0, 1.0, 1.0), (score.Precision, score.Recall, score.F1));
    }

    [Fact]
    public void Score_PredictionForAnotherArticle_Throws()
        => Assert.Throws<ArgumentException>(() => _scorer.Score(Libya, [Event("other", "RUS", "TUR", "012")]));

    [Fact]
    public void Score_PredictionWithoutCode_Throws()
        => Assert.Throws<ArgumentException>(() => _scorer.Score(Libya, [Event(Id, "RUS", "TUR", " ")]));

    /// <summary>Everything the score says, as one string, so two scores compare in one assertion.</summary>
    private static string Describe(ArticleScore s) => string.Join(
        " | ",
        $"{s.Predicted} {s.Dropped} {s.Matched} {s.FullCodeCorrect} {s.RoleCorrect} {s.DateJudged} {s.DateCorrect}",
        $"{s.StrictPredicted} {s.StrictOptionalOnly} {s.StrictMatched} {s.StrictRecalled}",
        string.Join(";", s.Matches.Select(m => $"{m.Key}={m.EntryIndex}/{m.FullCodeCorrect}/{m.RoleCorrect}/{m.DateCorrect}")),
        string.Join(";", s.FalsePositives),
        string.Join(";", s.DroppedKeys),
        string.Join(";", s.Misses.Select(m => string.Join(",", m.Sources))));
}
