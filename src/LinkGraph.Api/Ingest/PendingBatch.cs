using LinkGraph.Core.Events;

namespace LinkGraph.Api.Ingest;

/// <summary>
/// A validated batch waiting for the writer: its events, and the task its request awaits (completed with the number
/// of events newly stored once the transaction holding it has committed).
/// </summary>
internal sealed class PendingBatch(IReadOnlyList<NormalizedEvent> events, CancellationToken cancellationToken)
{
    public IReadOnlyList<NormalizedEvent> Events { get; } = events;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    // Continuations run on the thread pool, never on the writer's thread.
    public TaskCompletionSource<long> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
