using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Errors;

namespace LinkGraph.Api.Ingest;

/// <summary>
/// The one thread that writes validated batches into the store, group commit style: every batch queued while the
/// previous transaction was being written goes into the next transaction together (in arrival order, up to
/// <see cref="MaxGroupEvents"/> events), and every request in the group is answered after that one commit.
/// </summary>
/// <remarks>
/// Why: a 10,000-event batch into a store of millions of events dirties pages all over the events, observations and
/// prompt indexes, and every commit writes each dirty page to the WAL (and a checkpoint copies it back). Pages shared
/// by the batches of a group are written once per commit instead of once per batch. The guarantees stay per batch:
/// each is in exactly one transaction, so it is stored whole or not at all; duplicates across the batches of a group
/// are stored once (the first in arrival order counts it as stored, later ones as duplicates); a request hears
/// success only after the commit returned (WAL: durable against a process crash). If the shared write fails, every
/// batch in it fails and none of them is stored: the transaction is rolled back whole. Groups form only under load
/// (no waiting for company): an idle writer takes a lone batch at once.
/// </remarks>
internal sealed class GroupCommitWriter : IDisposable
{
    private readonly IEventStore _store;
    private readonly object _gate = new();
    private readonly Queue<PendingBatch> _queue = new();
    private readonly Thread _thread;
    private bool _stopping;

    public GroupCommitWriter(IEventStore store)
    {
        _store = store;
        _thread = new Thread(Run) { IsBackground = true, Name = "linkgraph-event-writer" };
        _thread.Start();
    }

    /// <summary>Largest group, in events; a single larger batch is still written, alone.</summary>
    public int MaxGroupEvents { get; init; } = 100_000;

    /// <summary>Called with the number of batches queued (not yet taken by the writer) after each enqueue.</summary>
    internal Action<int>? Queued { get; set; }

    /// <summary>Called with the number of batches of each group right after it committed.</summary>
    internal Action<int>? Committed { get; set; }

    public Task<long> WriteAsync(PendingBatch batch)
    {
        int queued;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stopping, this);
            _queue.Enqueue(batch);
            queued = _queue.Count;
            Monitor.Pulse(_gate);
        }

        Queued?.Invoke(queued);
        return batch.Stored.Task;
    }

    /// <summary>Writes what is queued, then stops the thread.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_stopping)
            {
                return;
            }

            _stopping = true;
            Monitor.Pulse(_gate);
        }

        _thread.Join();
    }

    private void Run()
    {
        while (TakeGroup() is { } group)
        {
            Write(group);
        }
    }

    private List<PendingBatch>? TakeGroup()
    {
        lock (_gate)
        {
            while (_queue.Count == 0)
            {
                if (_stopping)
                {
                    return null;
                }

                Monitor.Wait(_gate);
            }

            var group = new List<PendingBatch>();
            var events = 0;
            while (_queue.TryPeek(out var next) && (group.Count == 0 || events + next.Events.Count <= MaxGroupEvents))
            {
                _queue.Dequeue();
                if (next.CancellationToken.IsCancellationRequested)
                {
                    // The client went away before its batch was written: nothing of it is stored.
                    next.Stored.TrySetCanceled(next.CancellationToken);
                    continue;
                }

                group.Add(next);
                events += next.Events.Count;
            }

            return group;
        }
    }

    private void Write(List<PendingBatch> group)
    {
        if (group.Count == 0)
        {
            return;
        }

        var stored = new long[group.Count];
        try
        {
            using (var session = _store.BeginImport())
            {
                for (var b = 0; b < group.Count; b++)
                {
                    foreach (var normalized in group[b].Events)
                    {
                        stored[b] += session.Add(normalized) ? 1 : 0;
                    }
                }

                session.Commit();
            }
        }
#pragma warning disable CA1031 // Any failure of the shared write fails every batch of the group; the thread lives on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var message = $"The batch was not stored: the transaction it shared with {group.Count - 1} other batch(es) failed and was rolled back.";
            foreach (var batch in group)
            {
                // A busy store stays a busy store (503, retry later), whatever else shared the transaction.
                batch.Stored.TrySetException(ex is StoreBusyException busy
                    ? new StoreBusyException(message, busy, busy.RetryAfter)
                    : new InvalidOperationException(message, ex));
            }

            return;
        }

        for (var b = 0; b < group.Count; b++)
        {
            group[b].Stored.TrySetResult(stored[b]);
        }

        Committed?.Invoke(group.Count);
    }
}
