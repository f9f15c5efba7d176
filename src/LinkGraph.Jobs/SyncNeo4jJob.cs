using LinkGraph.Neo4j;
using Quartz;

namespace LinkGraph.Jobs;

/// <summary>
/// Writes a finished run into Neo4j (<see cref="Neo4jGraphSync"/>). Job data may carry a run id; without one the
/// latest succeeded run is synced. Idempotent: a run the graph already holds as current is skipped, and every
/// write is a MERGE, so an at-least-once re-delivery is harmless.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SyncNeo4jJob : IJob
{
    public const string RunIdKey = "runId";

    public static readonly JobKey Key = new("sync-neo4j", "linkgraph");

    private readonly Neo4jGraphSync _sync;

    public SyncNeo4jJob(Neo4jGraphSync sync)
    {
        _sync = sync;
    }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runId = context.MergedJobDataMap.GetString(RunIdKey);
        try
        {
            var result = await _sync.SyncAsync(runId, force: false, cancellationToken);
            context.Result = result.Skipped
                ? JobRunReport.Skipped($"run {result.RunId} is already the current run in Neo4j")
                : JobRunReport.Succeeded($"run {result.RunId}: {result.Batches} batches in {result.Transactions} transactions, {result.Retries} replayed");
        }
        catch (Neo4jException e)
        {
            // Recorded with its Neo.* code; the next run's sync writes everything again, so no refire here.
            context.Result = JobRunReport.Failed($"{e.Neo4jCode ?? e.Code}: {e.Message}");
            throw new JobExecutionException(e.Message, e);
        }
    }
}
