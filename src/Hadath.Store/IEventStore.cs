using Hadath.Store.Model;

namespace Hadath.Store;

/// <summary>
/// Where coded events live: articles, events deduplicated across articles on (source, target,
/// CAMEO code, date, place), and every mention with its evidence. Two implementations share this
/// contract: an embedded DuckDB file (the default) and PostgreSQL (for several workers).
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>The file or server the store lives in, safe to print (no password).</summary>
    string Location { get; }

    /// <summary>The folder of the Lucene index that serves <c>hadath search</c> for this store.</summary>
    string IndexDirectory { get; }

    /// <summary>Which of <paramref name="keys"/> are already stored, so a rerun skips them before coding.</summary>
    IReadOnlySet<string> ExistingArticleKeys(IReadOnlyCollection<string> keys);

    /// <summary>
    /// Writes a batch in one transaction: either every new article of the batch with all its
    /// events and mentions is stored, or nothing is. Articles already stored are skipped, so
    /// writing the same batch twice changes nothing. Returns how many articles were new.
    /// </summary>
    int Write(IReadOnlyList<CodedArticle> batch);

    StoreCounts Counts();

    /// <summary>
    /// A digest of every table's content in a canonical order: two stores with the same digest
    /// hold the same data, whatever order it was written in.
    /// </summary>
    string Digest();

    /// <summary>Events matching <paramref name="filter"/>, by date then id; <paramref name="limit"/> ≤ 0 means all.</summary>
    IEnumerable<StoredEvent> Query(EventFilter filter, int limit);

    /// <summary>Like <see cref="Query"/>, each event with all of its mentions (streamed).</summary>
    IEnumerable<EventWithMentions> QueryWithMentions(EventFilter filter, int limit);

    /// <summary>One page of <see cref="Query"/>: <paramref name="limit"/> events after skipping <paramref name="offset"/>, in the same order.</summary>
    IReadOnlyList<StoredEvent> Page(EventFilter filter, int offset, int limit);

    /// <summary>How many events match <paramref name="filter"/>.</summary>
    long Count(EventFilter filter);

    /// <summary>Events matching <paramref name="filter"/> per country of their place (events with no place are not counted).</summary>
    IReadOnlyList<CountryRow> Countries(EventFilter filter);

    /// <summary>
    /// The article with content key <paramref name="keyOrId"/>, or else the first (by key) with that
    /// id; null when there is none. Ids need not be unique (a corrected article keeps its id), keys are.
    /// </summary>
    StoredArticle? FindArticle(string keyOrId);

    /// <summary>The events one article reported, each with only that article's mentions (offsets into its fields), in text order.</summary>
    IReadOnlyList<EventWithMentions> ArticleEvents(string articleKey);

    IReadOnlyList<TimelineRow> Timeline(EventFilter filter, TimeBucket bucket);

    IReadOnlyList<DyadRow> Dyads(EventFilter filter, int limit);

    IReadOnlyList<ActorRow> Actors(EventFilter filter, int limit);

    /// <summary>How many distinct events each of the given articles reported (absent when none).</summary>
    IReadOnlyDictionary<string, long> EventCounts(IReadOnlyCollection<string> articleKeys);

    /// <summary>The stored articles with the given keys (absent keys are left out), for search snippets.</summary>
    IReadOnlyDictionary<string, StoredArticle> ArticlesByKey(IReadOnlyCollection<string> keys);

    /// <summary>Every stored article, streamed, to rebuild the search index.</summary>
    IEnumerable<StoredArticle> Articles();
}
