using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Errors;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// The embedded event store (tables of <c>Migrations/0001_events.sql</c>). Each import session is one write
/// transaction; WAL mode lets readers keep reading committed data meanwhile.
/// </summary>
/// <remarks>
/// By default every session opens its own connection and <see cref="SqliteEventWriter"/>, whose id caches start
/// empty. With <see cref="KeepWriterWarm"/>, one writer is kept between sessions (a long-lived process taking many
/// small batches, like the API): its caches and page cache stay warm, so a batch naming known accounts and
/// identifiers costs no lookups. Sessions then take turns on that writer (SQLite has one writer anyway), and the
/// store must be disposed to close it.
/// </remarks>
public sealed class SqliteEventStore : IEventStore, IDisposable
{
    private static readonly TimeSpan WriterWait = TimeSpan.FromSeconds(30);

    private readonly SqliteConnectionFactory _factory;
    private readonly SemaphoreSlim _writerTurn = new(1, 1);
    private SqliteEventWriter? _warmWriter;
    private bool _disposed;

    public SqliteEventStore(SqliteConnectionFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factory = factory;
    }

    /// <summary>
    /// Account ids, and identifier ids (all kinds together), cached per writer before a cache is cleared:
    /// bounds memory on huge imports (about 100 bytes an entry).
    /// </summary>
    public int MaxCachedIds { get; init; } = 1_000_000;

    /// <summary>Keep one writer, with its caches, open between sessions (see remarks). Off by default.</summary>
    public bool KeepWriterWarm { get; init; }

    /// <summary>
    /// Write an import into an empty store through a rollback journal instead of the WAL, so its pages are written
    /// once, not twice (see <c>RollbackJournalSwitch.cs</c>). Only for a process that is the store's sole user
    /// while it imports (the command line): the switch is skipped while any other connection has the file open, but
    /// a connection opened to the file during such an import waits for its commit (up to the busy timeout). Off by default.
    /// </summary>
    public bool BulkLoadWithRollbackJournal { get; init; }

    /// <exception cref="StoreBusyException">The file stayed locked by another connection past the busy timeout.</exception>
    public IEventWriteSession BeginImport() => SqliteErrors.Translate(BeginImportCore);

    private SqliteEventWriteSession BeginImportCore()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!KeepWriterWarm)
        {
            var writer = OpenWriter();
            try
            {
                // Read from a snapshot before the write lock is taken: a writer waiting on this one (the API's) then
                // waits for the keys appended in between, not for all of them (seconds on a store of 20M events).
                writer.LoadKeys();
            }
            catch
            {
                writer.Dispose();
                throw;
            }

            return Begin(writer, w => w.Dispose());
        }

        return Begin(TakeWarmWriter(), _ => _writerTurn.Release());
    }

    /// <summary>
    /// With <see cref="KeepWriterWarm"/>: opens the writer now and loads every stored event key into it, so that the
    /// first import session does not wait for them (a session asked for meanwhile waits its turn).
    /// </summary>
    /// <returns>The number of stored event keys loaded.</returns>
    public long WarmUp()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!KeepWriterWarm)
        {
            throw new InvalidOperationException("Only a store that keeps its writer warm can warm it up.");
        }

        var writer = TakeWarmWriter();
        try
        {
            return writer.LoadKeys();
        }
        finally
        {
            _writerTurn.Release();
        }
    }

    public long CountEvents()
    {
        using var connection = _factory.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM event_keys";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        // Waits for a session in progress; a session that never ends would keep the writer open.
        var turn = _writerTurn.Wait(WriterWait);
        _disposed = true;
        _warmWriter?.Dispose();
        _warmWriter = null;
        if (turn)
        {
            _writerTurn.Release();
        }
    }

    private static SqliteEventWriteSession Begin(SqliteEventWriter writer, Action<SqliteEventWriter> release)
    {
        try
        {
            writer.Begin();
        }
        catch
        {
            release(writer);
            throw;
        }

        return new SqliteEventWriteSession(writer, release);
    }

    /// <summary>Waits for the writer's turn and returns the warm writer (opened on first use); the caller releases the turn.</summary>
    private SqliteEventWriter TakeWarmWriter()
    {
        if (!_writerTurn.Wait(WriterWait))
        {
            throw new TimeoutException($"Another import session kept this store's writer for over {WriterWait.TotalSeconds:F0} s.");
        }

        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _warmWriter ??= OpenWriter();
        }
        catch
        {
            _writerTurn.Release();
            throw;
        }
    }

    private SqliteEventWriter OpenWriter()
    {
        var connection = _factory.Open();
        try
        {
            return new SqliteEventWriter(connection, MaxCachedIds, BulkLoadWithRollbackJournal);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
