using LinkGraph.Api.Contracts;
using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Events;
using LinkGraph.Core.Ingest;
using LinkGraph.Core.Prompts;
using LinkGraph.Core.Signals;

namespace LinkGraph.Api.Ingest;

/// <summary>
/// POST /events on Core's importer, all-or-nothing. Reading, validating and normalising (prompt sketches are the
/// costly part) run on the request's own thread into a buffer (no extra threads per request: concurrent requests
/// already keep the cores busy); only writing the buffered batch into the store is serialised, as SQLite has one
/// writer and queueing here is cheaper than contending for its lock. The store keeps one warm writer, so a batch
/// naming accounts and identifiers seen before costs no id lookups. A batch with any bad line never reaches the store.
/// </summary>
public sealed class EventBatchImporter : IEventBatchImporter, IDisposable
{
    private readonly IEventStore _store;
    private readonly SemaphoreSlim _writer = new(1, 1);

    public EventBatchImporter(IEventStore store)
    {
        _store = store;
    }

    public EventBatchResponse Import(Stream body, EventBodyFormat format, CancellationToken cancellationToken)
    {
        var source = format == EventBodyFormat.Csv
            ? CsvEventReader.Read(body, cancellationToken)
            : NdjsonEventReader.Read(body, cancellationToken);
        var buffer = new BufferedSession();
        var read = new EventImporter(new EventNormalizer(PromptSketcher.Sketch)).Import(
            source, buffer, "request body", new ImportOptions(MaxReportedRejections: Errors.ProblemDetailsMapping.MaxListedRejections, Concurrent: false),
            cancellationToken: cancellationToken).Read;

        long stored = 0;
        _writer.Wait(cancellationToken);
        try
        {
            using var session = _store.BeginImport();
            foreach (var normalized in buffer.Events)
            {
                stored += session.Add(normalized) ? 1 : 0;
            }

            session.Commit();
        }
        finally
        {
            _writer.Release();
        }

        return new EventBatchResponse(read, stored, buffer.Events.Count - stored);
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>Holds a validated batch; the importer commits it only when every line was valid.</summary>
    private sealed class BufferedSession : IEventWriteSession
    {
        public List<NormalizedEvent> Events { get; } = [];

        public bool Add(NormalizedEvent normalizedEvent)
        {
            Events.Add(normalizedEvent);
            return true;
        }

        public void Commit()
        {
            // The real write happens under the writer lock, after the importer has accepted the whole batch.
        }

        public void Dispose()
        {
        }
    }
}
