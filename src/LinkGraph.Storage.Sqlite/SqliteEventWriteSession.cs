using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Events;
using LinkGraph.Core.Signals;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// One import transaction. Built for throughput: prepared commands reused for every event, and the ids of
/// accounts and identifiers cached for the session (each cache is cleared when it reaches its cap, so memory
/// stays bounded however big the input). Observations are upserted (INSERT … ON CONFLICT DO UPDATE), so an
/// account seeing one identifier a million times is still one row.
/// </summary>
internal sealed class SqliteEventWriteSession : IEventWriteSession
{
    // A larger page cache for the session's connection: random-order B-tree inserts stay in memory longer.
    private const int ImportCacheKiB = 256 * 1024;
    private const int DefaultCacheKiB = 2000;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly int _maxCachedIds;
    private readonly Dictionary<string, AccountEntry> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>[] _identifiers;
    private readonly PreparedCommand _insertEvent;
    private readonly PreparedCommand _selectAccount;
    private readonly PreparedCommand _insertAccount;
    private readonly PreparedCommand _updateFirstSeen;
    private readonly PreparedCommand _updateAttributes;
    private readonly PreparedCommand _selectIdentifier;
    private readonly PreparedCommand _insertIdentifier;
    private readonly PreparedCommand _upsertObservation;
    private readonly PreparedCommand _insertPrompt;
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

        Execute($"PRAGMA cache_size=-{ImportCacheKiB}");
        _transaction = connection.BeginTransaction();
        _insertEvent = Prepare("INSERT INTO events (event_key, type, account_id, at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING", 4);
        _selectAccount = Prepare("SELECT id, first_seen FROM accounts WHERE external_id = $1", 1);
        _insertAccount = Prepare("INSERT INTO accounts (external_id, first_seen) VALUES ($1, $2) RETURNING id", 2);
        _updateFirstSeen = Prepare("UPDATE accounts SET first_seen = $2 WHERE id = $1 AND first_seen > $2", 2);
        _updateAttributes = Prepare(
            """
            UPDATE accounts SET
                created_at = CASE WHEN created_at IS NULL OR created_at > $2 THEN $2 ELSE created_at END,
                email_domain = coalesce($3, email_domain),
                country = coalesce($4, country),
                org = coalesce($5, org)
            WHERE id = $1
            """,
            5);
        _selectIdentifier = Prepare("SELECT id FROM identifiers WHERE kind = $1 AND value = $2", 2);
        _insertIdentifier = Prepare("INSERT INTO identifiers (kind, value) VALUES ($1, $2) RETURNING id", 2);
        _upsertObservation = Prepare(
            """
            INSERT INTO observations (identifier_id, account_id, first_seen, last_seen, count) VALUES ($1, $2, $3, $3, 1)
            ON CONFLICT (identifier_id, account_id) DO UPDATE SET
                first_seen = min(first_seen, excluded.first_seen),
                last_seen = max(last_seen, excluded.last_seen),
                count = count + 1
            """,
            3);
        _insertPrompt = Prepare("INSERT INTO prompts (account_id, at, exact_identifier_id, sketch) VALUES ($1, $2, $3, $4)", 4);
    }

    public bool Add(NormalizedEvent normalizedEvent)
    {
        ArgumentNullException.ThrowIfNull(normalizedEvent);
        ObjectDisposedException.ThrowIf(_done, this);
        var at = UnixTime.ToMilliseconds(normalizedEvent.At);
        var account = ResolveAccount(normalizedEvent.Account, at, out var created);
        if (_insertEvent.Execute(normalizedEvent.EventKey, (int)normalizedEvent.Type, account.Id, at) == 0)
        {
            return false;
        }

        if (!created && at < account.FirstSeen)
        {
            _updateFirstSeen.Execute(account.Id, at);
            _accounts[normalizedEvent.Account] = account with { FirstSeen = at };
        }

        if (normalizedEvent.Type == EventType.Account)
        {
            _updateAttributes.Execute(account.Id, at, normalizedEvent.EmailDomain, normalizedEvent.Country, normalizedEvent.Org);
        }

        var promptIdentifier = 0;
        foreach (var identifier in normalizedEvent.Identifiers)
        {
            var identifierId = ResolveIdentifier(identifier);
            _upsertObservation.Execute(identifierId, account.Id, at);
            if (identifier.Kind == IdentifierKind.PromptExact)
            {
                promptIdentifier = identifierId;
            }
        }

        if (normalizedEvent.Type == EventType.Prompt && promptIdentifier != 0)
        {
            _insertPrompt.Execute(account.Id, at, promptIdentifier, normalizedEvent.PromptSketch);
        }

        return true;
    }

    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        _transaction.Commit();
        _done = true;
    }

    public void Dispose()
    {
        _done = true;
        _insertEvent.Dispose();
        _selectAccount.Dispose();
        _insertAccount.Dispose();
        _updateFirstSeen.Dispose();
        _updateAttributes.Dispose();
        _selectIdentifier.Dispose();
        _insertIdentifier.Dispose();
        _upsertObservation.Dispose();
        _insertPrompt.Dispose();
        _transaction.Dispose();
        Execute($"PRAGMA cache_size=-{DefaultCacheKiB}");
        _connection.Dispose();
    }

    private AccountEntry ResolveAccount(string externalId, long at, out bool created)
    {
        created = false;
        if (_accounts.TryGetValue(externalId, out var cached))
        {
            return cached;
        }

        AccountEntry entry;
        using (var reader = _selectAccount.ExecuteReader(externalId))
        {
            entry = reader.Read() ? new AccountEntry(reader.GetInt32(0), reader.GetInt64(1)) : default;
        }

        if (entry.Id == 0)
        {
            entry = new AccountEntry(Convert.ToInt32(_insertAccount.ExecuteScalar(externalId, at), System.Globalization.CultureInfo.InvariantCulture), at);
            created = true;
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

        var found = _selectIdentifier.ExecuteScalar((int)identifier.Kind, identifier.Value);
        id = found is null
            ? Convert.ToInt32(_insertIdentifier.ExecuteScalar((int)identifier.Kind, identifier.Value), System.Globalization.CultureInfo.InvariantCulture)
            : Convert.ToInt32(found, System.Globalization.CultureInfo.InvariantCulture);
        if (cache.Count >= _maxCachedIds)
        {
            cache.Clear();
        }

        cache[identifier.Value] = id;
        return id;
    }

    private PreparedCommand Prepare(string sql, int parameterCount) => new(_connection, _transaction, sql, parameterCount);

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private readonly record struct AccountEntry(int Id, long FirstSeen);
}
