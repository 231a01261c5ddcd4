namespace Hadath.Text.Tests.Segmentation;

/// <summary>The figure: clitic segmentation accuracy on Farasa's WikiNews reference (target ≥ 95%).</summary>
public sealed class SegmentationAccuracyTests
{
    private readonly ITestOutputHelper _output;

    public SegmentationAccuracyTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Segmenter_FarasaWikiNews_ReachesTarget()
    {
        var shared = TestPaths.Shared;
        Assert.SkipWhen(shared is null, "../shared is absent: the WikiNews segmentation reference is not on this machine.");
        var path = Path.Combine(shared!, "segmentation", "WikiNews.pos.ref");
        Assert.SkipUnless(File.Exists(path), $"{path} is absent.");

        var result = new FarasaReferenceScorer(TestAnalyzers.WithBundledVocabulary).Score(File.ReadLines(path));
        var report = $"segmentation accuracy on WikiNews: {result.Accuracy:P2} ({result.Correct}/{result.Words} words)";
        _output.WriteLine(report);
        TestContext.Current.SendDiagnosticMessage(report);
        foreach (var error in result.Errors)
        {
            _output.WriteLine(error);
        }

        Assert.True(result.Accuracy >= 0.95, report);
    }
}
