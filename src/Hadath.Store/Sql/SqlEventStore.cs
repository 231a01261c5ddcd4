using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hadath.Store.Model;

namespace Hadath.Store.Sql;

/// <summary>
/// What DuckDB and PostgreSQL share: the schema, the batch write (stage in bulk, then merge with
/// set-based SQL in one transaction) and every read. Subclasses open the connection and load the
/// staging tables their fastest way (DuckDB's appender, PostgreSQL's binary COPY).
/// </summary>
internal abstract class SqlEventStore : IEventStore
{
    private const int KeyChunk = 500;

    protected SqlEventStore(string location, string indexDirectory)
    {
        Location = location;
        IndexDirectory = indexDirectory;
    }

    public string Location { get; }

    public string IndexDirectory { get; }

    /// <summary>Runs just before a batch commits; tests use it to fail a write half-way.</summary>
    internal Action? BeforeCommit { get; set; }

    protected abstract DbConnection Connection { get; }

    /// <summary>The dialect's text type in DDL.</summary>
    protected abstract string TextType { get; }

    /// <summary>"TEMP" where staging tables live per session, empty where they are ordinary tables.</summary>
    protected abstract string StagingKind { get; }

    /// <summary>True when <see cref="Stage"/> writes articles straight into their table (their keys were checked in the same transaction).</summary>
    protected virtual bool StagesArticlesDirectly => false;

    protected abstract DbParameter CreateParameter(object? value);

    /// <summary>Loads a batch into the staging tables inside <paramref name="transaction"/>.</summary>
    protected abstract void Stage(StagedBatch batch, DbTransaction transaction);

    /// <summary>Creates the tables when missing and checks the schema version of an existing store.</summary>
    protected void EnsureSchema(bool readOnly)
    {
        if (readOnly)
        {
            CheckVersion();
            return;
        }

        using (var tx = Connection.BeginTransaction())
        {
            BeforeSchema(tx);
            foreach (var ddl in Schema.Tables.Concat(ExtraSchema))
            {
                Execute(Schema.Render(ddl, TextType, StagingKind), [], tx);
            }

            PrepareStaging(tx);

            Execute("INSERT INTO hadath_meta VALUES ('schema_version', $1) ON CONFLICT DO NOTHING", [Schema.Version.ToString(CultureInfo.InvariantCulture)], tx);
            tx.Commit();
        }

        CheckVersion();
    }

    /// <summary>Runs first in the schema transaction (PostgreSQL takes a lock so that workers starting together do not race).</summary>
    protected virtual void BeforeSchema(DbTransaction tx)
    {
    }

    /// <summary>Dialect-specific tables and indexes.</summary>
    protected virtual IEnumerable<string> ExtraSchema => [];

    /// <summary>Creates the staging tables for the session of <paramref name="tx"/>.</summary>
    protected void PrepareStaging(DbTransaction tx)
    {
        foreach (var ddl in Schema.Staging)
        {
            Execute(Schema.Render(ddl, TextType, StagingKind), [], tx);
        }
    }

    private void CheckVersion()
    {
        string? version;
        try
        {
            version = Scalar("SELECT value FROM hadath_meta WHERE name = 'schema_version'", []) as string;
        }
        catch (DbException e)
        {
            throw StoreErrors.NotAStore(Location, e.Message);
        }

        if (version != Schema.Version.ToString(CultureInfo.InvariantCulture))
        {
            throw StoreErrors.NotAStore(Location, $"schema version {version ?? "none"}, this hadath reads version {Schema.Version}");
        }
    }

    public IReadOnlySet<string> ExistingArticleKeys(IReadOnlyCollection<string> keys) => ExistingKeys(keys, null);

    private HashSet<string> ExistingKeys(IReadOnlyCollection<string> keys, DbTransaction? tx)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(KeyChunk))
        {
            var p = new SqlParameters();
            var list = string.Join(", ", chunk.Select(k => p.Add(k)));
            foreach (var row in Rows($"SELECT key FROM articles WHERE key IN ({list})", p.Values, tx))
            {
                found.Add((string)row[0]!);
            }
        }

        return found;
    }

    public int Write(IReadOnlyList<CodedArticle> batch)
    {
        using var tx = Connection.BeginTransaction();
        var written = WriteBatch(batch, tx);
        BeforeCommit?.Invoke();
        tx.Commit();
        return written;
    }

    /// <summary>The write of <see cref="Write"/> inside a transaction the caller commits (a work-queue claim adds its own statements).</summary>
    protected int WriteBatch(IReadOnlyList<CodedArticle> batch, DbTransaction tx)
    {
        var unique = batch.DistinctBy(a => a.Key, StringComparer.Ordinal).ToList();
        var existing = ExistingKeys(unique.Select(a => a.Key).ToList(), tx);
        var fresh = unique.Where(a => !existing.Contains(a.Key)).ToList();
        if (fresh.Count > 0)
        {
            Stage(StagedBatch.Create(fresh), tx);
            foreach (var sql in (StagesArticlesDirectly ? [] : Schema.MergeArticles).Concat(Schema.Merge))
            {
                Execute(sql, [], tx);
            }
        }

        return fresh.Count;
    }

    public StoreCounts Counts()
    {
        long Count(string sql) => Convert.ToInt64(Scalar(sql, []), CultureInfo.InvariantCulture);
        return new StoreCounts(
            Count("SELECT count(*) FROM articles"),
            Count("SELECT count(*) FROM events"),
            Count("SELECT count(*) FROM mentions"),
            Count("SELECT count(*) FROM event_sources"),
            Count("SELECT CAST(coalesce(sum(num_mentions), 0) AS BIGINT) FROM events"));
    }

    public string Digest()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Table(string sql)
        {
            foreach (var row in Rows(sql, [], null))
            {
                var line = string.Join('\u001F', row.Select(Canonical)) + "\n";
                hash.AppendData(Encoding.UTF8.GetBytes(line));
            }

            hash.AppendData("\u001E"u8);
        }

        Table("SELECT key, id, source, url, published, title, body, num_events FROM articles ORDER BY key");
        Table($"SELECT {Schema.EventColumns}, place_key, first_sort FROM events ORDER BY id");
        Table("SELECT event_id, source FROM event_sources ORDER BY event_id, source");
        Table("SELECT * FROM mentions ORDER BY article_key, ordinal");
        Table("SELECT * FROM sentences ORDER BY article_key, field, start_offset");
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string Canonical(object? value) => value switch
    {
        null => "\u2400",
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public IEnumerable<StoredEvent> Query(EventFilter filter, int limit)
    {
        if (limit is > 0 and <= 1000)
        {
            // Two steps: sorting narrow (id, date) rows and then fetching 25 columns of the few
            // winners by key is several times faster on a columnar store than sorting wide rows.
            var ids = new SqlParameters();
            var top = Rows($"SELECT id FROM events WHERE {FilterSql.Where(filter, ids)} ORDER BY event_date NULLS LAST, id{Limit(limit, ids)}", ids.Values, null)
                .Select(r => Long(r[0])).ToList();
            if (top.Count == 0)
            {
                return [];
            }

            var fetch = new SqlParameters();
            var list = string.Join(", ", top.Select(id => fetch.Add(id)));
            return Rows($"SELECT {Schema.EventColumns} FROM events WHERE id IN ({list}) ORDER BY event_date NULLS LAST, id", fetch.Values, null).Select(r => ReadEvent(r, 0)).ToList();
        }

        return QueryAll(filter, limit);
    }

    private IEnumerable<StoredEvent> QueryAll(EventFilter filter, int limit)
    {
        var p = new SqlParameters();
        var sql = $"SELECT {Schema.EventColumns} FROM events WHERE {FilterSql.Where(filter, p)} ORDER BY event_date NULLS LAST, id{Limit(limit, p)}";
        foreach (var row in Rows(sql, p.Values, null))
        {
            yield return ReadEvent(row, 0);
        }
    }

    public IEnumerable<EventWithMentions> QueryWithMentions(EventFilter filter, int limit)
    {
        var p = new SqlParameters();
        var sql = $"""
            WITH e AS (SELECT {Schema.EventColumns} FROM events WHERE {FilterSql.Where(filter, p)} ORDER BY event_date NULLS LAST, id{Limit(limit, p)})
            SELECT e.*, m.article_key, a.id, a.source, a.url, a.published, a.title, m.sentence, m.field, m.start_offset, m.end_offset, m.evidence, m.trigger_text, m.modality, s.text
            FROM e LEFT JOIN mentions m ON m.event_id = e.id LEFT JOIN articles a ON a.key = m.article_key
            LEFT JOIN sentences s ON s.article_key = m.article_key AND s.field = m.field AND s.start_offset = m.sentence_start
            ORDER BY e.event_date NULLS LAST, e.id, a.published NULLS LAST, m.article_key, m.ordinal
            """;
        StoredEvent? current = null;
        var mentions = new List<StoredMention>();
        foreach (var row in Rows(sql, p.Values, null))
        {
            var e = ReadEvent(row, 0);
            if (current is not null && current.Id != e.Id)
            {
                yield return new EventWithMentions(current, mentions);
                mentions = [];
            }

            current = e;
            const int m = 25;
            if (row[m] is string)
            {
                mentions.Add(ReadMention(e.Id, row, m));
            }
        }

        if (current is not null)
        {
            yield return new EventWithMentions(current, mentions);
        }
    }

    public IReadOnlyList<StoredEvent> Page(EventFilter filter, int offset, int limit)
    {
        // In two steps, as Query: page over narrow (id, date) rows, then fetch the page's rows by key.
        var p = new SqlParameters();
        var where = FilterSql.Where(filter, p);
        var sql = $"SELECT id FROM events WHERE {where} ORDER BY event_date NULLS LAST, id LIMIT {p.Add((long)Math.Max(0, limit))} OFFSET {p.Add((long)Math.Max(0, offset))}";
        var ids = Rows(sql, p.Values, null).Select(r => Long(r[0])).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var fetch = new SqlParameters();
        var list = string.Join(", ", ids.Select(id => fetch.Add(id)));
        return Rows($"SELECT {Schema.EventColumns} FROM events WHERE id IN ({list}) ORDER BY event_date NULLS LAST, id", fetch.Values, null).Select(r => ReadEvent(r, 0)).ToList();
    }

    public long Count(EventFilter filter)
    {
        var p = new SqlParameters();
        return Long(Scalar($"SELECT count(*) FROM events WHERE {FilterSql.Where(filter, p)}", p.Values));
    }

    public IReadOnlyList<CountryRow> Countries(EventFilter filter)
    {
        var p = new SqlParameters();
        var sql = $"""
            SELECT place_country, count(*), CAST(sum(num_mentions) AS BIGINT)
            FROM events WHERE place_country IS NOT NULL AND place_country <> '' AND {FilterSql.Where(filter, p)}
            GROUP BY 1 ORDER BY 2 DESC, 1
            """;
        return Rows(sql, p.Values, null).Select(r => new CountryRow((string)r[0]!, Long(r[1]), Long(r[2]))).ToList();
    }

    public StoredArticle? FindArticle(string keyOrId)
    {
        var key = Rows("SELECT key FROM articles WHERE key = $1", [keyOrId], null).Select(r => (string)r[0]!).FirstOrDefault()
            ?? Rows("SELECT key FROM articles WHERE id = $1 ORDER BY key LIMIT 1", [keyOrId], null).Select(r => (string)r[0]!).FirstOrDefault();
        return key is null ? null : ArticlesByKey([key]).GetValueOrDefault(key);
    }

    public IReadOnlyList<EventWithMentions> ArticleEvents(string articleKey)
    {
        var sql = $"""
            SELECT e.*, m.article_key, a.id, a.source, a.url, a.published, a.title, m.sentence, m.field, m.start_offset, m.end_offset, m.evidence, m.trigger_text, m.modality
            FROM mentions m JOIN (SELECT {Schema.EventColumns} FROM events) e ON e.id = m.event_id JOIN articles a ON a.key = m.article_key
            WHERE m.article_key = $1
            ORDER BY m.ordinal
            """;
        var events = new Dictionary<long, (StoredEvent Event, List<StoredMention> Mentions)>();
        var order = new List<long>();
        foreach (var row in Rows(sql, [articleKey], null))
        {
            var e = ReadEvent(row, 0);
            if (!events.TryGetValue(e.Id, out var entry))
            {
                entry = (e, []);
                events[e.Id] = entry;
                order.Add(e.Id);
            }

            entry.Mentions.Add(ReadMention(e.Id, row, 25));
        }

        return order.Select(id => new EventWithMentions(events[id].Event, events[id].Mentions)).ToList();
    }

    public IReadOnlyList<TimelineRow> Timeline(EventFilter filter, TimeBucket bucket)
    {
        var unit = bucket switch
        {
            TimeBucket.Day => "day",
            TimeBucket.Week => "week",
            _ => "month",
        };
        var p = new SqlParameters();
        var sql = $"""
            SELECT CAST(date_trunc('{unit}', event_date) AS DATE) AS period,
                count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
                count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
                count(*), CAST(sum(num_mentions) AS BIGINT)
            FROM events WHERE event_date IS NOT NULL AND {FilterSql.Where(filter, p)}
            GROUP BY 1 ORDER BY 1
            """;
        return Rows(sql, p.Values, null)
            .Select(r => new TimelineRow(Date(r[0])!.Value, Long(r[1]), Long(r[2]), Long(r[3]), Long(r[4]), Long(r[5]), Long(r[6])))
            .ToList();
    }

    public IReadOnlyList<DyadRow> Dyads(EventFilter filter, int limit)
    {
        var p = new SqlParameters();
        var sql = $"""
            SELECT source_code, target_code, count(*), avg(goldstein), CAST(sum(num_mentions) AS BIGINT)
            FROM events WHERE target_code <> '' AND {FilterSql.Where(filter, p)}
            GROUP BY source_code, target_code ORDER BY 3 DESC, 1, 2{Limit(limit, p)}
            """;
        return Rows(sql, p.Values, null).Select(r => new DyadRow((string)r[0]!, (string)r[1]!, Long(r[2]), Convert.ToDouble(r[3], CultureInfo.InvariantCulture), Long(r[4]))).ToList();
    }

    public IReadOnlyList<ActorRow> Actors(EventFilter filter, int limit)
    {
        var p = new SqlParameters();
        var where = FilterSql.Where(filter, p);
        var sql = $"""
            SELECT code, min(name), CAST(sum(s) AS BIGINT), CAST(sum(t) AS BIGINT), CAST(sum(s) + sum(t) AS BIGINT) FROM (
                SELECT source_code AS code, source_name AS name, 1 AS s, 0 AS t FROM events WHERE {where}
                UNION ALL
                SELECT target_code, target_name, 0, 1 FROM events WHERE target_code <> '' AND {where}) x
            GROUP BY code ORDER BY 5 DESC, 1{Limit(limit, p)}
            """;
        return Rows(sql, p.Values, null).Select(r => new ActorRow((string)r[0]!, (string)r[1]!, Long(r[2]), Long(r[3]), Long(r[4]))).ToList();
    }

    public IReadOnlyDictionary<string, long> EventCounts(IReadOnlyCollection<string> articleKeys)
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var chunk in articleKeys.Chunk(KeyChunk))
        {
            var p = new SqlParameters();
            var list = string.Join(", ", chunk.Select(k => p.Add(k)));
            foreach (var row in Rows($"SELECT key, num_events FROM articles WHERE key IN ({list})", p.Values, null))
            {
                result[(string)row[0]!] = Long(row[1]);
            }
        }

        return result;
    }

    public IReadOnlyDictionary<string, StoredArticle> ArticlesByKey(IReadOnlyCollection<string> keys)
    {
        var result = new Dictionary<string, StoredArticle>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(KeyChunk))
        {
            var p = new SqlParameters();
            var list = string.Join(", ", chunk.Select(k => p.Add(k)));
            foreach (var r in Rows($"SELECT key, id, source, published, title, body, num_events FROM articles WHERE key IN ({list})", p.Values, null))
            {
                result[(string)r[0]!] = new StoredArticle((string)r[0]!, (string)r[1]!, (string)r[2]!, Date(r[3]), (string)r[4]!, (string)r[5]!, Long(r[6]));
            }
        }

        return result;
    }

    public IEnumerable<StoredArticle> Articles()
    {
        foreach (var r in Rows("SELECT key, id, source, published, title, body, num_events FROM articles ORDER BY key", [], null))
        {
            yield return new StoredArticle((string)r[0]!, (string)r[1]!, (string)r[2]!, Date(r[3]), (string)r[4]!, (string)r[5]!, Long(r[6]));
        }
    }

    /// <summary>A mention from 13 columns at <paramref name="m"/>, and the sentence's text from a 14th when the query joined it.</summary>
    private static StoredMention ReadMention(long eventId, object?[] r, int m) => new(
        eventId, (string)r[m]!, (string)r[m + 1]!, (string)r[m + 2]!, r[m + 3] as string, Date(r[m + 4]), (string)r[m + 5]!,
        Int(r[m + 6]), (string)r[m + 7]!, Int(r[m + 8]), Int(r[m + 9]), (string)r[m + 10]!, r[m + 11] as string, (string)r[m + 12]!,
        r.Length > m + 13 ? r[m + 13] as string : null);

    private static string Limit(int limit, SqlParameters p) => limit > 0 ? " LIMIT " + p.Add((long)limit) : string.Empty;

    private static StoredEvent ReadEvent(object?[] r, int o) => new(
        Long(r[o]), (string)r[o + 1]!, (string)r[o + 2]!, (string)r[o + 3]!, (string)r[o + 4]!, (string)r[o + 5]!, (string)r[o + 6]!, (string)r[o + 7]!,
        Int(r[o + 8]), Dbl(r[o + 9])!.Value, r[o + 10] as string, r[o + 11] as string, r[o + 12] as string, Date(r[o + 13]), (string)r[o + 14]!,
        r[o + 15] as string, r[o + 16] as string, Dbl(r[o + 17]), Dbl(r[o + 18]), Int(r[o + 19]), Int(r[o + 20]), Int(r[o + 21]), Dbl(r[o + 22])!.Value,
        (string)r[o + 23]!, r[o + 24] as string);

    protected static long Long(object? v) => Convert.ToInt64(v, CultureInfo.InvariantCulture);

    protected static int Int(object? v) => Convert.ToInt32(v, CultureInfo.InvariantCulture);

    protected static double? Dbl(object? v) => v is null ? null : Convert.ToDouble(v, CultureInfo.InvariantCulture);

    protected static DateOnly? Date(object? v) => v switch
    {
        null => null,
        DateOnly d => d,
        DateTime d => DateOnly.FromDateTime(d),
        _ => throw new InvalidDataException($"unexpected date value of type {v.GetType().Name}"),
    };

    // The one place SQL text becomes a command. Callers pass only constant SQL fragments and
    // placeholders from SqlParameters; every user value travels as a parameter.
    [SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities", Justification = "SQL is built from constant fragments; values are parameters.")]
    protected DbCommand Command(string sql, IReadOnlyList<object?> values, DbTransaction? tx)
    {
        var command = (tx?.Connection ?? Connection).CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        foreach (var value in values)
        {
            command.Parameters.Add(CreateParameter(value));
        }

        return command;
    }

    protected int Execute(string sql, IReadOnlyList<object?> values, DbTransaction? tx)
    {
        using var command = Command(sql, values, tx);
        return command.ExecuteNonQuery();
    }

    protected object? Scalar(string sql, IReadOnlyList<object?> values)
    {
        using var command = Command(sql, values, null);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <summary>Streams rows as value arrays (DBNull as null); the reader stays open only while the caller enumerates.</summary>
    protected IEnumerable<object?[]> Rows(string sql, IReadOnlyList<object?> values, DbTransaction? tx)
    {
        using var command = Command(sql, values, tx);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            yield return row;
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
