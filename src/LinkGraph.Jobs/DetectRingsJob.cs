using LinkGraph.Core.Abstractions;
using Quartz;

namespace LinkGraph.Jobs;

/// <summary>
/// The Quartz job for detection runs. A firing carries the run id in its data (on-demand runs and recovery);
/// a cron firing carries none and creates its run first. Never two at once: a run rewrites the published rings.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DetectRingsJob(DetectionRunner runner, IRunStore runs, TimeProvider time) : IJob
{
    public const string RunIdKey = "runId";
    public const string ScheduleTrigger = "schedule";

    public static readonly JobKey Key = new("detect-rings", "linkgraph");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runId = context.MergedJobDataMap.GetString(RunIdKey)
            ?? runs.CreateRun(ScheduleTrigger, time.GetUtcNow()).Id;
        var run = await runner.RunAsync(runId, p => context.ReportProgress((int)p.Percent, p.Stage), cancellationToken);
        context.Result = run?.FailureReason is { } reason ? JobRunReport.Failed(reason) : JobRunReport.Succeeded(runId);
    }
}
