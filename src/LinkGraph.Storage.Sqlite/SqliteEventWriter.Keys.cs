using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// Event keys announced ahead of their events (<see cref="Core.Abstractions.IEventWriteSession.ExpectKeys"/>), for a
/// table that already holds keys (the API's batches): inserted sorted, 128 to a statement, before the events are
/// added, instead of one statement per event in arrival order. Sorted inserts walk the key B-tree from left to
/// right, so consecutive ones find their pages already in the CPU cache, and a multi-row statement pays SQLite's
/// per-statement cost once per 128 keys. <c>RETURNING</c> names the keys actually inserted (a conflicting row,
/// DO NOTHING, returns none); <see cref="AddKey"/> then answers from memory, the first event with a new key
/// claiming it, so what it returns is exactly what the per-event insert would have returned. Keys never announced
/// still go through that insert. An empty table keeps its own path (keys gathered in memory, written at commit).
/// </summary>
internal sealed partial class SqliteEventWriter
{
    private const int KeysPerStatement = 128;

    // Announced keys of the open transaction: true while new and not yet claimed by an event.
    private readonly Dictionary<long, bool> _reservedKeys = new();
    private long[] _keyScratch = [];
    private SqliteStatement? _reserveKeys;
    private SqliteStatement? _deleteKey;

    /// <summary>Inserts the announced keys now (non-empty table only) and remembers which were new.</summary>
    public void ReserveKeys(ReadOnlySpan<long> keys)
    {
        if (_transaction is null)
        {
            throw new InvalidOperationException("No transaction is open on this writer.");
        }

        if (!_tableHasKeys || keys.IsEmpty)
        {
            return;
        }

        if (_keyScratch.Length < keys.Length)
        {
            _keyScratch = new long[Math.Max(keys.Length, _keyScratch.Length * 2)];
        }

        var sorted = _keyScratch.AsSpan(0, keys.Length);
        keys.CopyTo(sorted);
        sorted.Sort();
        Span<long> chunk = stackalloc long[KeysPerStatement];
        var count = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var key = sorted[i];
            if ((i > 0 && key == sorted[i - 1]) || _reservedKeys.ContainsKey(key))
            {
                continue;
            }

            chunk[count++] = key;
            if (count == KeysPerStatement)
            {
                InsertReturningNew(chunk);
                count = 0;
            }
        }

        InsertReturningNew(chunk[..count]);
    }

    private void InsertReturningNew(ReadOnlySpan<long> keys)
    {
        if (keys.IsEmpty)
        {
            return;
        }

        foreach (var key in keys)
        {
            _reservedKeys[key] = false;
        }

        var full = keys.Length == KeysPerStatement;
        var statement = full ? _reserveKeys ??= new SqliteStatement(_connection, ReserveKeysSql(KeysPerStatement)) : new SqliteStatement(_connection, ReserveKeysSql(keys.Length));
        try
        {
            for (var i = 0; i < keys.Length; i++)
            {
                statement.Bind(i + 1, keys[i]);
            }

            while (statement.Step())
            {
                _reservedKeys[statement.ColumnInt64(0)] = true;
            }

            statement.Reset();
        }
        finally
        {
            if (!full)
            {
                statement.Dispose();
            }
        }
    }

    /// <summary>An announced key: true if new and not yet claimed (the caller's event is then stored); null if not announced.</summary>
    private bool? ClaimReservedKey(long key)
    {
        if (_reservedKeys.Count == 0)
        {
            return null;
        }

        ref var isNew = ref CollectionsMarshal.GetValueRefOrNullRef(_reservedKeys, key);
        if (Unsafe.IsNullRef(ref isNew))
        {
            return null;
        }

        var claimed = isNew;
        isNew = false;
        return claimed;
    }

    /// <summary>
    /// At commit: a key announced as new but claimed by no event is taken out again, so an announcement without its
    /// event stores nothing (the hint never changes what is stored).
    /// </summary>
    private void DropUnclaimedKeys()
    {
        foreach (var (key, unclaimed) in _reservedKeys)
        {
            if (unclaimed)
            {
                _deleteKey ??= new SqliteStatement(_connection, "DELETE FROM events WHERE key_hash = ?1");
                _deleteKey.Bind(1, key);
                _deleteKey.Execute();
            }
        }

        _reservedKeys.Clear();
    }

    private void ClearReservedKeys() => _reservedKeys.Clear();

    private static string ReserveKeysSql(int rows)
    {
        var sql = new StringBuilder("INSERT INTO events (key_hash) VALUES ");
        for (var i = 0; i < rows; i++)
        {
            sql.Append(i == 0 ? "(?" : ",(?").Append(i + 1).Append(')');
        }

        return sql.Append(" ON CONFLICT DO NOTHING RETURNING key_hash").ToString();
    }
}
