using static Hadath.Evaluation.Tests.Build;

namespace Hadath.Evaluation.Tests;

public sealed class GoldScorerTests
{
    private readonly GoldScorer _scorer = new();

    private static readonly GoldArticle Visit = Article(
        "visit",
        Required(["TURGOV"], ["LBYGOV"], ["042"], "2019-12-20"),
        Required(["LBYGOV"], ["TURGOV"], ["043"], "2019-12-20"));

    private static readonly GoldArticle Clashes = Article(
        "clashes",
        Required(["LBYMIL"], ["LBYREB"], ["190"]),
        Required(["LBYREB"], ["LBYMIL"], ["190"]),
        Required(["IGOUNO"], [], ["023"]),
        Optional(["RUS"], ["LBY"], ["012"]));

    [Fact]
    public void Score_TwoArticles_SumsCountsBeforeDividing()
    {
        var score = _scorer.Score(
            [Visit, Clashes],
            [
                Event("visit", "TURGOV", "LBYGOV", "042", "2019-12-20"),
                Event("visit", "LBYGOV", "TURGOV", "043", "2019-12-19"),
                Event("visit", "EGYGOV", "LBYGOV", "042"),
                Event("clashes", "LBYMIL", "LBYREB", "193"),
            ]);

        Assert.Equal((2, 5, 4, 3), (score.Articles, score.GoldEvents, score.Predicted, score.Matched));
        // Micro: 3/4 and 3/5, not the mean of the articles' 2/3 and 1/1, 1/1 and 1/3.
        Assert.Equal(3.0 / 4, score.Precision, 10);
        Assert.Equal(3.0 / 5, score.Recall, 10);
        Assert.Equal(2 * 0.75 * 0.6 / 1.35, score.F1, 10);
        Assert.Equal(2.0 / 3, score.FullCodeAccuracy, 10);
        Assert.Equal(1.0, score.RoleAccuracy);
        Assert.Equal((2, 1), (score.DateJudged, score.DateCorrect));
        Assert.Equal(0.5, score.DateAccuracy);
    }

    [Fact]
    public void Score_ArticleWithoutPredictions_CountsItsEntriesAsMissed()
    {
        var score = _scorer.Score([Visit, Clashes], [Event("visit", "TURGOV", "LBYGOV", "042")]);

        Assert.Equal(1.0 / 5, score.Recall, 10);
        Assert.Equal(3, score.PerArticle[1].Misses.Count);
    }

    [Fact]
    public void Score_PredictionsForUnknownArticles_AreIgnoredAndCounted()
    {
        var score = _scorer.Score([Visit], [Event("visit", "TURGOV", "LBYGOV", "042"), Event("elsewhere", "RUS", "TUR", "012")]);

        Assert.Equal(1, score.IgnoredPredictions);
        Assert.Equal(1, score.Predicted);
    }

    [Fact]
    public void Score_DuplicateGoldIds_Throws()
        => Assert.Throws<ArgumentException>(() => _scorer.Score([Visit, Visit], []));

    [Fact]
    public void Score_PerRoot_FilesKeysByTheirRootAndEntriesByTheirFirstCode()
    {
        var gold = Article("a", Required(["RUS"], ["TUR"], ["012", "036"]), Required(["TUR"], ["RUS"], ["042"]));

        var score = _scorer.Score([gold], [Event("a", "RUS", "TUR", "036"), Event("a", "EGY", "TUR", "036")]);

        var roots = score.PerRoot.ToDictionary(r => r.Root);
        Assert.Equal(["01", "03", "04"], score.PerRoot.Select(r => r.Root));
        Assert.Equal(new RootScore("01", 0, 0, 1, 1), roots["01"]);
        Assert.Equal(new RootScore("03", 2, 1, 0, 0), roots["03"]);
        Assert.Equal(new RootScore("04", 0, 0, 1, 0), roots["04"]);
        Assert.Equal(0.5, roots["03"].Precision);
        Assert.Equal(0.0, roots["04"].Recall);
    }

    [Fact]
    public void Score_DroppedKeys_StayOutOfPerRootPrecision()
    {
        var score = _scorer.Score([Clashes], [Event("clashes", "RUS", "LBY", "012")]);

        Assert.Equal(1, score.Dropped);
        Assert.DoesNotContain(score.PerRoot, r => r.Root == "01");
    }

    [Fact]
    public void WorstArticles_LowestF1First_ThenMostErrors()
    {
        var quiet = Article("quiet");
        var score = _scorer.Score(
            [Visit, Clashes, quiet],
            [
                Event("visit", "TURGOV", "LBYGOV", "042"),
                Event("clashes", "LBYMIL", "LBYREB", "190"),
                Event("clashes", "USA", "LBY", "190"),
                Event("clashes", "EGY", "LBY", "190"),
            ]);

        Assert.Equal(["clashes", "visit"], score.WorstArticles(2).Select(a => a.ArticleId));
        Assert.Equal(1.0, score.PerArticle[2].F1);
    }
}
