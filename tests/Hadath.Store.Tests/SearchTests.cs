using Hadath.Testing;
using Hadath.Coding;
using Hadath.Store.Model;
using Hadath.Store.Search;
using Hadath.Text;
using Hadath.Text.Normalization;
using Hadath.Text.Segmentation;

namespace Hadath.Store.Tests;

public sealed class SearchTests : IDisposable
{
    private static readonly Lazy<TextAnalyzer> Analyzer = new(() => TextAnalyzer.Create(VocabularyLoader.Load(TestPaths.Data, new ArabicNormalizer(), [])));

    private readonly TempFolder _folder = new();
    private readonly Backends _backends = new();
    private readonly IEventStore _store;

    public SearchTests()
    {
        _store = _backends.Open(_backends.NewDb("duckdb"));
    }

    public void Dispose()
    {
        _store.Dispose();
        _backends.Dispose();
        _folder.Dispose();
    }

    /// <summary>Stores the articles and indexes them, as ingest does.</summary>
    private SearchIndex Index(params (string Id, string Title, string Text)[] articles)
    {
        var folder = _folder.File("index");
        using (var writer = new LuceneIndexWriter(folder, Analyzer.Value))
        {
            var coded = articles.Select(a => CodedArticle.Create(Sample.Article(a.Id, a.Text, title: a.Title), [])).ToList();
            coded.ForEach(writer.Add);
            writer.Commit();
            _store.Write(coded);
        }

        return SearchIndex.Open(folder, Analyzer.Value);
    }

    [Fact]
    public void Search_DefiniteForm_FindsIndefinite()
    {
        using var index = Index(("a", "خبر", "قالت خارجية البلاد إنها تتابع الوضع"), ("b", "خبر آخر", "لا علاقة لهذا النص بالموضوع"));

        var hits = index.Search("الخارجية", 10, _store);

        Assert.Equal(["a"], hits.Select(h => h.ArticleId));
        Assert.Contains("[خارجية]", hits[0].Snippets.Single());
    }

    [Fact]
    public void Search_SingularNoun_FindsDefinitePlural()
    {
        using var index = Index(("a", "احتجاجات", "خرجت المظاهرات في الشوارع"), ("b", "طقس", "الجو حار اليوم"));

        var hits = index.Search("مظاهرة", 10, _store);

        Assert.Equal(["a"], hits.Select(h => h.ArticleId));
        Assert.Contains("[المظاهرات]", hits[0].Snippets.Single());
    }

    [Fact]
    public void Search_TwoWords_RequiresBoth()
    {
        using var index = Index(("a", "t", "وزير الخارجية في الرياض"), ("b", "t", "وزير الداخلية في جدة"));

        Assert.Equal(["a"], index.Search("وزير الخارجية", 10, _store).Select(h => h.ArticleId));
        Assert.Equal(2, index.Search("وزير", 10, _store).Count);
    }

    [Fact]
    public void Search_SameArticleAddedTwice_IndexedOnce()
    {
        var folder = _folder.File("index");
        var article = CodedArticle.Create(Sample.Article("a", "مظاهرة كبيرة"), []);
        for (var i = 0; i < 2; i++)
        {
            using var writer = new LuceneIndexWriter(folder, Analyzer.Value);
            writer.Add(article);
            writer.Commit();
        }

        using var index = SearchIndex.Open(folder, Analyzer.Value);
        Assert.Equal(1, index.DocumentCount);
    }

    [Fact]
    public void Search_WithStore_ReportsEventCounts()
    {
        var article = Sample.Article("a", "زار وزير الخارجية القاهرة");
        _store.Write([Sample.Coded(article, Sample.Event("a"), Sample.Event("a", cameo: "043"))]);
        var folder = _folder.File("rebuilt");
        Assert.Equal(1, SearchIndex.Rebuild(_store, folder, Analyzer.Value));

        using var index = SearchIndex.Open(folder, Analyzer.Value);
        var hit = Assert.Single(index.Search("خارجية", 10, _store));
        Assert.Equal(2, hit.EventCount);
        Assert.Contains("[الخارجية]", Assert.Single(hit.Snippets));
    }

    [Fact]
    public void Search_ArticleWithEmptyTitle_HighlightsItsText()
    {
        using var index = Index(("a", string.Empty, "خرجت المظاهرات في الشوارع"));

        var hit = Assert.Single(index.Search("مظاهرة", 10, _store));

        Assert.Contains("[المظاهرات]", Assert.Single(hit.Snippets));
    }

    [Fact]
    public void Search_MalformedQuery_ClearUsageError()
    {
        using var index = Index(("a", "t", "نص"));

        var e = Assert.Throws<Hadath.Text.Diagnostics.HadathException>(() => index.Search("\"غير مغلق", 10, _store));

        Assert.Contains("cannot read the query", e.Message);
    }
}
