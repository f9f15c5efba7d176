using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Events;
using LinkGraph.Core.Signals;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// One import transaction, built for throughput:
/// <list type="bullet">
/// <item>statements compiled once and run through the C API (<see cref="SqliteStatement"/>);</item>
/// <item>account and identifier ids cached for the session; a cache is cleared when it reaches its cap, so
/// memory stays bounded however large the input (ids are then looked up again). With the default cap of 1M
/// ids per cache, the caches stay under ~250 MB, plus the 256 MiB page cache and the observation buffer;</item>
/// <item>observations aggregated in memory per (identifier, account) and flushed in key order every
/// <see cref="ObservationBufferSize"/> distinct pairs and at commit, as upserts (INSERT … ON CONFLICT DO
/// UPDATE): repeats cost no statement, and key order turns random B-tree inserts into sequential ones.</item>
/// </list>
/// Idempotency is checked per event against the events table (the same transaction sees its own rows).
/// </summary>
internal sealed class SqliteEventWriteSession : IEventWriteSession
{
    private const int ObservationBufferSize = 250_000;

    // A larger page cache for the session's connection: B-tree inserts stay in memory longer.
    private const int ImportCacheKiB = 256 * 1024;
    private const int DefaultCacheKiB = 2000;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly int _maxCachedIds;
    private readonly Dictionary<string, AccountEntry> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>[] _identifiers;
    private readonly Dictionary<long, ObservationDelta> _observations = new();
    private readonly SqliteStatement[] _statements;
    private readonly SqliteStatement _insertEvent;
    private readonly SqliteStatement _insertAccount;
    private readonly SqliteStatement _selectAccount;
    private readonly SqliteStatement _updateFirstSeen;
    private readonly SqliteStatement _updateAttributes;
    private readonly SqliteStatement _insertIdentifier;
    private readonly SqliteStatement _selectIdentifier;
    private readonly SqliteStatement _upsertObservation;
    private readonly SqliteStatement _insertPrompt;
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
            _insertEvent = new(connection, "INSERT INTO events (event_key, type, account_id, at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING"),
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
            _insertPrompt = new(connection, "INSERT INTO prompts (account_id, at, exact_identifier_id, sketch) VALUES (?1, ?2, ?3, ?4)"),
        ];
    }

    public bool Add(NormalizedEvent normalizedEvent)
    {
        ArgumentNullException.ThrowIfNull(normalizedEvent);
        ObjectDisposedException.ThrowIf(_done, this);
        var at = UnixTime.ToMilliseconds(normalizedEvent.At);
        var account = ResolveAccount(normalizedEvent.Account, at);
        _insertEvent.Bind(1, normalizedEvent.EventKey);
        _insertEvent.Bind(2, (long)normalizedEvent.Type);
        _insertEvent.Bind(3, account.Id);
        _insertEvent.Bind(4, at);
        if (_insertEvent.Execute() == 0)
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
            var identifierId = ResolveIdentifier(identifier);
            Observe(identifierId, account.Id, at);
            if (identifier.Kind == IdentifierKind.PromptExact && normalizedEvent.Type == EventType.Prompt)
            {
                _insertPrompt.Bind(1, account.Id);
                _insertPrompt.Bind(2, at);
                _insertPrompt.Bind(3, identifierId);
                _insertPrompt.Bind(4, normalizedEvent.PromptSketch);
                _insertPrompt.Execute();
            }
        }

        return true;
    }

    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        FlushObservations();
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

    private int ResolveIdentifier(Identifier identifier)
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
}
