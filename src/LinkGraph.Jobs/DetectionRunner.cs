using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LinkGraph.Jobs;

/// <summary>
/// The job's side of a detection run: <see cref="DetectionRunService"/> runs it (claim, detect, publish or record
/// the failure); this adds the drill hold before publishing, forwards progress to the scheduler and logs the outcome.
/// </summary>
public sealed class DetectionRunner(IRunStore runs, IRingDetector detector, TimeProvider time, IOptions<JobsOptions> options, ILogger<DetectionRunner> logger)
{
    private readonly DetectionRunService _service = new(runs, detector, time);

    /// <param name="onProgress">Also told each stage's progress (the Quartz job forwards it to the scheduler).</param>
    /// <returns>The run as stored afterwards, or null if the run is unknown.</returns>
    public async Task<RunRecord?> RunAsync(string runId, Action<StageProgress>? onProgress, CancellationToken cancellationToken)
    {
        var hold = options.Value.HoldBeforePublish;
        var hooks = new DetectionRunHooks
        {
            Progress = onProgress is null ? null : new ForwardingProgress(onProgress),
            BeforePublishAsync = hold > TimeSpan.Zero ? ct => Task.Delay(hold, time, ct) : null,
        };

        logger.LogInformation("Run {RunId} starting", runId);
        DetectionRunOutcome outcome;
        try
        {
            outcome = await _service.RunAsync(runId, hooks, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Run {RunId} interrupted by shutdown; it will be re-run at next start", runId);
            throw;
        }

        switch (outcome.Status)
        {
            case DetectionRunStatus.NotStarted:
                logger.LogInformation("Run {RunId} is finished or unknown; nothing to do", runId);
                break;
            case DetectionRunStatus.Failed:
                logger.LogError(outcome.Failure, "Run {RunId} failed", runId);
                break;
            default:
                logger.LogInformation("Run {RunId} succeeded: {Rings} rings over {Accounts} accounts", runId, outcome.Run?.Rings, outcome.Run?.Accounts);
                break;
        }

        return outcome.Run;
    }

    /// <summary>Reports on the caller's thread, in order (Progress&lt;T&gt; would post to the thread pool and reorder).</summary>
    private sealed class ForwardingProgress(Action<StageProgress> report) : IProgress<StageProgress>
    {
        public void Report(StageProgress value) => report(value);
    }
}
