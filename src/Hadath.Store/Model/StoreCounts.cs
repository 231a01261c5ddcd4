namespace Hadath.Store.Model;

/// <summary>Row counts of the store's tables, and total mentions as the events count them.</summary>
public sealed record StoreCounts(long Articles, long Events, long Mentions, long EventSources, long MentionsCounted);
