using Hadath.Store.Model;
using Hadath.Text;
using Hadath.Text.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Hadath.Store.Search;

/// <summary>
/// Searches the article index beside a store: ranked matches with highlighted snippets, and how
/// many events each article reported (read from the store, so always current).
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private static readonly string[] Fields = [SearchFields.Title, SearchFields.Text];

    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly HadathSearchAnalyzer _analyzer;

    private SearchIndex(FSDirectory directory, DirectoryReader reader, HadathSearchAnalyzer analyzer)
    {
        _directory = directory;
        _reader = reader;
        _searcher = new IndexSearcher(reader);
        _analyzer = analyzer;
    }

    public int DocumentCount => _reader.NumDocs;

    public static bool Exists(string folder) => System.IO.Directory.Exists(folder) && System.IO.Directory.EnumerateFiles(folder, "segments_*").Any();

    public static SearchIndex Open(string folder, TextAnalyzer text)
    {
        if (!Exists(folder))
        {
            throw new HadathException(ErrorCatalog.Create(DiagnosticCode.FileNotFound, folder, null));
        }

        var directory = FSDirectory.Open(folder);
        try
        {
            return new SearchIndex(directory, DirectoryReader.Open(directory), new HadathSearchAnalyzer(text));
        }
        catch (Exception e) when (e is IOException or CorruptIndexException)
        {
            directory.Dispose();
            throw new HadathException(ErrorCatalog.Create(DiagnosticCode.UnreadableInput, folder, null, $"the search index is damaged ({e.Message}); rebuild it with 'hadath search --reindex'"));
        }
    }

    /// <summary>Rebuilds <paramref name="folder"/> from every article of <paramref name="store"/>; returns how many were indexed.</summary>
    public static long Rebuild(IEventStore store, string folder, TextAnalyzer text)
    {
        using var writer = new LuceneIndexWriter(folder, text);
        writer.Clear();
        var count = 0L;
        foreach (var a in store.Articles())
        {
            writer.Add(a.Key, a.Id, a.Published, a.Title, a.Text);
            count++;
        }

        writer.Commit();
        return count;
    }

    /// <summary>
    /// Runs <paramref name="query"/> (Lucene syntax; words are all required unless OR is written)
    /// over titles and texts. Snippets come from the article texts in <paramref name="store"/>
    /// (the index keeps titles only) and mark matches with <paramref name="open"/> and <paramref name="close"/>.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit, IEventStore store, string open = "[", string close = "]")
    {
        Query parsed;
        try
        {
            var parser = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, Fields, _analyzer) { DefaultOperator = Operator.AND };
            parsed = parser.Parse(query);
        }
        catch (ParseException e)
        {
            throw new HadathException(ErrorCatalog.Create(DiagnosticCode.UsageError, "query", null, $"cannot read the query '{query}': {e.Message.Split('\n')[0]}"));
        }

        var top = _searcher.Search(parsed, Math.Max(1, limit));
        var docs = top.ScoreDocs.Select(s => (Score: s.Score, Doc: _searcher.Doc(s.Doc))).ToList();
        var keys = docs.Select(d => d.Doc.Get(SearchFields.Key)).ToList();
        var articles = keys.Count == 0 ? new Dictionary<string, StoredArticle>() : store.ArticlesByKey(keys);
        var highlighter = new Highlighter(new SimpleHTMLFormatter(open, close), new QueryScorer(parsed)) { TextFragmenter = new SimpleFragmenter(160) };
        var hits = new List<SearchHit>(docs.Count);
        foreach (var (score, doc) in docs)
        {
            var key = doc.Get(SearchFields.Key);
            var title = doc.Get(SearchFields.Title) ?? string.Empty;
            var text = articles.TryGetValue(key, out var stored) ? stored.Text : string.Empty;
            var snippets = new List<string>();
            foreach (var (field, value) in new[] { (SearchFields.Title, title), (SearchFields.Text, text) })
            {
                using var stream = _analyzer.GetTokenStream(field, value);
                snippets.AddRange(highlighter.GetBestFragments(stream, value, 2).Select(s => s.Replace('\n', ' ').Trim()));
            }

            var published = doc.Get(SearchFields.Published);
            hits.Add(new SearchHit(key, doc.Get(SearchFields.Id), title,
                string.IsNullOrEmpty(published) ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), score, snippets, stored?.NumEvents ?? 0));
        }

        return hits;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
