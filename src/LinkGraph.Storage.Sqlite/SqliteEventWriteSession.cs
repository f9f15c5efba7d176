using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Events;
using LinkGraph.Core.Hashing;
using LinkGraph.Core.Signals;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// One import transaction, built for throughput:
/// <list type="bullet">
/// <item>statements compiled once and run through the C API (<see cref="SqliteStatement"/>);</item>
/// <item>account and identifier ids cached for the session; a cache is cleared when it reaches its cap, so
/// memory stays bounded however large the input (ids are then looked up again). With the default cap of 1M
/// ids per cache, the caches stay under ~250 MB, plus the 256 MiB page cache, the observation and prompt
/// buffers (~20 MB) and the pending event keys (~50 MB);</item>
/// <item>observations aggregated in memory per (identifier, account) and flushed in key order every
/// <see cref="ObservationBufferSize"/> distinct pairs and at commit, as upserts (INSERT … ON CONFLICT DO
/// UPDATE): repeats cost no statement, and key order turns random B-tree inserts into sequential ones;</item>
/// <item>prompt rows buffered likewise and inserted sorted by (account, time, arrival), so the
/// ix_prompts_account_at inserts walk the index in order; ids still follow arrival within an (account, time)
/// pair, which is all <see cref="SqliteDetectionSource.ReadPrompts"/> orders by;</item>
/// <item>a prompt's sketch stored once per exact-prompt identifier, when its id is first resolved.</item>
/// </list>
/// Idempotency is checked per event by the 64-bit hash of the event key (see Migrations/0001_events.sql for
/// the collision risk): first against the keys added by this session and not yet written (a hash set of at
/// most <see cref="KeyBufferSize"/> entries, written sorted when full and at commit), then, only if the table
/// held keys before, by a primary-key lookup. A first import of a file thus never probes the table, and the
/// table's random-order inserts become sequential ones.
/// </summary>
internal sealed class SqliteEventWriteSession : IEventWriteSession
{
    private const int ObservationBufferSize = 250_000;
    private const int PromptBufferSize = 250_000;
    private const int KeyBufferSize = 1 << 21;

    // A larger page cache for the session's connection: B-tree inserts stay in memory longer.
    private const int ImportCacheKiB = 256 * 1024;
    private const int DefaultCacheKiB = 2000;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly int _maxCachedIds;
    private readonly Dictionary<string, AccountEntry> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>[] _identifiers;
    private readonly Dictionary<long, ObservationDelta> _observations = new();
    private readonly HashSet<long> _pendingKeys = [];
    // Grown on demand: a small API batch should not pay for the full buffer.
    private PendingPrompt[] _prompts = new PendingPrompt[1024];
    private readonly SqliteStatement[] _statements;
    private readonly SqliteStatement _insertEvent;
    private readonly SqliteStatement _selectEvent;
    private readonly SqliteStatement _insertAccount;
    private readonly SqliteStatement _selectAccount;
    private readonly SqliteStatement _updateFirstSeen;
    private readonly SqliteStatement _updateAttributes;
    private readonly SqliteStatement _insertIdentifier;
    private readonly SqliteStatement _selectIdentifier;
    private readonly SqliteStatement _upsertObservation;
    private readonly SqliteStatement _insertPrompt;
    private readonly SqliteStatement _insertSketch;
    private int _pendingPrompts;
    private bool _tableHasKeys;
    private int _cachedIdentifiers;
    private bool _done;

    public SqliteEventWriteSession(SqliteConnection connection, int maxCachedIds)
    {
        _connection = connection;
        _maxCachedIds = maxCachedIds;
        _identifiers = new Dictionary<string, int>[Enum.GetValues<IdentifierKind>().Max(k => (int)k) + 1];
        for (var i = 0; i < _identifiers.Length; i++)
        {
            _identifiers[i] = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        ExecutePragma($"PRAGMA cache_size=-{ImportCacheKiB}");
        _transaction = connection.BeginTransaction();
        _statements =
        [
            _insertEvent = new(connection, "INSERT INTO events (key_hash) VALUES (?1) ON CONFLICT DO NOTHING"),
            _selectEvent = new(connection, "SELECT 1 FROM events WHERE key_hash = ?1"),
            _insertAccount = new(connection, "INSERT INTO accounts (external_id, first_seen) VALUES (?1, ?2) ON CONFLICT DO NOTHING RETURNING id"),
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
            _insertIdentifier = new(connection, "INSERT INTO identifiers (kind, value) VALUES (?1, ?2) ON CONFLICT DO NOTHING RETURNING id"),
            _selectIdentifier = new(connection, "SELECT id FROM identifiers WHERE kind = ?1 AND value = ?2"),
            _upsertObservation = new(connection,
                """
                INSERT INTO observations (identifier_id, account_id, first_seen, last_seen, count) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (identifier_id, account_id) DO UPDATE SET
                    first_seen = min(first_seen, excluded.first_seen),
                    last_seen = max(last_seen, excluded.last_seen),
                    count = count + excluded.count
                """),
            _insertPrompt = new(connection, "INSERT INTO prompts (account_id, at, exact_identifier_id) VALUES (?1, ?2, ?3)"),
            _insertSketch = new(connection, "INSERT INTO prompt_sketches (identifier_id, sketch) VALUES (?1, ?2) ON CONFLICT DO NOTHING"),
        ];
        _tableHasKeys = HasAnyEvent();
    }

    public bool Add(NormalizedEvent normalizedEvent)
    {
        ArgumentNullException.ThrowIfNull(normalizedEvent);
        ObjectDisposedException.ThrowIf(_done, this);
        var at = UnixTime.ToMilliseconds(normalizedEvent.At);
        var account = ResolveAccount(normalizedEvent.Account, at);
        if (!AddKey(unchecked((long)XxHash64.Hash(normalizedEvent.EventKey))))
        {
            return false;
        }

        if (at < account.FirstSeen)
        {
            _updateFirstSeen.Bind(1, account.Id);
            _updateFirstSeen.Bind(2, at);
            _updateFirstSeen.Execute();
            _accounts[normalizedEvent.Account] = account with { FirstSeen = at };
        }

        if (normalizedEvent.Type == EventType.Account)
        {
            _updateAttributes.Bind(1, account.Id);
            _updateAttributes.Bind(2, at);
            _updateAttributes.Bind(3, normalizedEvent.EmailDomain);
            _updateAttributes.Bind(4, normalizedEvent.Country);
            _updateAttributes.Bind(5, normalizedEvent.Org);
            _updateAttributes.Execute();
        }

        foreach (var identifier in normalizedEvent.Identifiers)
        {
            var prompt = identifier.Kind == IdentifierKind.PromptExact && normalizedEvent.Type == EventType.Prompt;
            var identifierId = ResolveIdentifier(identifier, prompt ? normalizedEvent.PromptSketch : null);
            Observe(identifierId, account.Id, at);
            if (prompt)
            {
                if (_pendingPrompts == _prompts.Length)
                {
                    Array.Resize(ref _prompts, Math.Min(_prompts.Length * 2, PromptBufferSize));
                }

                _prompts[_pendingPrompts] = new PendingPrompt(account.Id, at, identifierId, _pendingPrompts);
                if (++_pendingPrompts == PromptBufferSize)
                {
                    FlushPrompts();
                }
            }
        }

        return true;
    }

    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        FlushKeys();
        FlushObservations();
        FlushPrompts();
        _transaction.Commit();
        _done = true;
    }

    public void Dispose()
    {
        _done = true;
        foreach (var statement in _statements)
        {
            statement.Dispose();
        }

        _transaction.Dispose();
        ExecutePragma($"PRAGMA cache_size=-{DefaultCacheKiB}");
        _connection.Dispose();
    }

    private void Observe(int identifierId, int accountId, long at)
    {
        var key = ((long)identifierId << 32) | (uint)accountId;
        if (_observations.TryGetValue(key, out var delta))
        {
            _observations[key] = new ObservationDelta(Math.Min(delta.FirstSeen, at), Math.Max(delta.LastSeen, at), delta.Count + 1);
            return;
        }

        _observations[key] = new ObservationDelta(at, at, 1);
        if (_observations.Count >= ObservationBufferSize)
        {
            FlushObservations();
        }
    }

    private void FlushObservations()
    {
        var keys = _observations.Keys.ToArray();
        Array.Sort(keys);
        foreach (var key in keys)
        {
            var delta = _observations[key];
            _upsertObservation.Bind(1, key >> 32);
            _upsertObservation.Bind(2, (uint)key);
            _upsertObservation.Bind(3, delta.FirstSeen);
            _upsertObservation.Bind(4, delta.LastSeen);
            _upsertObservation.Bind(5, delta.Count);
            _upsertObservation.Execute();
        }

        _observations.Clear();
    }

    /// <summary>False if the key was already stored (by this session or an earlier one).</summary>
    private bool AddKey(long key)
    {
        if (_pendingKeys.Contains(key))
        {
            return false;
        }

        if (_tableHasKeys)
        {
            _selectEvent.Bind(1, key);
            var found = _selectEvent.Step();
            _selectEvent.Reset();
            if (found)
            {
                return false;
            }
        }

        _pendingKeys.Add(key);
        if (_pendingKeys.Count >= KeyBufferSize)
        {
            FlushKeys();
        }

        return true;
    }

    private void FlushKeys()
    {
        if (_pendingKeys.Count == 0)
        {
            return;
        }

        var keys = new long[_pendingKeys.Count];
        _pendingKeys.CopyTo(keys);
        Array.Sort(keys);
        foreach (var key in keys)
        {
            _insertEvent.Bind(1, key);
            _insertEvent.Execute();
        }

        _pendingKeys.Clear();
        _tableHasKeys = true;
    }

    private bool HasAnyEvent()
    {
        using var statement = new SqliteStatement(_connection, "SELECT EXISTS (SELECT 1 FROM events)");
        statement.Step();
        return statement.ColumnInt64(0) != 0;
    }

    private void FlushPrompts()
    {
        var pending = _prompts.AsSpan(0, _pendingPrompts);
        pending.Sort();
        foreach (var prompt in pending)
        {
            _insertPrompt.Bind(1, prompt.AccountId);
            _insertPrompt.Bind(2, prompt.At);
            _insertPrompt.Bind(3, prompt.IdentifierId);
            _insertPrompt.Execute();
        }

        _pendingPrompts = 0;
    }

    private AccountEntry ResolveAccount(string externalId, long at)
    {
        if (_accounts.TryGetValue(externalId, out var cached))
        {
            return cached;
        }

        AccountEntry entry;
        _insertAccount.Bind(1, externalId);
        _insertAccount.Bind(2, at);
        if (_insertAccount.Step())
        {
            entry = new AccountEntry((int)_insertAccount.ColumnInt64(0), at);
            _insertAccount.Reset();
        }
        else
        {
            _insertAccount.Reset();
            _selectAccount.Bind(1, externalId);
            _selectAccount.Step();
            entry = new AccountEntry((int)_selectAccount.ColumnInt64(0), _selectAccount.ColumnInt64(1));
            _selectAccount.Reset();
        }

        if (_accounts.Count >= _maxCachedIds)
        {
            _accounts.Clear();
        }

        _accounts[externalId] = entry;
        return entry;
    }

    /// <param name="sketch">The prompt's sketch, stored if the identifier was not cached (new, or known only to the database).</param>
    private int ResolveIdentifier(Identifier identifier, byte[]? sketch)
    {
        var cache = _identifiers[(int)identifier.Kind];
        if (cache.TryGetValue(identifier.Value, out var id))
        {
            return id;
        }

        _insertIdentifier.Bind(1, (long)identifier.Kind);
        _insertIdentifier.Bind(2, identifier.Value);
        if (_insertIdentifier.Step())
        {
            id = (int)_insertIdentifier.ColumnInt64(0);
            _insertIdentifier.Reset();
        }
        else
        {
            _insertIdentifier.Reset();
            _selectIdentifier.Bind(1, (long)identifier.Kind);
            _selectIdentifier.Bind(2, identifier.Value);
            _selectIdentifier.Step();
            id = (int)_selectIdentifier.ColumnInt64(0);
            _selectIdentifier.Reset();
        }

        if (sketch is not null)
        {
            _insertSketch.Bind(1, id);
            _insertSketch.Bind(2, sketch);
            _insertSketch.Execute();
        }

        // One cap across all kinds, so memory stays bounded whatever the mix of identifiers.
        if (++_cachedIdentifiers > _maxCachedIds)
        {
            foreach (var kindCache in _identifiers)
            {
                kindCache.Clear();
            }

            _cachedIdentifiers = 1;
        }

        cache[identifier.Value] = id;
        return id;
    }

    private void ExecutePragma(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private readonly record struct AccountEntry(int Id, long FirstSeen);

    private readonly record struct ObservationDelta(long FirstSeen, long LastSeen, int Count);

    /// <summary>A buffered prompt row; sorts by account, time, then arrival.</summary>
    private readonly record struct PendingPrompt(int AccountId, long At, int IdentifierId, int Arrival) : IComparable<PendingPrompt>
    {
        public int CompareTo(PendingPrompt other)
        {
            var order = AccountId.CompareTo(other.AccountId);
            if (order == 0)
            {
                order = At.CompareTo(other.At);
            }

            return order != 0 ? order : Arrival.CompareTo(other.Arrival);
        }
    }
}
