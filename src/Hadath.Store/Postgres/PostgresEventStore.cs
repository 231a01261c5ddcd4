using System.Data.Common;
using Hadath.Coding.Model;
using Hadath.Store.Model;
using Hadath.Store.Sql;
using Npgsql;
using NpgsqlTypes;

namespace Hadath.Store.Postgres;

/// <summary>
/// The scale-out store: the same schema in PostgreSQL, which is also the work queue that lets
/// any number of <c>hadath ingest</c> processes share one input set (<see cref="IWorkQueue"/>).
/// </summary>
internal sealed class PostgresEventStore : SqlEventStore, IWorkQueue
{
    // A worker that stops answering inside a claim (hung, not dead) loses its locks after this.
    private const string IdleTimeout = "SET idle_in_transaction_session_timeout = '600s'";

    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlConnection _connection;

    private PostgresEventStore(string location, string indexDirectory, NpgsqlDataSource dataSource, NpgsqlConnection connection)
        : base(location, indexDirectory)
    {
        _dataSource = dataSource;
        _connection = connection;
    }

    protected override DbConnection Connection => _connection;

    protected override string TextType => "TEXT COLLATE \"C\"";

    protected override string StagingKind => "TEMP";

    protected override IEnumerable<string> ExtraSchema =>
    [
        "CREATE INDEX IF NOT EXISTS events_date ON events (event_date, id)",
        "CREATE INDEX IF NOT EXISTS mentions_event ON mentions (event_id)",
        "CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_key, ordinal)",
        "CREATE INDEX IF NOT EXISTS sentences_article ON sentences (article_key, field, start_offset)",
        "CREATE TABLE IF NOT EXISTS work_items (key {text} PRIMARY KEY, ordinal BIGSERIAL, payload {text}, done BOOLEAN NOT NULL DEFAULT false)",
        "CREATE INDEX IF NOT EXISTS work_items_todo ON work_items (ordinal) WHERE NOT done",
        "CREATE TABLE IF NOT EXISTS queue_inputs (fingerprint {text} PRIMARY KEY, filled BOOLEAN NOT NULL)",
    ];

    public static IEventStore Open(string argument, StoreMode mode, string workingDirectory)
    {
        var builder = PostgresAddress.Parse(argument);
        var location = PostgresAddress.Redact(argument);
        var index = Path.Combine(workingDirectory, $"hadath-{builder.Host}-{builder.Port}-{builder.Database}.index");
        var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        NpgsqlConnection connection;
        try
        {
            connection = dataSource.OpenConnection();
        }
        catch (NpgsqlException e)
        {
            dataSource.Dispose();
            throw StoreErrors.Error(location, $"cannot reach PostgreSQL: {e.Message}");
        }

        var store = new PostgresEventStore(location, index, dataSource, connection);
        try
        {
            store.Guard(() =>
            {
                if (mode == StoreMode.Read && !store.HasSchema())
                {
                    throw StoreErrors.Missing(location);
                }

                store.EnsureSchema(mode == StoreMode.Read);
                return 0;
            });
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return store;
    }

    private bool HasSchema() => Scalar("SELECT to_regclass('hadath_meta') IS NOT NULL", []) is true;

    protected override void BeforeSchema(DbTransaction tx)
        => Execute("SELECT pg_advisory_xact_lock(7461626164)", [], tx);

    protected override DbParameter CreateParameter(object? value) => new NpgsqlParameter { Value = value ?? DBNull.Value };

    public long Enqueue(string inputFingerprint, IEnumerable<Article> articles) => Guard(() =>
    {
        using var connection = _dataSource.OpenConnection();
        using var tx = connection.BeginTransaction();
        Execute("INSERT INTO queue_inputs VALUES ($1, false) ON CONFLICT DO NOTHING", [inputFingerprint], tx);

        // Workers started together wait here for the first to fill the queue; if it dies, its
        // transaction aborts and the next one fills it instead.
        var filled = Rows("SELECT filled FROM queue_inputs WHERE fingerprint = $1 FOR UPDATE", [inputFingerprint], tx).Single()[0] is true;
        if (filled)
        {
            tx.Commit();
            return 0L;
        }

        Execute("CREATE TEMP TABLE IF NOT EXISTS stage_queue (key TEXT, seq BIGINT, payload TEXT) ON COMMIT DROP", [], tx);
        using (var copy = connection.BeginBinaryImport("COPY stage_queue (key, seq, payload) FROM STDIN (FORMAT BINARY)"))
        {
            var seq = 0L;
            foreach (var article in articles)
            {
                copy.StartRow();
                copy.Write(ArticleKey.Of(article), NpgsqlDbType.Text);
                copy.Write(seq++, NpgsqlDbType.Bigint);
                copy.Write(ArticlePayload.Serialize(article), NpgsqlDbType.Text);
            }

            copy.Complete();
        }

        var queued = Execute(
            """
            INSERT INTO work_items (key, payload)
            SELECT key, min(payload) FROM stage_queue WHERE key NOT IN (SELECT key FROM articles) GROUP BY key ORDER BY min(seq)
            ON CONFLICT (key) DO NOTHING
            """, [], tx);
        Execute("UPDATE queue_inputs SET filled = true WHERE fingerprint = $1", [inputFingerprint], tx);
        tx.Commit();
        return (long)queued;
    });

    public long Pending() => Guard(() => Long(Scalar("SELECT count(*) FROM work_items WHERE NOT done", [])));

    public IWorkClaim? Claim(int max) => Guard<IWorkClaim?>(() =>
    {
        var connection = _dataSource.OpenConnection();
        NpgsqlTransaction? tx = null;
        try
        {
            tx = connection.BeginTransaction();
            Execute(IdleTimeout, [], tx);
            var rows = Rows("SELECT key, payload FROM work_items WHERE NOT done ORDER BY ordinal LIMIT $1 FOR UPDATE SKIP LOCKED", [(long)max], tx).ToList();
            if (rows.Count == 0)
            {
                var left = Rows("SELECT EXISTS (SELECT 1 FROM work_items WHERE NOT done)", [], tx).Single()[0] is true;
                tx.Dispose();
                connection.Dispose();
                return left ? new ClaimedBatch(this, null, null, []) : null;
            }

            var articles = rows.Select(r => ArticlePayload.Deserialize((string)r[0]!, (string)r[1]!)).ToList();
            PrepareStaging(tx);
            return new ClaimedBatch(this, connection, tx, articles);
        }
        catch
        {
            tx?.Dispose();
            connection.Dispose();
            throw;
        }
    });

    private bool CompleteClaim(NpgsqlTransaction tx, IReadOnlyList<CodedArticle> coded, IReadOnlyList<Article> claimed) => Guard(() =>
    {
        try
        {
            WriteBatch(coded, tx);
            var keys = claimed.Select(ArticleKey.Of).ToArray();
            Execute("UPDATE work_items SET done = true, payload = NULL WHERE key = ANY($1)", [keys], tx);
            BeforeCommit?.Invoke();
            tx.Commit();
            return true;
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.UniqueViolation)
        {
            return false;
        }
    });

    protected override void Stage(StagedBatch batch, DbTransaction transaction)
    {
        var connection = (NpgsqlConnection)transaction.Connection!;
        using (var w = connection.BeginBinaryImport("COPY stage_articles FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var article in batch.Articles)
            {
                var x = article.Article;
                w.StartRow();
                Text(w, article.Key);
                Text(w, x.Id);
                Text(w, StagedBatch.SourceOf(x));
                Text(w, x.Url);
                Date(w, x.Published);
                Text(w, x.Title);
                Text(w, x.Text);
                w.Write(batch.EventCounts[article.Key], NpgsqlDbType.Integer);
            }

            w.Complete();
        }

        using (var w = connection.BeginBinaryImport("COPY stage_sentences FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var article in batch.Articles)
            {
                foreach (var s in article.Sentences)
                {
                    w.StartRow();
                    Text(w, article.Key);
                    Text(w, s.Field);
                    w.Write(s.Start, NpgsqlDbType.Integer);
                    w.Write(s.End, NpgsqlDbType.Integer);
                    Text(w, s.Text);
                }
            }

            w.Complete();
        }

        using (var w = connection.BeginBinaryImport("COPY stage_events FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var e in batch.Events)
            {
                w.StartRow();
                w.Write(e.Id, NpgsqlDbType.Bigint);
                Text(w, e.SourceCode);
                Text(w, e.SourceName);
                Text(w, e.TargetCode);
                Text(w, e.TargetName);
                Text(w, e.Cameo);
                Text(w, e.CameoName);
                Text(w, e.Root);
                w.Write(e.QuadClass, NpgsqlDbType.Integer);
                w.Write(e.Goldstein, NpgsqlDbType.Double);
                Text(w, e.PloverType);
                Text(w, e.PloverMode);
                Text(w, e.PloverContext);
                Date(w, e.Date);
                Text(w, e.DatePrecision);
                Text(w, e.PlaceKey);
                Text(w, e.PlaceName);
                Text(w, e.PlaceCountry);
                Double(w, e.Lat);
                Double(w, e.Lon);
                w.Write(e.NumMentions, NpgsqlDbType.Integer);
                w.Write(e.NumArticles, NpgsqlDbType.Integer);
                w.Write(0, NpgsqlDbType.Integer);
                w.Write(e.Confidence, NpgsqlDbType.Double);
                Text(w, e.FirstSort);
                Text(w, e.FirstArticle);
                Text(w, e.FirstUrl);
            }

            w.Complete();
        }

        using (var w = connection.BeginBinaryImport("COPY stage_sources FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, source) in batch.Sources)
            {
                w.StartRow();
                w.Write(id, NpgsqlDbType.Bigint);
                Text(w, source);
            }

            w.Complete();
        }

        using (var w = connection.BeginBinaryImport("COPY stage_mentions FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var m in batch.Mentions)
            {
                w.StartRow();
                Text(w, m.ArticleKey);
                w.Write(m.Ordinal, NpgsqlDbType.Integer);
                w.Write(m.EventId, NpgsqlDbType.Bigint);
                w.Write(m.Sentence, NpgsqlDbType.Integer);
                Text(w, m.Field);
                w.Write(m.Start, NpgsqlDbType.Integer);
                w.Write(m.End, NpgsqlDbType.Integer);
                Text(w, m.Evidence);
                Text(w, m.Trigger);
                Text(w, m.Pattern);
                Text(w, m.Modality);
                w.Write(m.Confidence, NpgsqlDbType.Double);
                Text(w, m.SourceText);
                Text(w, m.TargetText);
                if (m.SentenceStart is { } sentence)
                {
                    w.Write(sentence, NpgsqlDbType.Integer);
                }
                else
                {
                    w.WriteNull();
                }
            }

            w.Complete();
        }
    }

    private static void Text(NpgsqlBinaryImporter w, string? value)
    {
        if (value is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(value, NpgsqlDbType.Text);
        }
    }

    private static void Date(NpgsqlBinaryImporter w, DateOnly? value)
    {
        if (value is { } d)
        {
            w.Write(d, NpgsqlDbType.Date);
        }
        else
        {
            w.WriteNull();
        }
    }

    private static void Double(NpgsqlBinaryImporter w, double? value)
    {
        if (value is { } d)
        {
            w.Write(d, NpgsqlDbType.Double);
        }
        else
        {
            w.WriteNull();
        }
    }

    /// <summary>Turns a lost server into one clear message; the open transaction is gone with it, so nothing partial was kept.</summary>
    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (NpgsqlException e) when (IsConnectionLoss(e))
        {
            throw StoreErrors.ServerGone(Location, e.InnerException?.Message ?? e.Message);
        }
        catch (InvalidOperationException e) when (e.Message.Contains("connection", StringComparison.OrdinalIgnoreCase) && e.Message.Contains("broken", StringComparison.OrdinalIgnoreCase))
        {
            throw StoreErrors.ServerGone(Location, e.Message);
        }
    }

    private static bool IsConnectionLoss(NpgsqlException e)
        => e is not PostgresException pg || pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState.StartsWith("57P", StringComparison.Ordinal);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _connection.Dispose();
            _dataSource.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>One claimed batch: its own connection and open transaction, which holds the rows' locks.</summary>
    private sealed class ClaimedBatch(PostgresEventStore store, NpgsqlConnection? connection, NpgsqlTransaction? transaction, IReadOnlyList<Article> articles) : IWorkClaim
    {
        public IReadOnlyList<Article> Articles => articles;

        public bool Complete(IReadOnlyList<CodedArticle> coded)
            => transaction is null || store.CompleteClaim(transaction, coded, articles);

        public void Dispose()
        {
            try
            {
                transaction?.Dispose();
                connection?.Dispose();
            }
            catch (NpgsqlException)
            {
                // The server is gone: there is nothing left to roll back.
            }
        }
    }
}
