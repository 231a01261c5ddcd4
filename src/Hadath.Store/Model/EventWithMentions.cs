namespace Hadath.Store.Model;

/// <summary>An event and every mention of it, for exports that carry the evidence.</summary>
public sealed record EventWithMentions(StoredEvent Event, IReadOnlyList<StoredMention> Mentions);
