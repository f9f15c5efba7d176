using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// Observations aggregated in memory per (identifier, account) and written in key order, as upserts (INSERT … ON
/// CONFLICT DO UPDATE): repeats cost no statement, and key order turns random B-tree inserts into sequential ones.
/// </summary>
internal sealed class ObservationBuffer : IDisposable
{
    // The buffer grows on demand up to this cap (a small API batch does not pay for it). Large sorted flushes turn
    // random B-tree inserts into sequential ones, and each flush into a table that already holds rows walks (and
    // dirties) pages all over it: a 20M-event file imported with 2M-row caps spent most of its time re-reading and
    // re-writing the same pages of the observations tree. With this cap a 20M-event file is written in one pass at
    // commit; at the cap the buffer holds about 1.4 GB, then is flushed.
    private const int BufferSize = 1 << 25;

    private readonly Dictionary<long, ObservationDelta> _observations = new();
    private readonly SqliteBulkInsert _upsert;

    public ObservationBuffer(SqliteConnection connection)
    {
        _upsert = new(connection,
            "INSERT INTO observations (identifier_id, account_id, first_seen, last_seen, count) VALUES",
            5,
            """
            ON CONFLICT (identifier_id, account_id) DO UPDATE SET
                first_seen = min(first_seen, excluded.first_seen),
                last_seen = max(last_seen, excluded.last_seen),
                count = count + excluded.count
            """);
    }

    public void Observe(int identifierId, int accountId, long at)
    {
        var key = ((long)identifierId << 32) | (uint)accountId;
        ref var delta = ref CollectionsMarshal.GetValueRefOrAddDefault(_observations, key, out var exists);
        if (exists)
        {
            delta = new ObservationDelta(Math.Min(delta.FirstSeen, at), Math.Max(delta.LastSeen, at), delta.Count + 1);
            return;
        }

        delta = new ObservationDelta(at, at, 1);
        if (_observations.Count >= BufferSize)
        {
            Write(Sort());
        }
    }

    /// <summary>
    /// Takes what is buffered, keys and values side by side, sorted together: no dictionary lookups (a cache miss
    /// each) while writing. Touches nothing but the buffer, so it may run on another thread while the writer writes
    /// other tables.
    /// </summary>
    public SortedObservations Sort()
    {
        var keys = new long[_observations.Count];
        var deltas = new ObservationDelta[keys.Length];
        var n = 0;
        foreach (var (key, delta) in _observations)
        {
            keys[n] = key;
            deltas[n++] = delta;
        }

        _observations.Clear();
        Array.Sort(keys, deltas);
        return new SortedObservations(keys, deltas);
    }

    public void Write(SortedObservations sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var (keys, deltas) = (sorted.Keys, sorted.Deltas);
        for (var i = 0; i < keys.Length; i++)
        {
            var row = _upsert.NextRow();
            row[0] = keys[i] >> 32;
            row[1] = (uint)keys[i];
            row[2] = deltas[i].FirstSeen;
            row[3] = deltas[i].LastSeen;
            row[4] = deltas[i].Count;
        }

        _upsert.Flush();
    }

    /// <summary>Drops what is buffered and staged (after a rollback).</summary>
    public void Discard()
    {
        _observations.Clear();
        _upsert.Discard();
    }

    public void Dispose() => _upsert.Dispose();

    /// <summary>One (identifier, account) pair's first and last time and count within the buffer.</summary>
    internal readonly record struct ObservationDelta(long FirstSeen, long LastSeen, int Count);

    /// <summary>What <see cref="Sort"/> took from the buffer, in key order.</summary>
    internal sealed record SortedObservations(long[] Keys, ObservationDelta[] Deltas);
}
