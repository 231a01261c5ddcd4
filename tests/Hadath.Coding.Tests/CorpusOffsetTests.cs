using Hadath.Coding.Input;
using Hadath.Coding.Model;
using Hadath.Testing;

namespace Hadath.Coding.Tests;

/// <summary>
/// The bundled coder over real articles of the shared corpus (SaudiNewsNet, ../shared/corpus): every offset an event
/// carries, evidence and both sides, is a slice of the field its evidence names. Rules that join mentions told in the
/// title and in the body must not mix the two fields' offsets.
/// </summary>
public sealed class CorpusOffsetTests
{
    private const int Articles = 2000;

    [Fact]
    public void Code_CorpusArticles_EveryOffsetIsASliceOfTheEvidenceField()
    {
        var shared = BundledData.Shared;
        Assert.SkipWhen(shared is null, "../shared is absent: the corpus is not on this machine.");
        var corpus = Path.Combine(shared!, "corpus", "saudinewsnet", "articles.jsonl.gz");
        Assert.SkipUnless(File.Exists(corpus), $"{corpus} is absent.");

        var engine = HadathEngine.Load(BundledData.Directory);
        var wrong = new List<string>();
        var events = 0;
        foreach (var article in new ArticleReader().Read(corpus, TextReader.Null, _ => { }).Take(Articles))
        {
            foreach (var e in engine.Coder.Code(article))
            {
                events++;
                var field = e.Evidence.Field == "title" ? article.Title : article.Text;
                Check(article, field, "evidence", e.Evidence.Start, e.Evidence.End, e.Evidence.Text, wrong);
                Check(article, field, "source", e.Source.Start, e.Source.End, e.Source.Text, wrong);
                if (e.Target is { } target)
                {
                    Check(article, field, "target", target.Start, target.End, target.Text, wrong);
                }
            }
        }

        Assert.True(events > 1000, $"only {events} events from {Articles} articles");
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong.Take(10)));
    }

    private static void Check(Article article, string field, string what, int start, int end, string text, List<string> wrong)
    {
        // An unnamed side (an attacker no word names) has no span.
        if (start == end && text.Length == 0)
        {
            return;
        }

        if (start < 0 || end > field.Length || start > end || !field.AsSpan(start, end - start).SequenceEqual(text))
        {
            wrong.Add($"{article.Id} {what} {start}-{end} «{text}»");
        }
    }
}
