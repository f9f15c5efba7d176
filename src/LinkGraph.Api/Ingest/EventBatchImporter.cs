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
/// already keep the cores busy); a batch with any bad line never reaches the store. Valid batches are written by one
/// <see cref="GroupCommitWriter"/>: SQLite has one writer, and batches that arrive while it writes share the next
/// transaction. The store keeps one warm writer, so a batch naming accounts and identifiers seen before costs no id
/// lookups.
/// </summary>
public sealed class EventBatchImporter : IEventBatchImporter, IDisposable
{
    private readonly GroupCommitWriter _writer;

    public EventBatchImporter(IEventStore store)
    {
        _writer = new GroupCommitWriter(store);
    }

    internal GroupCommitWriter Writer => _writer;

    public async Task<EventBatchResponse> ImportAsync(Stream body, EventBodyFormat format, CancellationToken cancellationToken)
    {
        var source = format == EventBodyFormat.Csv
            ? CsvEventReader.Read(body, cancellationToken)
            : NdjsonEventReader.Read(body, cancellationToken);
        var buffer = new BufferedSession();
        var read = new EventImporter(new EventNormalizer(PromptSketcher.Sketch)).Import(
            source, buffer, "request body", new ImportOptions(MaxReportedRejections: Errors.ProblemDetailsMapping.MaxListedRejections, Concurrent: false),
            cancellationToken: cancellationToken).Read;

        if (buffer.Events.Count == 0)
        {
            return new EventBatchResponse(read, 0, 0);
        }

        var stored = await _writer.WriteAsync(new PendingBatch(buffer.Events, cancellationToken));
        return new EventBatchResponse(read, stored, buffer.Events.Count - stored);
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>Holds a validated batch; the importer hands it to the writer only when every line was valid.</summary>
    private sealed class BufferedSession : IEventWriteSession
    {
        public SegmentedList<NormalizedEvent> Events { get; } = new();

        public bool Add(NormalizedEvent normalizedEvent)
        {
            Events.Add(normalizedEvent);
            return true;
        }

        public void Commit()
        {
            // The real write happens on the writer's thread, after the importer has accepted the whole batch.
        }

        public void Dispose()
        {
        }
    }
}
