using Hadath.Coding.Model;

namespace Hadath.Store;

/// <summary>
/// A store that can share one input set among several ingest processes (PostgreSQL). Articles
/// are queued once, then claimed in batches; a claim holds its rows locked until it completes, so
/// if its process dies the database releases them and another worker codes them instead.
/// </summary>
public interface IWorkQueue
{
    /// <summary>
    /// Queues <paramref name="articles"/> unless the input with this fingerprint was already
    /// queued (by this or any other worker). Idempotent; returns how many articles were newly queued.
    /// </summary>
    long Enqueue(string inputFingerprint, IEnumerable<Article> articles);

    /// <summary>
    /// Claims up to <paramref name="max"/> queued articles. Null when no article is left undone;
    /// an empty claim when the rest are held by other live workers (try again shortly).
    /// </summary>
    IWorkClaim? Claim(int max);

    /// <summary>Articles queued and not yet stored.</summary>
    long Pending();
}
