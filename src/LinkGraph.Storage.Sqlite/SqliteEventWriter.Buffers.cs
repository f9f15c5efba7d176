using System.Runtime.InteropServices;

namespace LinkGraph.Storage.Sqlite;

/// <summary>Event keys, observations and prompt rows: buffered in memory and written sorted, in bulk.</summary>
internal sealed partial class SqliteEventWriter
{
    // Buffers grow on demand up to these caps (a small API batch does not pay for them). Large sorted flushes turn
    // random B-tree inserts into sequential ones, and each flush into a table that already holds rows walks (and
    // dirties) pages all over it: a 20M-event file imported with 2M-row caps spent most of its time re-reading and
    // re-writing the same pages of the events and observations trees (SQLite's B-tree search and page cache were
    // two thirds of the import's CPU). With these caps a 20M-event file is written in one pass at commit; at the caps
    // the buffers hold about 1.3 GB of keys, 1.4 GB of observations and 0.4 GB of prompts, then are flushed.
    private const int ObservationBufferSize = 1 << 25;
    private const int PromptBufferSize = 1 << 24;
    private const int KeyBufferSize = 1 << 25;

    private readonly Dictionary<long, ObservationDelta> _observations = new();
    private readonly HashSet<long> _pendingKeys = [];
    private PendingPrompt[] _prompts = new PendingPrompt[1024];
    private int _pendingPrompts;

    private void ClearBuffers()
    {
        _observations.Clear();
        _pendingKeys.Clear();
        _pendingPrompts = 0;
    }

    private void Observe(int identifierId, int accountId, long at)
    {
        var key = ((long)identifierId << 32) | (uint)accountId;
        ref var delta = ref CollectionsMarshal.GetValueRefOrAddDefault(_observations, key, out var exists);
        if (exists)
        {
            delta = new ObservationDelta(Math.Min(delta.FirstSeen, at), Math.Max(delta.LastSeen, at), delta.Count + 1);
            return;
        }

        delta = new ObservationDelta(at, at, 1);
        if (_observations.Count >= ObservationBufferSize)
        {
            FlushObservations();
        }
    }

    private void FlushObservations() => WriteObservations(SortObservations());

    /// <summary>Keys and values side by side, sorted together: no dictionary lookups (a cache miss each) while writing.</summary>
    private (long[] Keys, ObservationDelta[] Deltas) SortObservations()
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
        return (keys, deltas);
    }

    private void WriteObservations((long[] Keys, ObservationDelta[] Deltas) sorted)
    {
        var (keys, deltas) = sorted;
        for (var i = 0; i < keys.Length; i++)
        {
            var row = _upsertObservations.NextRow();
            row[0] = keys[i] >> 32;
            row[1] = (uint)keys[i];
            row[2] = deltas[i].FirstSeen;
            row[3] = deltas[i].LastSeen;
            row[4] = deltas[i].Count;
        }

        _upsertObservations.Flush();
    }

    /// <summary>
    /// False if the key was already stored (by this transaction or an earlier one). While the table is empty, keys
    /// are gathered in memory and written sorted (sequential B-tree inserts, no probes); once it holds keys, one
    /// insert per event both checks and records the key, instead of a probe now and an insert at commit.
    /// </summary>
    private bool AddKey(long key)
    {
        if (_tableHasKeys)
        {
            if (ClaimReservedKey(key) is { } reserved)
            {
                return reserved;
            }

            _insertEvent.Bind(1, key);
            return _insertEvent.Execute() == 1;
        }

        if (!_pendingKeys.Add(key))
        {
            return false;
        }

        if (_pendingKeys.Count >= KeyBufferSize)
        {
            FlushKeys();
        }

        return true;
    }

    private void FlushKeys() => WriteKeys(SortKeys());

    private long[] SortKeys()
    {
        var keys = new long[_pendingKeys.Count];
        _pendingKeys.CopyTo(keys);
        _pendingKeys.Clear();
        Array.Sort(keys);
        return keys;
    }

    private void WriteKeys(long[] keys)
    {
        foreach (var key in keys)
        {
            _insertEvents.NextRow()[0] = key;
        }

        _insertEvents.Flush();
        _tableHasKeys |= keys.Length > 0;
    }

    private void AddPrompt(int accountId, long at, int identifierId)
    {
        if (_pendingPrompts == _prompts.Length)
        {
            Array.Resize(ref _prompts, Math.Min(_prompts.Length * 2, PromptBufferSize));
        }

        _prompts[_pendingPrompts] = new PendingPrompt(accountId, at, identifierId);
        if (++_pendingPrompts == PromptBufferSize)
        {
            WritePrompts();
        }
    }

    /// <summary>In arrival order: row ids follow arrival, which is how detection breaks ties in (account, time).</summary>
    private void WritePrompts()
    {
        foreach (var prompt in _prompts.AsSpan(0, _pendingPrompts))
        {
            var row = _insertPrompts.NextRow();
            row[0] = prompt.AccountId;
            row[1] = prompt.At;
            row[2] = prompt.IdentifierId;
        }

        _insertPrompts.Flush();
        _pendingPrompts = 0;
    }

    /// <summary>
    /// Writes every buffer at commit. Keys and observations are each sorted by their own task while this thread writes
    /// the new accounts and identifiers (nothing else touches the buffers meanwhile), and each is written as soon as
    /// its sort is done: on two cores the sorting of the larger buffers overlaps with the writing of the smaller ones.
    /// </summary>
    private void FlushAll()
    {
        var keys = Task.Run(SortKeys);
        var observations = Task.Run(SortObservations);
        try
        {
            FlushNewIds();
            WritePrompts();
            WriteKeys(keys.Result);
            WriteObservations(observations.Result);
        }
        finally
        {
            // Never leave a worker touching the buffers behind a failed write. A failed sort has already surfaced
            // through Result above (or no longer matters once a write has failed), so it is not rethrown here.
            foreach (var sort in (Task[])[keys, observations])
            {
                ((IAsyncResult)sort).AsyncWaitHandle.WaitOne();
            }
        }
    }

    private readonly record struct ObservationDelta(long FirstSeen, long LastSeen, int Count);

    /// <summary>A buffered prompt row.</summary>
    private readonly record struct PendingPrompt(int AccountId, long At, int IdentifierId);
}
