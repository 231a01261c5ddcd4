using System.Data.Common;
using DuckDB.NET.Data;
using Hadath.Store.Sql;

namespace Hadath.Store.DuckDb;

/// <summary>
/// The embedded store: one DuckDB file, no server. DuckDB allows one writing process per file,
/// which suits the ingest pipeline's single writer; readers open the file read-only, so that a
/// query never changes it and many can run beside each other.
/// </summary>
internal sealed class DuckDbEventStore : SqlEventStore
{
    private readonly DuckDBConnection _connection;

    private DuckDbEventStore(string path, DuckDBConnection connection)
        : base(path, path + ".index")
    {
        _connection = connection;
    }

    protected override DbConnection Connection => _connection;

    protected override string TextType => "TEXT";

    protected override string StagingKind => string.Empty;

    protected override bool StagesArticlesDirectly => true;

    /// <summary>Opens (and in <see cref="StoreMode.Write"/> creates) the store at <paramref name="path"/>.</summary>
    public static IEventStore Open(string path, StoreMode mode)
    {
        var full = Path.GetFullPath(path);
        if (mode == StoreMode.Read && !File.Exists(full))
        {
            throw StoreErrors.Missing(path);
        }

        if (Directory.Exists(full))
        {
            throw StoreErrors.Error(path, "is a folder; --db takes a database file or a postgres:// address");
        }

        var builder = new DuckDBConnectionStringBuilder { DataSource = full };

        // DuckDB would take up to 80% of the machine's memory; a bound keeps ingest's footprint
        // flat (large sorts spill to a temp folder beside the file instead).
        builder["memory_limit"] = "512MB";
        if (mode == StoreMode.Read)
        {
            builder["access_mode"] = "READ_ONLY";
        }

        var connection = new DuckDBConnection(builder.ConnectionString);
        try
        {
            connection.Open();
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            throw e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase)
                ? StoreErrors.Error(path, "is in use by another hadath process (DuckDB allows one writer per file); wait for it, or use PostgreSQL for several workers")
                : StoreErrors.NotAStore(path, FirstLine(e.Message));
        }

        var store = new DuckDbEventStore(path, connection);
        try
        {
            store.EnsureSchema(mode == StoreMode.Read);
            store.Verify();
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return store;
    }

    /// <summary>Reads a little of every table, so a damaged file fails here with a clear message rather than half-way through a verb.</summary>
    private void Verify()
    {
        try
        {
            Counts();
        }
        catch (DuckDBException e)
        {
            throw StoreErrors.NotAStore(Location, FirstLine(e.Message));
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    protected override DbParameter CreateParameter(object? value) => new DuckDBParameter(value ?? DBNull.Value);

    protected override void Stage(StagedBatch batch, DbTransaction transaction)
    {
        // The appender writes within the connection's open transaction, so a failure before
        // commit discards the staged rows together with everything else. Articles go straight
        // to their table: the writer is the file's only writer and has checked their keys.
        using (var a = _connection.CreateAppender("articles"))
        {
            foreach (var article in batch.Articles)
            {
                var x = article.Article;
                a.CreateRow().AppendValue(article.Key).AppendValue(x.Id).AppendValue(StagedBatch.SourceOf(x)).AppendValue(x.Url).AppendValue(x.Published)
                    .AppendValue(x.Title).AppendValue(x.Text).AppendValue(batch.EventCounts[article.Key]).EndRow();
            }
        }

        using (var a = _connection.CreateAppender("sentences"))
        {
            foreach (var article in batch.Articles)
            {
                foreach (var s in article.Sentences)
                {
                    a.CreateRow().AppendValue(article.Key).AppendValue(s.Field).AppendValue(s.Start).AppendValue(s.End).AppendValue(s.Text).EndRow();
                }
            }
        }

        using (var a = _connection.CreateAppender("stage_events"))
        {
            foreach (var e in batch.Events)
            {
                a.CreateRow().AppendValue(e.Id).AppendValue(e.SourceCode).AppendValue(e.SourceName).AppendValue(e.TargetCode).AppendValue(e.TargetName)
                    .AppendValue(e.Cameo).AppendValue(e.CameoName).AppendValue(e.Root).AppendValue(e.QuadClass).AppendValue(e.Goldstein)
                    .AppendValue(e.PloverType).AppendValue(e.PloverMode).AppendValue(e.PloverContext).AppendValue(e.Date).AppendValue(e.DatePrecision)
                    .AppendValue(e.PlaceKey).AppendValue(e.PlaceName).AppendValue(e.PlaceCountry).AppendValue(e.Lat).AppendValue(e.Lon)
                    .AppendValue(e.NumMentions).AppendValue(e.NumArticles).AppendValue(0).AppendValue(e.Confidence)
                    .AppendValue(e.FirstSort).AppendValue(e.FirstArticle).AppendValue(e.FirstUrl).EndRow();
            }
        }

        using (var a = _connection.CreateAppender("stage_sources"))
        {
            foreach (var (id, source) in batch.Sources)
            {
                a.CreateRow().AppendValue(id).AppendValue(source).EndRow();
            }
        }

        using (var a = _connection.CreateAppender("stage_mentions"))
        {
            foreach (var m in batch.Mentions)
            {
                a.CreateRow().AppendValue(m.ArticleKey).AppendValue(m.Ordinal).AppendValue(m.EventId).AppendValue(m.Sentence).AppendValue(m.Field)
                    .AppendValue(m.Start).AppendValue(m.End).AppendValue(m.Evidence).AppendValue(m.Trigger).AppendValue(m.Pattern)
                    .AppendValue(m.Modality).AppendValue(m.Confidence).AppendValue(m.SourceText).AppendValue(m.TargetText).AppendValue(m.SentenceStart).EndRow();
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _connection.Dispose();
        }

        base.Dispose(disposing);
    }
}
