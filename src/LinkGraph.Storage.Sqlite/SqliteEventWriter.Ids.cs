using LinkGraph.Core.Signals;

namespace LinkGraph.Storage.Sqlite;

/// <summary>Account and identifier ids: resolved through caches that outlive a transaction (see the type's remarks).</summary>
internal sealed partial class SqliteEventWriter
{
    private readonly int _maxCachedIds;
    private readonly Dictionary<string, AccountEntry> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>[] _identifiers;
    private int _cachedIdentifiers;

    private void ClearCaches()
    {
        _accounts.Clear();
        foreach (var kindCache in _identifiers)
        {
            kindCache.Clear();
        }

        _cachedIdentifiers = 0;
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

    /// <summary>An account's row id and its earliest event time as stored (or as this writer lowered it).</summary>
    private readonly record struct AccountEntry(int Id, long FirstSeen);
}
