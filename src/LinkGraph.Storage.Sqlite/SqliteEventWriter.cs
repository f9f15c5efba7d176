using LinkGraph.Core.Events;
using LinkGraph.Core.Signals;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// Writes events into the tables of <c>Migrations/0001_events.sql</c>, one transaction at a time, on its own
/// connection; built for throughput:
/// <list type="bullet">
/// <item>statements compiled once and run through the C API (<see cref="SqliteStatement"/>); the bulk tables
/// (events, observations, prompts) written by multi-row statements (<see cref="SqliteBulkInsert"/>);</item>
/// <item>account and identifier ids cached across transactions (<see cref="IdResolver"/>). With the default cap of
/// 1M ids per cache, the caches stay under ~250 MB, plus the 256 MiB page cache and the write buffers (sized for a
/// 20M-event file);</item>
/// <item>observations aggregated in memory and flushed in key order (<see cref="ObservationBuffer"/>); prompt rows
/// buffered and appended in arrival order (<see cref="PromptBuffer"/>);</item>
/// <item>idempotency checked in memory against every stored event key, the keys appended to their table in arrival
/// order (<see cref="EventKeyLog"/>);</item>
/// <item>a first import into an empty table without its secondary indexes (<see cref="DroppedIndexes"/>) and, when
/// asked, through a rollback journal (<see cref="RollbackJournalSwitch"/>).</item>
/// </list>
/// Not thread-safe: one caller at a time.
/// </summary>
internal sealed class SqliteEventWriter : IDisposable
{
    // A larger page cache for the writer's connection: B-tree inserts stay in memory longer.
    private const int ImportCacheKiB = 256 * 1024;

    // WAL pages before a commit checkpoints (SQLite's default is 1000). Small batches (API requests) dirty the same
    // B-tree pages again and again; checkpointing every 64 MiB instead of every 4 MiB copies such a page into the
    // database once per many commits instead of after each one.
    private const int AutoCheckpointPages = 16_384;

    private readonly SqliteConnection _connection;
    private readonly IdResolver _ids;
    private readonly EventKeyLog _keys;
    private readonly ObservationBuffer _observations;
    private readonly PromptBuffer _prompts;
    private readonly DroppedIndexes _indexes;
    private readonly RollbackJournalSwitch _journal;
    private SqliteTransaction? _transaction;
    private bool _disposed;

    /// <param name="connection">An open connection, owned by the writer from now on.</param>
    /// <param name="maxCachedIds">Cap of the account cache and of the identifier cache (all kinds together).</param>
    /// <param name="bulkLoadWithRollbackJournal">Write a first import into an empty store through a rollback journal (see <see cref="RollbackJournalSwitch"/>).</param>
    public SqliteEventWriter(SqliteConnection connection, int maxCachedIds, bool bulkLoadWithRollbackJournal = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCachedIds, 1);
        _connection = connection;
        using (var pragma = connection.CreateCommand())
        {
            // temp_store=MEMORY: multi-row statements keep a statement journal (to undo a half-applied statement);
            // on disk it costs a write() per page touched.
            // threads=1: the sort that rebuilds a dropped index may use one helper thread.
            pragma.CommandText = $"PRAGMA cache_size=-{ImportCacheKiB}; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint={AutoCheckpointPages}; PRAGMA threads=1";
            pragma.ExecuteNonQuery();
        }

        _ids = new IdResolver(connection, maxCachedIds);
        _keys = new EventKeyLog(connection);
        _observations = new ObservationBuffer(connection);
        _prompts = new PromptBuffer(connection);
        _indexes = new DroppedIndexes(connection);
        _journal = new RollbackJournalSwitch(connection, bulkLoadWithRollbackJournal);
    }

    /// <summary>Starts a write transaction (BEGIN IMMEDIATE: the write lock is taken now, not at the first insert).</summary>
    public void Begin()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_transaction is not null)
        {
            throw new InvalidOperationException("A transaction is already open on this writer.");
        }

        try
        {
            _journal.EnterIfEmpty(keysKnown: _keys.Count > 0);
            _transaction = _connection.BeginTransaction();
            _keys.Sync();
            _ids.Sync();
            _indexes.DropIfEmpty(_transaction);
        }
        catch
        {
            Rollback();
            throw;
        }
    }

    /// <summary>
    /// Loads the stored keys ahead of the first transaction (a store of 20M events takes seconds), from a read snapshot:
    /// rows appended later get higher row ids (writers take turns, and a transaction's rows are numbered after
    /// everything committed before it began), so the <see cref="Begin"/> that follows reads exactly the rest.
    /// </summary>
    /// <returns>The number of keys the writer holds.</returns>
    public long LoadKeys()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_transaction is not null)
        {
            throw new InvalidOperationException("Keys are loaded between transactions, not during one.");
        }

        using (_connection.BeginTransaction(deferred: true))
        {
            _keys.Sync();
        }

        return _keys.Count;
    }

    /// <summary>Adds one event to the open transaction; false if its key is already stored.</summary>
    public bool Add(NormalizedEvent normalizedEvent)
    {
        ArgumentNullException.ThrowIfNull(normalizedEvent);
        if (_transaction is null)
        {
            throw new InvalidOperationException("No transaction is open on this writer.");
        }

        var at = UnixTime.ToMilliseconds(normalizedEvent.At);
        var account = _ids.ResolveAccount(normalizedEvent.Account, at);
        if (!_keys.Add(normalizedEvent.KeyHash))
        {
            return false;
        }

        if (at < account.FirstSeen)
        {
            _ids.LowerFirstSeen(normalizedEvent.Account, account, at);
        }

        if (normalizedEvent.Type == EventType.Account)
        {
            _ids.SetAttributes(account, at, normalizedEvent.EmailDomain, normalizedEvent.Country, normalizedEvent.Org);
        }

        var identifiers = normalizedEvent.Identifiers;
        for (var i = 0; i < identifiers.Count; i++)
        {
            var identifier = identifiers[i];
            var prompt = identifier.Kind == IdentifierKind.PromptExact && normalizedEvent.Type == EventType.Prompt;
            var identifierId = _ids.ResolveIdentifier(identifier, prompt ? normalizedEvent.PromptSketch : null);
            _observations.Observe(identifierId, account.Id, at);
            if (prompt)
            {
                _prompts.Add(account.Id, at, identifierId);
            }
        }

        return true;
    }

    /// <summary>Writes what is buffered and commits the open transaction.</summary>
    public void Commit()
    {
        if (_transaction is null)
        {
            throw new InvalidOperationException("No transaction is open on this writer.");
        }

        FlushAll();
        _indexes.Rebuild(_transaction);
        _keys.Written();
        _transaction.Commit();
        _transaction.Dispose();
        _transaction = null;
        _journal.Leave();
        _ids.Committed();
    }

    /// <summary>
    /// Discards the open transaction (if any) with everything buffered, and forgets every cached id: ids handed
    /// out inside the transaction are rolled back with it and may be given to other values later.
    /// </summary>
    public void Rollback()
    {
        var transaction = _transaction;
        _transaction = null;
        _observations.Discard();
        _prompts.Discard();
        _keys.Forget();
        _indexes.Forget();
        _ids.Discard();
        transaction?.Dispose();
        _journal.Leave();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Rollback();
        _ids.Dispose();
        _keys.Dispose();
        _observations.Dispose();
        _prompts.Dispose();
        _journal.Dispose();

        // The pooled connection goes back with SQLite's defaults.
        using (var pragma = _connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA cache_size=-2000; PRAGMA temp_store=DEFAULT; PRAGMA wal_autocheckpoint=1000; PRAGMA threads=0";
            pragma.ExecuteNonQuery();
        }

        _connection.Dispose();
    }

    /// <summary>
    /// Writes every buffer at commit. The observations are sorted by a task while this thread writes the new accounts,
    /// identifiers, prompts and keys (nothing else touches that buffer meanwhile): on two cores the sort overlaps with
    /// the writing.
    /// </summary>
    private void FlushAll()
    {
        var observations = Task.Run(_observations.Sort);
        try
        {
            _ids.FlushNew();
            _prompts.Write();
            _keys.WriteNew();
            _observations.Write(observations.Result);
        }
        finally
        {
            // Never leave a worker touching the buffer behind a failed write. A failed sort has already surfaced
            // through Result above (or no longer matters once a write has failed), so it is not rethrown here.
            ((IAsyncResult)observations).AsyncWaitHandle.WaitOne();
        }
    }
}
