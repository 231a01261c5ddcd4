using Hadath.Coding;
using Hadath.Store;
using Hadath.Store.Search;

namespace Hadath.Server;

/// <summary>
/// The one store connection of the process, and the search index beside it. A store connection
/// is not safe to share between threads (DuckDB's and Npgsql's are not), so requests take turns
/// through one gate; the queries behind the dashboard take milliseconds, so turns are short.
/// Ingest holds the gate for its whole run, which keeps readers from seeing a batch half-merged.
/// </summary>
public sealed class StoreAccess : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HadathEngine _engine;
    private readonly IEventStore _store;
    private SearchIndex? _search;

    public StoreAccess(ServerSettings settings, HadathEngine engine)
    {
        _engine = engine;
        // Readers open DuckDB read-only, so other processes may read the same file; a server that
        // ingests needs the write lock, and so does one asked to serve a store that does not exist yet.
        var mode = settings.IngestEnabled || !Exists(settings) ? StoreMode.Write : StoreMode.Read;
        _store = StoreFactory.Open(settings.Db, mode, settings.WorkingDirectory);
    }

    /// <summary>Where the store lives, safe to print.</summary>
    public string Location => _store.Location;

    /// <summary>The store's name for a page anyone may read: a file's name without its folders, or the redacted server address.</summary>
    public string DisplayName => File.Exists(_store.Location) ? Path.GetFileName(_store.Location) : _store.Location;

    /// <summary>Runs a query with the store to itself; <paramref name="query"/> must materialise its result.</summary>
    public async Task<T> ReadAsync<T>(Func<IEventStore, T> query, CancellationToken cancellation)
    {
        await _gate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            return query(_store);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Searches the article index, building it from the store the first time (as <c>hadath search</c> does).</summary>
    public async Task<T> SearchAsync<T>(Func<SearchIndex, IEventStore, T> search, CancellationToken cancellation)
    {
        await _gate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            if (_search is null)
            {
                if (!SearchIndex.Exists(_store.IndexDirectory))
                {
                    SearchIndex.Rebuild(_store, _store.IndexDirectory, _engine.Analyzer);
                }

                _search = SearchIndex.Open(_store.IndexDirectory, _engine.Analyzer);
            }

            return search(_search, _store);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs a write (an ingest) alone; afterwards the search index is reopened so that it sees the new articles.</summary>
    public async Task<T> WriteAsync<T>(Func<IEventStore, Task<T>> write, CancellationToken cancellation)
    {
        await _gate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            _search?.Dispose();
            _search = null;
            return await write(_store).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static bool Exists(ServerSettings settings)
    {
        if (StoreFactory.IsPostgres(settings.Db))
        {
            return true;
        }

        var path = Path.IsPathRooted(settings.Db) ? settings.Db : Path.Combine(settings.WorkingDirectory, settings.Db);
        return File.Exists(path);
    }

    public void Dispose()
    {
        _search?.Dispose();
        _store.Dispose();
        _gate.Dispose();
    }
}
