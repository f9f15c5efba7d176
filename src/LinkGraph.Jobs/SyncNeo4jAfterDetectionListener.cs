using Quartz;

namespace LinkGraph.Jobs;

/// <summary>Fires <see cref="SyncNeo4jJob"/> once a detection run job has finished without an exception.</summary>
public sealed class SyncNeo4jAfterDetectionListener : IJobListener
{
    public string Name => "sync-neo4j-after-detection";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (jobException is null && context.JobDetail.Key.Equals(DetectRingsJob.Key))
        {
            // No run id: the sync takes the latest succeeded run, which is this one unless it failed.
            await context.Scheduler.TriggerJob(SyncNeo4jJob.Key, cancellationToken);
        }
    }
}
