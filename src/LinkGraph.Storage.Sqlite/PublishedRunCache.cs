using System.Collections.Concurrent;
using System.Text;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// What readers know of the latest succeeded run: a <see cref="PublishedRunView"/> (ring bodies and accounts' run
/// parts, filled on first read and dropped whole when a run is published) and the pooled prepared statements that fill it.
/// </summary>
internal sealed class PublishedRunCache
{
    private const int PooledReads = 16;

    private readonly ConcurrentBag<PreparedReads> _reads = [];
    private readonly Lock _viewLock = new();
    private readonly string _connectionString;
    private readonly long _publishedCheckMs;
    private PublishedRunView? _view;
    private long _viewGeneration;

    /// <param name="publishedCheckInterval">
    /// How long a request trusts that the run it read is still the latest without asking the database. A run
    /// published by this process switches readers at once (<see cref="Invalidate"/>); one published by another
    /// process on the same file is seen within this interval.
    /// </param>
    public PublishedRunCache(string connectionString, TimeSpan publishedCheckInterval)
    {
        _connectionString = connectionString;
        _publishedCheckMs = (long)publishedCheckInterval.TotalMilliseconds;
    }

    /// <summary>A ring of the latest succeeded run as UTF-8 docs/contract.md §2 JSON, or null; served from memory after the first read.</summary>
    public byte[]? GetRingUtf8(string ringId)
    {
        ArgumentNullException.ThrowIfNull(ringId);
        return WithReads(reads =>
        {
            var view = CurrentView(reads);
            if (view.TryGetRing(ringId, out var cached))
            {
                return cached;
            }

            var json = RingBody(reads, view, ringId);
            if (json is null && IsSuperseded(view))
            {
                // A publish landed while this was read; with one retained run the old run's rows may be gone already.
                view = CurrentView(reads);
                json = RingBody(reads, view, ringId);
            }

            if (json is null)
            {
                return null; // unknown ids are not remembered: they are unbounded
            }

            var body = Encoding.UTF8.GetBytes(json);
            view.AddRing(ringId, body);
            return body;
        });
    }

    private static string? RingBody(PreparedReads reads, PublishedRunView view, string ringId) =>
        view.RunId is null ? null : reads.RingBody(view.RunId, ringId);

    /// <summary>True once a publish has replaced (or invalidated) this view.</summary>
    public bool IsSuperseded(PublishedRunView view) => !ReferenceEquals(Volatile.Read(ref _view), view);

    /// <summary>
    /// The view of the latest succeeded run: the cached one while it was confirmed within
    /// the check interval, else after one indexed lookup of the latest run's id.
    /// </summary>
    public PublishedRunView CurrentView(PreparedReads reads)
    {
        var view = Volatile.Read(ref _view);
        var now = Environment.TickCount64;
        if (view is not null && now - view.CheckedAt < _publishedCheckMs)
        {
            return view;
        }

        var generation = Interlocked.Read(ref _viewGeneration);
        var runId = reads.LatestSucceededRunId();
        var fresh = view is not null && view.RunId == runId ? view : new PublishedRunView(runId);
        fresh.CheckedAt = now;
        lock (_viewLock)
        {
            // A publish in between (generation moved) may have made what was just read stale: leave the slot empty
            // so the next request reads again. This request still gets the run that was latest when it began.
            if (_viewGeneration == generation)
            {
                _view = fresh;
            }
        }

        return fresh;
    }

    /// <summary>Called after a publish commits: the next read asks the database which run is latest.</summary>
    public void Invalidate()
    {
        lock (_viewLock)
        {
            _viewGeneration++;
            _view = null;
        }
    }

    /// <summary>Runs <paramref name="read"/> on pooled prepared statements.</summary>
    public T WithReads<T>(Func<PreparedReads, T> read)
    {
        var reads = _reads.TryTake(out var pooled) ? pooled : new PreparedReads(_connectionString);
        try
        {
            var result = read(reads);
            if (_reads.Count < PooledReads)
            {
                _reads.Add(reads);
                reads = null;
            }

            return result;
        }
        finally
        {
            reads?.Dispose();
        }
    }
}
