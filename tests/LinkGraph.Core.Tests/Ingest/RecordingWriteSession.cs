using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Events;

namespace LinkGraph.Core.Tests.Ingest;

/// <summary>An in-memory write session: keeps added events until commit, dedups by key like a store would.</summary>
internal sealed class RecordingWriteSession(ISet<string>? storedKeys = null) : IEventWriteSession
{
    private readonly ISet<string> _storedKeys = storedKeys ?? new HashSet<string>();
    private readonly HashSet<string> _pendingKeys = [];

    public List<NormalizedEvent> Pending { get; } = [];

    public bool Committed { get; private set; }

    public bool Disposed { get; private set; }

    public bool Add(NormalizedEvent normalizedEvent)
    {
        if (_storedKeys.Contains(normalizedEvent.EventKey) || !_pendingKeys.Add(normalizedEvent.EventKey))
        {
            return false;
        }

        Pending.Add(normalizedEvent);
        return true;
    }

    public void Commit()
    {
        _storedKeys.UnionWith(_pendingKeys);
        Committed = true;
    }

    public void Dispose() => Disposed = true;
}
