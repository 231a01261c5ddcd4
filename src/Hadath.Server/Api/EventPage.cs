using Hadath.Store.Model;

namespace Hadath.Server.Api;

/// <summary>One page of stored events in date order, and how many match in all.</summary>
public sealed record EventPage(long Total, int Offset, int Limit, IReadOnlyList<StoredEvent> Events);
