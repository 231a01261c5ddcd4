using Hadath.Coding;
using Hadath.Coding.Model;
using Hadath.Store.Model;
using Hadath.Text;
using Hadath.Text.Normalization;

namespace Hadath.Store.Tests;

public sealed class SentenceLocatorTests
{
    private static readonly Lazy<TextAnalyzer> Analyzer = new(() => TextAnalyzer.Create(VocabularyLoader.Load(TestPaths.Data, new ArabicNormalizer(), [])));

    [Fact]
    public void Locate_EvidenceInSecondSentence_ReturnsThatSentenceOnly()
    {
        const string text = "افتتح المعرض صباح اليوم في المدينة. وزار وزير الخارجية القاهرة أمس لبحث العلاقات. وتستمر الفعاليات أسبوعا.";
        var start = text.IndexOf("وزار", StringComparison.Ordinal);
        var evidence = new Evidence("text", start, start + 4, "وزار");
        var e = Sample.Event("a") with { Evidence = evidence, Mentions = [new EventMention(1, evidence, "زار", "042")] };

        var spans = new SentenceLocator(Analyzer.Value).Locate(Sample.Article("a", text), [e]);

        var span = Assert.Single(spans);
        Assert.Equal("text", span.Field);
        Assert.Contains("وزار وزير الخارجية القاهرة", span.Text);
        Assert.DoesNotContain("المعرض", span.Text);
        Assert.Equal(text[span.Start..span.End], span.Text);
    }

    [Fact]
    public void Locate_MentionInTitle_UsesTheTitle()
    {
        var evidence = new Evidence("title", 0, 3, "زار");
        var e = Sample.Event("a") with { Evidence = evidence, Mentions = [new EventMention(0, evidence, "زار", "042")] };

        var span = Assert.Single(new SentenceLocator(Analyzer.Value).Locate(Sample.Article("a", "نص", title: "زار الوزير مصر"), [e]));

        Assert.Equal(("title", "زار الوزير مصر"), (span.Field, span.Text));
    }
}
