using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Errors;

namespace LinkGraph.Api.Tests;

/// <summary>An event store whose file another process keeps locked: every import is refused as busy.</summary>
public sealed class BusyEventStore : IEventStore
{
    public IEventWriteSession BeginImport() =>
        throw new StoreBusyException("The database is locked by another writer or reader; try again shortly.", retryAfter: TimeSpan.FromSeconds(2));

    public long CountEvents() => 0;
}
