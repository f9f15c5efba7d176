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
/// <item>account and identifier ids cached across transactions: rows of those tables are never deleted nor
/// renumbered, so a cached id stays right for as long as the writer lives, and a new batch that names known
/// accounts and identifiers costs no lookup. A cache is cleared when it reaches its cap, so memory stays bounded
/// however large the input (ids are then looked up again). A rolled-back transaction clears every cache: ids
/// handed out inside it no longer exist. With the default cap of 1M ids per cache, the caches stay under
/// ~250 MB, plus the 256 MiB page cache and the write buffers (sized for a 20M-event file, see the Buffers part);</item>
/// <item>observations aggregated in memory per (identifier, account) and flushed in key order every
/// <see cref="ObservationBufferSize"/> distinct pairs and at commit, as upserts (INSERT … ON CONFLICT DO
/// UPDATE): repeats cost no statement, and key order turns random B-tree inserts into sequential ones;</item>
/// <item>prompt rows buffered likewise and appended in arrival order (the table has no secondary index; detection
/// orders prompts in memory, ties by row id, i.e. by arrival);</item>
/// <item>a prompt's sketch stored once per exact-prompt identifier, when its id is first resolved;</item>
/// <item>idempotency checked in memory against every stored event key (the Keys part), the keys appended to their
/// table in arrival order.</item>
/// </list>
/// Not thread-safe: one caller at a time.
/// </summary>
internal sealed partial class SqliteEventWriter : IDisposable
{
    // A larger page cache for the writer's connection: B-tree inserts stay in memory longer.
    private const int ImportCacheKiB = 256 * 1024;

    // WAL pages before a commit checkpoints (SQLite's default is 1000). Small batches (API requests) dirty the same
    // B-tree pages again and again; checkpointing every 64 MiB instead of every 4 MiB copies such a page into the
    // database once per many commits instead of after each one.
    private const int AutoCheckpointPages = 16_384;

    private readonly SqliteConnection _connection;
    private readonly SqliteStatement[] _statements;
    private readonly SqliteStatement _selectAccount;
    private readonly SqliteStatement _updateFirstSeen;
    private readonly SqliteStatement _updateAttributes;
    private readonly SqliteStatement _selectIdentifier;
    private readonly SqliteStatement _hasAnyEvent;
    private readonly SqliteStatement _maxAccountId;
    private readonly SqliteStatement _maxIdentifierId;
    private readonly SqliteStatement _maxKeyRow;
    private readonly SqliteStatement _selectKeysAfter;
    private readonly SqliteBulkInsert[] _bulkInserts;
    private readonly SqliteBulkInsert _insertAccounts;
    private readonly SqliteBulkInsert _insertIdentifiers;
    private readonly SqliteBulkInsert _insertSketches;
    private readonly SqliteBulkInsert _insertKeys;
    private readonly SqliteBulkInsert _upsertObservations;
    private readonly SqliteBulkInsert _insertPrompts;
    private SqliteTransaction? _transaction;
    private readonly bool _bulkLoadWithRollbackJournal;
    private bool _disposed;

    /// <param name="connection">An open connection, owned by the writer from now on.</param>
    /// <param name="maxCachedIds">Cap of the account cache and of the identifier cache (all kinds together).</param>
    /// <param name="bulkLoadWithRollbackJournal">Write a first import into an empty store through a rollback journal (see the Journal part).</param>
    public SqliteEventWriter(SqliteConnection connection, int maxCachedIds, bool bulkLoadWithRollbackJournal = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCachedIds, 1);
        _connection = connection;
        _bulkLoadWithRollbackJournal = bulkLoadWithRollbackJournal;
        _maxCachedIds = maxCachedIds;
        _identifiers = new Dictionary<string, int>[Enum.GetValues<IdentifierKind>().Max(k => (int)k) + 1];
        for (var i = 0; i < _identifiers.Length; i++)
        {
            _identifiers[i] = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        using (var pragma = connection.CreateCommand())
        {
            // temp_store=MEMORY: multi-row statements keep a statement journal (to undo a half-applied statement);
            // on disk it costs a write() per page touched.
            // threads=1: the sort that rebuilds a dropped index may use one helper thread.
            pragma.CommandText = $"PRAGMA cache_size=-{ImportCacheKiB}; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint={AutoCheckpointPages}; PRAGMA threads=1";
            pragma.ExecuteNonQuery();
        }

        _statements =
        [
            _selectAccount = new(connection, "SELECT id, first_seen FROM accounts WHERE external_id = ?1"),
            _updateFirstSeen = new(connection, "UPDATE accounts SET first_seen = ?2 WHERE id = ?1 AND first_seen > ?2"),
            _updateAttributes = new(connection,
                """
                UPDATE accounts SET
                    created_at = CASE WHEN created_at IS NULL OR created_at > ?2 THEN ?2 ELSE created_at END,
                    email_domain = coalesce(?3, email_domain),
                    country = coalesce(?4, country),
                    org = coalesce(?5, org)
                WHERE id = ?1
                """),
            _selectIdentifier = new(connection, "SELECT id FROM identifiers WHERE kind = ?1 AND value = ?2"),
            _hasAnyEvent = new(connection, "SELECT EXISTS (SELECT 1 FROM event_keys)"),
            _maxAccountId = new(connection, "SELECT coalesce(max(id), 0) FROM accounts"),
            _maxIdentifierId = new(connection, "SELECT coalesce(max(id), 0) FROM identifiers"),
            _maxKeyRow = new(connection, "SELECT coalesce(max(rowid), 0) FROM event_keys"),
            _selectKeysAfter = new(connection, "SELECT key_hash FROM event_keys WHERE rowid > ?1"),
        ];
        _bulkInserts =
        [
            _insertAccounts = new(connection, "INSERT INTO accounts (id, external_id, created_at, first_seen, email_domain, country, org) VALUES", 7),
            _insertIdentifiers = new(connection, "INSERT INTO identifiers (id, kind, value) VALUES", 3),
            _insertSketches = new(connection, "INSERT INTO prompt_sketches (identifier_id, sketch) VALUES", 2, "ON CONFLICT DO NOTHING"),
            _insertKeys = new(connection, "INSERT INTO event_keys (key_hash) VALUES", 1),
            _upsertObservations = new(connection,
            "INSERT INTO observations (identifier_id, account_id, first_seen, last_seen, count) VALUES",
            5,
            """
            ON CONFLICT (identifier_id, account_id) DO UPDATE SET
                first_seen = min(first_seen, excluded.first_seen),
                last_seen = max(last_seen, excluded.last_seen),
                count = count + excluded.count
            """),
            _insertPrompts = new(connection, "INSERT INTO prompts (account_id, at, exact_identifier_id) VALUES", 3),
        ];
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
            EnterRollbackJournalIfEmpty();
            _transaction = _connection.BeginTransaction();
            SyncKeys();
            SyncIds();
            DropIndexesIfEmpty();
        }
        catch
        {
            Rollback();
            throw;
        }
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
        var account = ResolveAccount(normalizedEvent.Account, at);
        if (!AddKey(normalizedEvent.KeyHash))
        {
            return false;
        }

        if (at < account.FirstSeen)
        {
            LowerFirstSeen(normalizedEvent.Account, account, at);
        }

        if (normalizedEvent.Type == EventType.Account)
        {
            SetAttributes(account, at, normalizedEvent.EmailDomain, normalizedEvent.Country, normalizedEvent.Org);
        }

        var identifiers = normalizedEvent.Identifiers;
        for (var i = 0; i < identifiers.Count; i++)
        {
            var identifier = identifiers[i];
            var prompt = identifier.Kind == IdentifierKind.PromptExact && normalizedEvent.Type == EventType.Prompt;
            var identifierId = ResolveIdentifier(identifier, prompt ? normalizedEvent.PromptSketch : null);
            Observe(identifierId, account.Id, at);
            if (prompt)
            {
                AddPrompt(account.Id, at, identifierId);
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
        RebuildDroppedIndexes();
        KeysWritten();
        _transaction.Commit();
        _transaction.Dispose();
        _transaction = null;
        LeaveRollbackJournal();
        IdsCommitted();
    }

    /// <summary>
    /// Discards the open transaction (if any) with everything buffered, and forgets every cached id: ids handed
    /// out inside the transaction are rolled back with it and may be given to other values later.
    /// </summary>
    public void Rollback()
    {
        var transaction = _transaction;
        _transaction = null;
        ClearBuffers();
        ForgetKeys();
        foreach (var bulkInsert in _bulkInserts)
        {
            bulkInsert.Discard();
        }

        _droppedIndexes.Clear();
        ClearCaches();
        transaction?.Dispose();
        LeaveRollbackJournal();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Rollback();
        foreach (var statement in _statements)
        {
            statement.Dispose();
        }

        foreach (var bulkInsert in _bulkInserts)
        {
            bulkInsert.Dispose();
        }

        // The pooled connection goes back with SQLite's defaults.
        using (var pragma = _connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA cache_size=-2000; PRAGMA temp_store=DEFAULT; PRAGMA wal_autocheckpoint=1000; PRAGMA threads=0";
            pragma.ExecuteNonQuery();
        }

        _connection.Dispose();
    }
}
