using Hadath.Store.Model;

namespace Hadath.Store.Ingest;

/// <summary>
/// The search index as ingest feeds it. Adding is idempotent (keyed by article key) and
/// thread-safe; <see cref="Commit"/> runs before each store transaction commits, so the index
/// always holds at least what the store holds and a resumed ingest simply re-adds the rest.
/// </summary>
public interface ISearchIndexWriter : IDisposable
{
    void Add(CodedArticle article);

    void Commit();
}
