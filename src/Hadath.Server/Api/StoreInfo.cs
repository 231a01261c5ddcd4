using Hadath.Store.Model;

namespace Hadath.Server.Api;

/// <summary>
/// What the dashboard needs before its first query: store size, whether ingest is open, and the
/// vocabularies of its filters (CAMEO roots, PLOVER types, QuadClasses).
/// </summary>
public sealed record StoreInfo(
    string Store,
    StoreCounts Counts,
    bool IngestEnabled,
    IReadOnlyList<CodeName> Roots,
    IReadOnlyList<CodeName> PloverTypes,
    IReadOnlyList<CodeName> QuadClasses);
