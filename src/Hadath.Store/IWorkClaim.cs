using Hadath.Store.Model;

namespace Hadath.Store;

/// <summary>A batch claimed from an <see cref="IWorkQueue"/>. Disposing it without completing hands the batch back.</summary>
public interface IWorkClaim : IDisposable
{
    IReadOnlyList<Hadath.Coding.Model.Article> Articles { get; }

    /// <summary>
    /// Stores the coded batch and marks it done, atomically. Returns false when the write hit a
    /// conflict with another worker (deadlock, serialisation): nothing was stored and the batch
    /// goes back to the queue.
    /// </summary>
    bool Complete(IReadOnlyList<CodedArticle> coded);
}
