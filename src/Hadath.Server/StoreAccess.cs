using System.Threading.Channels;
using Hadath.Coding;
using Hadath.Store;
using Hadath.Store.Search;

namespace Hadath.Server;

/// <summary>
/// The store connections of the process, and the search index beside them. A connection is not
/// safe to share between threads (DuckDB's and Npgsql's are not), so each request borrows one
/// from a small pool: the dashboard's first load asks for five aggregates at once, and they run
/// side by side instead of queueing. DuckDB shares one database between the connections of a
/// process and gives each query a snapshot, so a read running beside an ingest sees every batch
/// whole or not at all. Writes (ingest) take one connection of their own, one at a time.
/// </summary>
public sealed class StoreAccess : IDisposable
{
    private readonly HadathEngine _engine;
    private readonly IEventStore _writer;
    private readonly List<IEventStore> _readers = [];
    private readonly Channel<IEventStore> _idle;
    private readonly SemaphoreSlim _write = new(1, 1);
    private readonly SemaphoreSlim _searchGate = new(1, 1);
    private SearchIndex? _search;

    public StoreAccess(ServerSettings settings, HadathEngine engine)
    {
        _engine = engine;
        // Readers open DuckDB read-only, so other processes may read the same file; a server that
        // ingests needs the write lock, and so does one asked to serve a store that does not exist yet.
        // Every connection uses the same mode: DuckDB shares its database only between identical settings.
        var mode = settings.IngestEnabled || !Exists(settings) ? StoreMode.Write : StoreMode.Read;
        _writer = StoreFactory.Open(settings.Db, mode, settings.WorkingDirectory);
        _idle = Channel.CreateUnbounded<IEventStore>();
        try
        {
            for (var i = 0; i < Math.Clamp(Environment.ProcessorCount, 2, 4); i++)
            {
                var reader = StoreFactory.Open(settings.Db, mode, settings.WorkingDirectory);
                _readers.Add(reader);
                _idle.Writer.TryWrite(reader);
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Where the store lives, safe to print.</summary>
    public string Location => _writer.Location;

    /// <summary>The store's name for a page anyone may read: a file's name without its folders, or the redacted server address.</summary>
    public string DisplayName => File.Exists(_writer.Location) ? Path.GetFileName(_writer.Location) : _writer.Location;

    /// <summary>Runs a query on a connection of its own; <paramref name="query"/> must materialise its result.</summary>
    public async Task<T> ReadAsync<T>(Func<IEventStore, T> query, CancellationToken cancellation)
    {
        var store = await _idle.Reader.ReadAsync(cancellation).ConfigureAwait(false);
        try
        {
            return query(store);
        }
        finally
        {
            _idle.Writer.TryWrite(store);
        }
    }

    /// <summary>Searches the article index, building it from the store the first time (as <c>hadath search</c> does).</summary>
    public async Task<T> SearchAsync<T>(Func<SearchIndex, IEventStore, T> search, CancellationToken cancellation)
    {
        await _searchGate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            return await ReadAsync(store =>
            {
                if (_search is null)
                {
                    if (!SearchIndex.Exists(store.IndexDirectory))
                    {
                        SearchIndex.Rebuild(store, store.IndexDirectory, _engine.Analyzer);
                    }

                    _search = SearchIndex.Open(store.IndexDirectory, _engine.Analyzer);
                }

                return search(_search, store);
            }, cancellation).ConfigureAwait(false);
        }
        finally
        {
            _searchGate.Release();
        }
    }

    /// <summary>Runs a write (an ingest) alone; afterwards the search index is reopened so that it sees the new articles.</summary>
    public async Task<T> WriteAsync<T>(Func<IEventStore, Task<T>> write, CancellationToken cancellation)
    {
        await _write.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            return await write(_writer).ConfigureAwait(false);
        }
        finally
        {
            _write.Release();
            await ReopenSearchAsync().ConfigureAwait(false);
        }
    }

    private async Task ReopenSearchAsync()
    {
        await _searchGate.WaitAsync().ConfigureAwait(false);
        try
        {
            _search?.Dispose();
            _search = null;
        }
        finally
        {
            _searchGate.Release();
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
        foreach (var reader in _readers)
        {
            reader.Dispose();
        }

        _writer.Dispose();
        _write.Dispose();
        _searchGate.Dispose();
    }
}
