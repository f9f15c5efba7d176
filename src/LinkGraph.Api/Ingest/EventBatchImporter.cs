using LinkGraph.Api.Contracts;
using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Events;
using LinkGraph.Core.Ingest;
using LinkGraph.Core.Prompts;
using LinkGraph.Core.Signals;

namespace LinkGraph.Api.Ingest;

/// <summary>
/// POST /events on Core's importer: the whole body is read and validated, and stored in one write session
/// only if every line is valid. Batches are imported one at a time: SQLite has one writer, and queueing here
/// is cheaper than contending for its lock.
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
        var importer = new EventImporter(new EventNormalizer(PromptSketcher.Sketch));
        _writer.Wait(cancellationToken);
        try
        {
            using var session = _store.BeginImport();
            var result = importer.Import(
                source, session, "request body", new ImportOptions(MaxReportedRejections: Errors.ProblemDetailsMapping.MaxListedRejections),
                cancellationToken: cancellationToken);
            return new EventBatchResponse(result.Read, result.Stored, result.Duplicates);
        }
        finally
        {
            _writer.Release();
        }
    }

    public void Dispose() => _writer.Dispose();
}
