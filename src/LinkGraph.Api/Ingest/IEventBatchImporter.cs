using LinkGraph.Api.Contracts;

namespace LinkGraph.Api.Ingest;

/// <summary>
/// Imports one HTTP batch all-or-nothing: every line valid and the whole batch stored in one transaction, or
/// <see cref="Core.Errors.InvalidInputException"/> listing the bad lines and nothing stored. Idempotent by event id.
/// The returned task completes once the batch is committed (durable), or faults with nothing of it stored.
/// </summary>
public interface IEventBatchImporter
{
    Task<EventBatchResponse> ImportAsync(Stream body, EventBodyFormat format, CancellationToken cancellationToken);
}
