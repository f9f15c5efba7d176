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

    void Commit();
}
