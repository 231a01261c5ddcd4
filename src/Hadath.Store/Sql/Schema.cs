namespace Hadath.Store.Sql;

/// <summary>
/// The store's tables, written once for both databases. <c>{text}</c> becomes the dialect's text
/// type: PostgreSQL gets the "C" collation so that least() compares like the in-memory merge
/// (code point order) whatever the server's locale, which keeps results independent of write order.
/// </summary>
internal static class Schema
{
    public const int Version = 1;

    public static readonly string[] Tables =
    [
        """
        CREATE TABLE IF NOT EXISTS hadath_meta (
            name {text} PRIMARY KEY,
            value {text} NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS articles (
            key {text} PRIMARY KEY,
            id {text} NOT NULL,
            source {text} NOT NULL,
            url {text},
            published DATE,
            title {text} NOT NULL,
            body {text} NOT NULL,
            num_events INTEGER NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS events (
            id BIGINT PRIMARY KEY,
            source_code {text} NOT NULL,
            source_name {text} NOT NULL,
            target_code {text} NOT NULL,
            target_name {text} NOT NULL,
            cameo {text} NOT NULL,
            cameo_name {text} NOT NULL,
            root {text} NOT NULL,
            quad_class INTEGER NOT NULL,
            goldstein FLOAT8 NOT NULL,
            plover_type {text},
            plover_mode {text},
            plover_context {text},
            event_date DATE,
            date_precision {text} NOT NULL,
            place_key {text} NOT NULL,
            place_name {text},
            place_country {text},
            lat FLOAT8,
            lon FLOAT8,
            num_mentions INTEGER NOT NULL,
            num_articles INTEGER NOT NULL,
            num_sources INTEGER NOT NULL,
            confidence FLOAT8 NOT NULL,
            first_sort {text} NOT NULL,
            first_article {text} NOT NULL,
            first_url {text})
        """,
        """
        CREATE TABLE IF NOT EXISTS event_sources (
            event_id BIGINT NOT NULL,
            source {text} NOT NULL,
            PRIMARY KEY (event_id, source))
        """,
        """
        CREATE TABLE IF NOT EXISTS sentences (
            article_key {text} NOT NULL,
            field {text} NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            text {text} NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS mentions (
            article_key {text} NOT NULL,
            ordinal INTEGER NOT NULL,
            event_id BIGINT NOT NULL,
            sentence INTEGER NOT NULL,
            field {text} NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            evidence {text} NOT NULL,
            trigger_text {text},
            pattern {text},
            modality {text} NOT NULL,
            confidence FLOAT8 NOT NULL,
            source_text {text} NOT NULL,
            target_text {text},
            sentence_start INTEGER)
        """,
    ];

    /// <summary>Staging tables: a batch is loaded here in bulk, then merged by set-based SQL in the same transaction.</summary>
    public static readonly string[] Staging =
    [
        "CREATE {temp} TABLE IF NOT EXISTS stage_articles (key {text}, id {text}, source {text}, url {text}, published DATE, title {text}, body {text}, num_events INTEGER)",
        """
        CREATE {temp} TABLE IF NOT EXISTS stage_events (
            id BIGINT, source_code {text}, source_name {text}, target_code {text}, target_name {text}, cameo {text}, cameo_name {text}, root {text},
            quad_class INTEGER, goldstein FLOAT8, plover_type {text}, plover_mode {text}, plover_context {text}, event_date DATE, date_precision {text},
            place_key {text}, place_name {text}, place_country {text}, lat FLOAT8, lon FLOAT8, num_mentions INTEGER, num_articles INTEGER,
            num_sources INTEGER, confidence FLOAT8, first_sort {text}, first_article {text}, first_url {text})
        """,
        "CREATE {temp} TABLE IF NOT EXISTS stage_sources (event_id BIGINT, source {text})",
        "CREATE {temp} TABLE IF NOT EXISTS stage_sentences (article_key {text}, field {text}, start_offset INTEGER, end_offset INTEGER, text {text})",
        """
        CREATE {temp} TABLE IF NOT EXISTS stage_mentions (
            article_key {text}, ordinal INTEGER, event_id BIGINT, sentence INTEGER, field {text}, start_offset INTEGER, end_offset INTEGER,
            evidence {text}, trigger_text {text}, pattern {text}, modality {text}, confidence FLOAT8, source_text {text}, target_text {text}, sentence_start INTEGER)
        """,
    ];

    /// <summary>Moves staged articles and sentences into their tables (DuckDB appends them there directly: texts are the bulk of a batch).</summary>
    public static readonly string[] MergeArticles =
    [
        "INSERT INTO articles SELECT * FROM stage_articles",
        "DELETE FROM stage_articles",
        "INSERT INTO sentences SELECT * FROM stage_sentences",
        "DELETE FROM stage_sentences",
    ];

    /// <summary>Moves a staged batch into the tables. Every statement is set-based and parameter-free.</summary>
    public static readonly string[] Merge =
    [
        """
        INSERT INTO events SELECT * FROM stage_events ORDER BY id
        ON CONFLICT (id) DO UPDATE SET
            num_mentions = events.num_mentions + excluded.num_mentions,
            num_articles = events.num_articles + excluded.num_articles,
            source_name = least(events.source_name, excluded.source_name),
            target_name = least(events.target_name, excluded.target_name),
            place_name = least(events.place_name, excluded.place_name),
            confidence = greatest(events.confidence, excluded.confidence),
            first_article = CASE WHEN excluded.first_sort < events.first_sort THEN excluded.first_article ELSE events.first_article END,
            first_url = CASE WHEN excluded.first_sort < events.first_sort THEN excluded.first_url ELSE events.first_url END,
            first_sort = least(events.first_sort, excluded.first_sort)
        """,
        "INSERT INTO event_sources SELECT event_id, source FROM stage_sources ORDER BY event_id, source ON CONFLICT DO NOTHING",
        """
        UPDATE events SET num_sources = c.n
        FROM (SELECT s.event_id, count(*) AS n FROM event_sources s WHERE s.event_id IN (SELECT event_id FROM stage_sources) GROUP BY s.event_id) c
        WHERE events.id = c.event_id
        """,
        "INSERT INTO mentions SELECT * FROM stage_mentions",
        "DELETE FROM stage_events",
        "DELETE FROM stage_sources",
        "DELETE FROM stage_mentions",
    ];

    public const string EventColumns = "id, source_code, source_name, target_code, target_name, cameo, cameo_name, root, quad_class, goldstein, plover_type, plover_mode, plover_context, event_date, date_precision, place_name, place_country, lat, lon, num_mentions, num_articles, num_sources, confidence, first_article, first_url";

    public static string Render(string ddl, string text, string temp) => ddl.Replace("{text}", text, StringComparison.Ordinal).Replace("{temp}", temp, StringComparison.Ordinal);
}
