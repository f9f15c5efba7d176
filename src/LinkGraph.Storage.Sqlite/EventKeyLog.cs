using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// Idempotency by event key, checked in memory: the writer holds every stored key hash in an
/// <see cref="EventKeySet"/>, and the <c>event_keys</c> table (migration 0006) is only the append-only log it is
/// loaded from. A new key is appended in arrival order, so a commit dirties the last pages of that table and nothing
/// else; a key table keyed by the (random) hash instead had every batch insert at random places all over it, and
/// each commit wrote nearly every page of that tree to the WAL again (the larger the store, the more of them).
/// </summary>
/// <remarks>
/// The set is brought up to date at the start of each transaction, under the write lock (<see cref="Sync"/>): rows
/// appended since the writer last looked (by other writers: another process, or another session of this one) are
/// read by row id, so the set always holds exactly the stored keys plus those of the open transaction. A rollback
/// leaves keys of the discarded transaction in the set, so the set is dropped and read again whole at the next
/// transaction (a failed write is rare; a reload of 20M keys takes a few seconds). Rows are never deleted, so row
/// ids only grow.
/// </remarks>
internal sealed class EventKeyLog : IDisposable
{
    // New keys are appended to the table once this many are pending, and at commit.
    private const int NewKeyBufferSize = 1 << 20;

    private readonly SqliteStatement _maxKeyRow;
    private readonly SqliteStatement _selectKeysAfter;
    private readonly SqliteBulkInsert _insertKeys;
    private EventKeySet _keys = new();
    private long _keysLoadedThrough;
    private long[] _newKeys = new long[1024];
    private int _pendingNewKeys;

    public EventKeyLog(SqliteConnection connection)
    {
        _maxKeyRow = new(connection, "SELECT coalesce(max(rowid), 0) FROM event_keys");
        _selectKeysAfter = new(connection, "SELECT key_hash FROM event_keys WHERE rowid > ?1");
        _insertKeys = new(connection, "INSERT INTO event_keys (key_hash) VALUES", 1);
    }

    /// <summary>How many keys the set holds.</summary>
    public long Count => _keys.Count;

    /// <summary>Reads the keys appended since the last look.</summary>
    public void Sync()
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

    /// <summary>False if the key is already stored, by an earlier transaction or by this one.</summary>
    public bool Add(long key)
    {
        if (!_keys.Add(key))
        {
            return false;
        }

        if (_pendingNewKeys == _newKeys.Length)
        {
            if (_pendingNewKeys == NewKeyBufferSize)
            {
                WriteNew();
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
    public void WriteNew()
    {
        foreach (var key in _newKeys.AsSpan(0, _pendingNewKeys))
        {
            _insertKeys.NextRow()[0] = key;
        }

        _insertKeys.Flush();
        _pendingNewKeys = 0;
    }

    /// <summary>Before the commit, still holding the write lock: every row of the table is now in the set.</summary>
    public void Written()
    {
        _maxKeyRow.Step();
        _keysLoadedThrough = _maxKeyRow.ColumnInt64(0);
        _maxKeyRow.Reset();
    }

    /// <summary>After a rollback: the set may hold keys that were never stored, so it is read again at the next transaction.</summary>
    public void Forget()
    {
        _keys = new EventKeySet();
        _keysLoadedThrough = 0;
        _pendingNewKeys = 0;
        _insertKeys.Discard();
    }

    public void Dispose()
    {
        _maxKeyRow.Dispose();
        _selectKeysAfter.Dispose();
        _insertKeys.Dispose();
    }
}
