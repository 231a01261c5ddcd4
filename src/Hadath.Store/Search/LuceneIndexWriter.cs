using System.Globalization;
using Hadath.Store.Ingest;
using Hadath.Store.Model;
using Hadath.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Hadath.Store.Search;

/// <summary>Writes article documents into a Lucene index folder, keyed by article key so re-adding replaces.</summary>
public sealed class LuceneIndexWriter : ISearchIndexWriter
{
    private readonly FSDirectory _directory;
    private readonly HadathSearchAnalyzer _analyzer;
    private readonly IndexWriter _writer;

    public LuceneIndexWriter(string folder, TextAnalyzer text)
    {
        System.IO.Directory.CreateDirectory(folder);
        _directory = FSDirectory.Open(folder);
        _analyzer = new HadathSearchAnalyzer(text);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND, RAMBufferSizeMB = 48 };
        _writer = new IndexWriter(_directory, config);
    }

    public void Add(CodedArticle article) => Add(article.Key, article.Article.Id, article.Article.Published, article.Article.Title, article.Article.Text);

    public void Add(string key, string id, DateOnly? published, string title, string text)
    {
        var doc = new Document
        {
            new StringField(SearchFields.Key, key, Field.Store.YES),
            new StringField(SearchFields.Id, id, Field.Store.YES),
            new StoredField(SearchFields.Published, published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty),
            new TextField(SearchFields.Title, title, Field.Store.YES),
            // The body is not stored: the store has it, and storing it here would cost a quarter of indexing time.
            new TextField(SearchFields.Text, text, Field.Store.NO),
        };
        _writer.UpdateDocument(new Term(SearchFields.Key, key), doc);
    }

    public void Commit() => _writer.Commit();

    /// <summary>Empties the index, for a rebuild from the store.</summary>
    public void Clear() => _writer.DeleteAll();

    public void Dispose()
    {
        _writer.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
