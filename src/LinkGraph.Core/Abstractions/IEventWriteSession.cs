using LinkGraph.Core.Events;

namespace LinkGraph.Core.Abstractions;

/// <summary>
/// One all-or-nothing import: events added are visible to readers only after <see cref="Commit"/>;
/// disposing without committing discards them all.
/// </summary>
public interface IEventWriteSession : IDisposable
{
    /// <summary>Adds one event; returns false when an event with the same key is already stored (idempotent re-delivery).</summary>
    bool Add(NormalizedEvent normalizedEvent);

    /// <summary>
    /// Optional hint before a run of <see cref="Add"/> calls: the key hashes (<see cref="NormalizedEvent.KeyHash"/>)
    /// of the events about to be added, in any order, repeats allowed. A store may check them all at once (sorted,
    /// in bulk) instead of one by one; what <see cref="Add"/> returns, and what is stored, stays exactly the same.
    /// </summary>
    void ExpectKeys(ReadOnlySpan<long> keyHashes)
    {
    }

    void Commit();
}
