using System.Runtime.InteropServices;

namespace LinkGraph.Storage.Sqlite;

/// <summary>Observations and prompt rows: buffered in memory and written in bulk (observations sorted).</summary>
internal sealed partial class SqliteEventWriter
{
    // Buffers grow on demand up to these caps (a small API batch does not pay for them). Large sorted flushes turn
    // random B-tree inserts into sequential ones, and each flush into a table that already holds rows walks (and
    // dirties) pages all over it: a 20M-event file imported with 2M-row caps spent most of its time re-reading and
    // re-writing the same pages of the observations tree. With these caps a 20M-event file is written in one pass at
    // commit; at the caps the buffers hold about 1.4 GB of observations and 0.4 GB of prompts, then are flushed.
    private const int ObservationBufferSize = 1 << 25;
    private const int PromptBufferSize = 1 << 24;

    private readonly Dictionary<long, ObservationDelta> _observations = new();
    private PendingPrompt[] _prompts = new PendingPrompt[1024];
    private int _pendingPrompts;

    private void ClearBuffers()
    {
        _observations.Clear();
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
    /// Writes every buffer at commit. The observations are sorted by a task while this thread writes the new accounts,
    /// identifiers, prompts and keys (nothing else touches that buffer meanwhile): on two cores the sort overlaps with
    /// the writing.
    /// </summary>
    private void FlushAll()
    {
        var observations = Task.Run(SortObservations);
        try
        {
            FlushNewIds();
            WritePrompts();
            WriteNewKeys();
            WriteObservations(observations.Result);
        }
        finally
        {
            // Never leave a worker touching the buffer behind a failed write. A failed sort has already surfaced
            // through Result above (or no longer matters once a write has failed), so it is not rethrown here.
            ((IAsyncResult)observations).AsyncWaitHandle.WaitOne();
        }
    }

    private readonly record struct ObservationDelta(long FirstSeen, long LastSeen, int Count);

    /// <summary>A buffered prompt row.</summary>
    private readonly record struct PendingPrompt(int AccountId, long At, int IdentifierId);
}
