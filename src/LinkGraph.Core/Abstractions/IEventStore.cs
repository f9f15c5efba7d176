namespace LinkGraph.Core.Abstractions;

/// <summary>The event store: where validated, normalised events are kept.</summary>
public interface IEventStore
{
    IEventWriteSession BeginImport();

    /// <summary>How many distinct events are stored.</summary>
    long CountEvents();
}
