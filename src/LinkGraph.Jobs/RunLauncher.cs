using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Pipeline;
using Quartz;

namespace LinkGraph.Jobs;

/// <summary>Starts detection runs on demand: records the run as queued, then fires the job for it.</summary>
public sealed class RunLauncher(IRunStore runs, ISchedulerFactory schedulers, TimeProvider time)
{
    public const string TriggerGroup = "runs";

    /// <summary>Creates a queued run and schedules it to start now (after any run in progress).</summary>
    public async Task<RunRecord> StartAsync(string trigger, CancellationToken cancellationToken)
    {
        var run = runs.CreateRun(trigger, time.GetUtcNow());
        await ScheduleAsync(run.Id, cancellationToken);
        return run;
    }

    /// <summary>
    /// Fires the job for an existing run. The trigger is named after the run, and any earlier trigger of that
    /// name is replaced, so scheduling a run twice (recovery after a crash) still runs it once more, not twice.
    /// </summary>
    public async Task ScheduleAsync(string runId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var key = new TriggerKey(runId, TriggerGroup);
        await scheduler.UnscheduleJob(key, cancellationToken);
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key)
            .ForJob(DetectRingsJob.Key)
            .UsingJobData(DetectRingsJob.RunIdKey, runId)
            .StartNow()
            .Build();
        await scheduler.ScheduleJob(trigger, new ScheduleJobOptions(), cancellationToken);
    }
}
