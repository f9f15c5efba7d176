using LinkGraph.Core.Signals;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// Account and identifier ids, resolved through caches that outlive a transaction: rows of those tables are never
/// deleted nor renumbered, so a cached id stays right for as long as the writer lives, and a batch that names known
/// accounts and identifiers costs no lookup. A cache is cleared when it reaches its cap, so memory stays bounded
/// however large the input (ids are then looked up again); a rolled-back transaction clears every cache (ids handed
/// out inside it no longer exist). A prompt's sketch is stored once per exact-prompt identifier, when its id is first resolved.
/// </summary>
/// <remarks>
/// New rows get their ids here, not from SQLite: the writer holds the write lock for the whole transaction, so
/// <c>max(id) + 1</c> read at the start of a transaction (<see cref="Sync"/>) cannot be taken by anyone else. New rows are kept in memory
/// (an account's later first-seen and attribute changes applied to it there, not by UPDATE statements) and
/// written in bulk before the cache could forget them and at commit. A cache miss is looked up in the table
/// unless the cache is known to hold the whole table: it was empty, and since then nothing else added rows
/// (max(id) is still what this writer left) and no cache was cleared. The tables' UNIQUE constraints stay the
/// safety net: a wrong "new" would fail the insert, never store a second row.
/// </remarks>
internal sealed class IdResolver : IDisposable
{
    // New rows written once this many are pending, so their inserts overlap with the reading of the input.
    private const int NewRowBufferSize = 1 << 20;

    private readonly int _maxCachedIds;
    private readonly Dictionary<string, AccountEntry> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>[] _identifiers;
    private readonly SqliteStatement[] _statements;
    private readonly SqliteStatement _selectAccount;
    private readonly SqliteStatement _updateFirstSeen;
    private readonly SqliteStatement _updateAttributes;
    private readonly SqliteStatement _selectIdentifier;
    private readonly SqliteStatement _maxAccountId;
    private readonly SqliteStatement _maxIdentifierId;
    private readonly SqliteBulkInsert[] _bulkInserts;
    private readonly SqliteBulkInsert _insertAccounts;
    private readonly SqliteBulkInsert _insertIdentifiers;
    private readonly SqliteBulkInsert _insertSketches;
    private readonly List<NewAccount> _newAccounts = [];
    private readonly List<Identifier> _newIdentifiers = [];
    private readonly List<(int Id, byte[] Sketch)> _newSketches = [];
    private int _cachedIdentifiers;
    private IdRange _accountIds = IdRange.Empty;
    private IdRange _identifierIds = IdRange.Empty;

    /// <param name="maxCachedIds">Cap of the account cache and of the identifier cache (all kinds together).</param>
    public IdResolver(SqliteConnection connection, int maxCachedIds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCachedIds, 1);
        _maxCachedIds = maxCachedIds;
        _identifiers = new Dictionary<string, int>[Enum.GetValues<IdentifierKind>().Max(k => (int)k) + 1];
        for (var i = 0; i < _identifiers.Length; i++)
        {
            _identifiers[i] = new Dictionary<string, int>(StringComparer.Ordinal);
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
            _maxAccountId = new(connection, "SELECT coalesce(max(id), 0) FROM accounts"),
            _maxIdentifierId = new(connection, "SELECT coalesce(max(id), 0) FROM identifiers"),
        ];
        _bulkInserts =
        [
            _insertAccounts = new(connection, "INSERT INTO accounts (id, external_id, created_at, first_seen, email_domain, country, org) VALUES", 7),
            _insertIdentifiers = new(connection, "INSERT INTO identifiers (id, kind, value) VALUES", 3),
            _insertSketches = new(connection, "INSERT INTO prompt_sketches (identifier_id, sketch) VALUES", 2, "ON CONFLICT DO NOTHING"),
        ];
    }

    /// <summary>After a rollback: forgets every cached id and drops the rows not written yet.</summary>
    public void Discard()
    {
        foreach (var bulkInsert in _bulkInserts)
        {
            bulkInsert.Discard();
        }

        _accounts.Clear();
        foreach (var kindCache in _identifiers)
        {
            kindCache.Clear();
        }

        _cachedIdentifiers = 0;
        _newAccounts.Clear();
        _newIdentifiers.Clear();
        _newSketches.Clear();
        _accountIds = _accountIds with { Complete = false, KnownMax = -1 };
        _identifierIds = _identifierIds with { Complete = false, KnownMax = -1 };
    }

    /// <summary>At the start of a transaction: where new ids start, and whether the caches still hold whole tables.</summary>
    public void Sync()
    {
        _accountIds = Sync(_accountIds, _maxAccountId, _accounts.Clear);
        _identifierIds = Sync(_identifierIds, _maxIdentifierId, () =>
        {
            foreach (var kindCache in _identifiers)
            {
                kindCache.Clear();
            }

            _cachedIdentifiers = 0;
        });

        static IdRange Sync(IdRange range, SqliteStatement maxId, Action clearCache)
        {
            maxId.Step();
            var max = maxId.ColumnInt64(0);
            maxId.Reset();
            if (max == 0)
            {
                clearCache();
                return new IdRange(true, 0, 1, 1);
            }

            var complete = range.Complete && max == range.KnownMax;
            return new IdRange(complete, max, max + 1, max + 1);
        }
    }

    /// <summary>After a commit: every id handed out is now in the table.</summary>
    public void Committed()
    {
        _accountIds = _accountIds with { KnownMax = _accountIds.Next - 1 };
        _identifierIds = _identifierIds with { KnownMax = _identifierIds.Next - 1 };
    }

    public AccountEntry ResolveAccount(string externalId, long at)
    {
        if (_accounts.TryGetValue(externalId, out var cached))
        {
            return cached;
        }

        AccountEntry entry;
        if (!_accountIds.Complete && FindAccount(externalId) is { } stored)
        {
            entry = stored;
        }
        else
        {
            entry = new AccountEntry(checked((int)_accountIds.Next), at);
            _newAccounts.Add(new NewAccount(externalId, at));
            _accountIds = _accountIds with { Next = _accountIds.Next + 1 };
            if (_newAccounts.Count >= NewRowBufferSize)
            {
                FlushNew();
            }
        }

        if (_accounts.Count >= _maxCachedIds)
        {
            // Pending rows are written first, so the lookups that replace the cache find them.
            FlushNew();
            _accounts.Clear();
            _accountIds = _accountIds with { Complete = false };
        }

        _accounts[externalId] = entry;
        return entry;
    }

    private AccountEntry? FindAccount(string externalId)
    {
        _selectAccount.Bind(1, externalId);
        AccountEntry? found = _selectAccount.Step()
            ? new AccountEntry((int)_selectAccount.ColumnInt64(0), _selectAccount.ColumnInt64(1))
            : null;
        _selectAccount.Reset();
        return found;
    }

    /// <summary>Lowers an account's first-seen time (in memory while its row is still pending).</summary>
    public void LowerFirstSeen(string externalId, AccountEntry account, long at)
    {
        if (IsNewAccount(account.Id, out var index))
        {
            _newAccounts[index] = _newAccounts[index] with { FirstSeen = at };
        }
        else
        {
            _updateFirstSeen.Bind(1, account.Id);
            _updateFirstSeen.Bind(2, at);
            _updateFirstSeen.Execute();
        }

        _accounts[externalId] = account with { FirstSeen = at };
    }

    /// <summary>An `account` event: earliest creation time, and each non-null attribute replaces the stored one.</summary>
    public void SetAttributes(AccountEntry account, long at, string? emailDomain, string? country, string? org)
    {
        if (IsNewAccount(account.Id, out var index))
        {
            var row = _newAccounts[index];
            _newAccounts[index] = row with
            {
                CreatedAt = row.CreatedAt is { } created && created <= at ? created : at,
                EmailDomain = emailDomain ?? row.EmailDomain,
                Country = country ?? row.Country,
                Org = org ?? row.Org,
            };
            return;
        }

        _updateAttributes.Bind(1, account.Id);
        _updateAttributes.Bind(2, at);
        _updateAttributes.Bind(3, emailDomain);
        _updateAttributes.Bind(4, country);
        _updateAttributes.Bind(5, org);
        _updateAttributes.Execute();
    }

    private bool IsNewAccount(int id, out int index)
    {
        index = (int)(id - _accountIds.FirstPending);
        return id >= _accountIds.FirstPending;
    }

    /// <param name="sketch">The prompt's sketch, stored if the identifier was not cached (new, or known only to the database).</param>
    public int ResolveIdentifier(Identifier identifier, byte[]? sketch)
    {
        var cache = _identifiers[(int)identifier.Kind];
        if (cache.TryGetValue(identifier.Value, out var id))
        {
            return id;
        }

        if (_identifierIds.Complete || FindIdentifier(identifier) is not { } stored)
        {
            id = checked((int)_identifierIds.Next);
            _newIdentifiers.Add(identifier);
            _identifierIds = _identifierIds with { Next = _identifierIds.Next + 1 };
            if (_newIdentifiers.Count >= NewRowBufferSize)
            {
                FlushNew();
            }
        }
        else
        {
            id = stored;
        }

        if (sketch is not null)
        {
            _newSketches.Add((id, sketch));
        }

        // One cap across all kinds, so memory stays bounded whatever the mix of identifiers.
        if (++_cachedIdentifiers > _maxCachedIds)
        {
            FlushNew();
            foreach (var kindCache in _identifiers)
            {
                kindCache.Clear();
            }

            _cachedIdentifiers = 1;
            _identifierIds = _identifierIds with { Complete = false };
        }

        cache[identifier.Value] = id;
        return id;
    }

    private int? FindIdentifier(Identifier identifier)
    {
        _selectIdentifier.Bind(1, (long)identifier.Kind);
        _selectIdentifier.Bind(2, identifier.Value);
        int? found = _selectIdentifier.Step() ? (int)_selectIdentifier.ColumnInt64(0) : null;
        _selectIdentifier.Reset();
        return found;
    }

    /// <summary>Writes the accounts, identifiers and sketches created since the last time, in id order.</summary>
    public void FlushNew()
    {
        var id = _accountIds.FirstPending;
        foreach (var account in _newAccounts)
        {
            var row = _insertAccounts.NextRow();
            row[0] = id++;
            row[2] = account.CreatedAt ?? 0;
            row[3] = account.FirstSeen;
            _insertAccounts.SetText(1, account.ExternalId);
            if (account.CreatedAt is null)
            {
                _insertAccounts.SetText(2, null);
            }

            _insertAccounts.SetText(4, account.EmailDomain);
            _insertAccounts.SetText(5, account.Country);
            _insertAccounts.SetText(6, account.Org);
        }

        _insertAccounts.Flush();
        _newAccounts.Clear();
        _accountIds = _accountIds with { FirstPending = _accountIds.Next };

        id = _identifierIds.FirstPending;
        foreach (var identifier in _newIdentifiers)
        {
            var row = _insertIdentifiers.NextRow();
            row[0] = id++;
            row[1] = (long)identifier.Kind;
            _insertIdentifiers.SetText(2, identifier.Value);
        }

        _insertIdentifiers.Flush();
        _newIdentifiers.Clear();
        _identifierIds = _identifierIds with { FirstPending = _identifierIds.Next };

        foreach (var (identifierId, sketch) in _newSketches)
        {
            _insertSketches.NextRow()[0] = identifierId;
            _insertSketches.SetBlob(1, sketch);
        }

        _insertSketches.Flush();
        _newSketches.Clear();
    }

    public void Dispose()
    {
        foreach (var statement in _statements)
        {
            statement.Dispose();
        }

        foreach (var bulkInsert in _bulkInserts)
        {
            bulkInsert.Dispose();
        }
    }

    /// <summary>An account's row id and its earliest event time as stored (or as this writer lowered it).</summary>
    internal readonly record struct AccountEntry(int Id, long FirstSeen);

    /// <summary>An account row not written yet; ids are consecutive from <see cref="IdRange.FirstPending"/>.</summary>
    private readonly record struct NewAccount(string ExternalId, long FirstSeen)
    {
        public long? CreatedAt { get; init; }

        public string? EmailDomain { get; init; }

        public string? Country { get; init; }

        public string? Org { get; init; }
    }

    /// <summary>
    /// The ids of one table: whether the cache holds every row, the max id when the writer last knew it (-1:
    /// unknown), the next id to hand out, and the first id not yet written.
    /// </summary>
    private readonly record struct IdRange(bool Complete, long KnownMax, long Next, long FirstPending)
    {
        public static IdRange Empty => new(true, 0, 1, 1);
    }
}
