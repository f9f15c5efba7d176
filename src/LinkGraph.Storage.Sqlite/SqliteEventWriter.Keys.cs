namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// Idempotency by event key, checked in memory: the writer holds every stored key hash in an
/// <see cref="EventKeySet"/>, and the <c>event_keys</c> table (migration 0006) is only the append-only log it is
/// loaded from. A new key is appended in arrival order, so a commit dirties the last pages of that table and nothing
/// else; a key table keyed by the (random) hash instead had every batch insert at random places all over it, and
/// each commit wrote nearly every page of that tree to the WAL again (the larger the store, the more of them).
/// </summary>
/// <remarks>
/// The set is brought up to date at each <see cref="Begin"/>, under the write lock: rows appended since the writer
/// last looked (by other writers: another process, or another session of this one) are read by row id, so the set
/// always holds exactly the stored keys plus those of the open transaction. A rollback leaves keys of the discarded
/// transaction in the set, so the set is dropped and read again whole at the next Begin (a failed write is rare; a
/// reload of 20M keys takes a few seconds). Rows are never deleted, so row ids only grow.
/// </remarks>
internal sealed partial class SqliteEventWriter
{
    // New keys are appended to the table once this many are pending, and at commit.
    private const int NewKeyBufferSize = 1 << 20;

    private EventKeySet _keys = new();
    private long _keysLoadedThrough;
    private long[] _newKeys = new long[1024];
    private int _pendingNewKeys;

    /// <summary>Reads the keys appended since the last look.</summary>
    private void SyncKeys()
    {
        _maxKeyRow.Step();
        var max = _maxKeyRow.ColumnInt64(0);
        _maxKeyRow.Reset();
        if (max > _keysLoadedThrough)
        {
            _keys.EnsureCapacity(_keys.Count + (max - _keysLoadedThrough));
            Span<long> chunk = stackalloc long[4096];
            var count = 0;
            _selectKeysAfter.Bind(1, _keysLoadedThrough);
            while (_selectKeysAfter.Step())
            {
                chunk[count++] = _selectKeysAfter.ColumnInt64(0);
                if (count == chunk.Length)
                {
                    _keys.AddRange(chunk);
                    count = 0;
                }
            }

            _keys.AddRange(chunk[..count]);
            _selectKeysAfter.Reset();
            _keysLoadedThrough = max;
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
            SyncKeys();
        }

        return _keys.Count;
    }

    /// <summary>False if the key is already stored, by an earlier transaction or by this one.</summary>
    private bool AddKey(long key)
    {
        if (!_keys.Add(key))
        {
            return false;
        }

        if (_pendingNewKeys == _newKeys.Length)
        {
            if (_pendingNewKeys == NewKeyBufferSize)
            {
                WriteNewKeys();
            }
            else
            {
                Array.Resize(ref _newKeys, _newKeys.Length * 2);
            }
        }

        _newKeys[_pendingNewKeys++] = key;
        return true;
    }

    /// <summary>Appends the keys added since the last time, in arrival order.</summary>
    private void WriteNewKeys()
    {
        foreach (var key in _newKeys.AsSpan(0, _pendingNewKeys))
        {
            _insertKeys.NextRow()[0] = key;
        }

        _insertKeys.Flush();
        _pendingNewKeys = 0;
    }

    /// <summary>Before the commit, still holding the write lock: every row of the table is now in the set.</summary>
    private void KeysWritten()
    {
        _maxKeyRow.Step();
        _keysLoadedThrough = _maxKeyRow.ColumnInt64(0);
        _maxKeyRow.Reset();
    }

    /// <summary>After a rollback: the set may hold keys that were never stored, so it is read again at the next Begin.</summary>
    private void ForgetKeys()
    {
        _keys = new EventKeySet();
        _keysLoadedThrough = 0;
        _pendingNewKeys = 0;
    }
}
