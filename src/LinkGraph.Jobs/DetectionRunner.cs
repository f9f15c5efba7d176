using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LinkGraph.Jobs;

/// <summary>
/// The job's side of a detection run: <see cref="DetectionRunService"/> runs it (claim, detect, publish or record
/// the failure); this adds the drill hold before publishing, forwards progress to the scheduler and logs the outcome.
/// </summary>
public sealed class DetectionRunner
{
    private readonly DetectionRunService _service;
    private readonly TimeProvider _time;
    private readonly IOptions<JobsOptions> _options;
    private readonly ILogger<DetectionRunner> _logger;

    public DetectionRunner(IRunStore runs, IRingDetector detector, TimeProvider time, IOptions<JobsOptions> options, ILogger<DetectionRunner> logger)
    {
        _service = new DetectionRunService(runs, detector, time);
        _time = time;
        _options = options;
        _logger = logger;
    }

    /// <param name="onProgress">Also told each stage's progress (the Quartz job forwards it to the scheduler).</param>
    /// <returns>The run as stored afterwards, or null if the run is unknown.</returns>
    public async Task<RunRecord?> RunAsync(string runId, Action<StageProgress>? onProgress, CancellationToken cancellationToken)
    {
        var hold = _options.Value.HoldBeforePublish;
        var hooks = new DetectionRunHooks
        {
            Progress = onProgress is null ? null : new ForwardingProgress(onProgress),
            BeforePublishAsync = hold > TimeSpan.Zero ? ct => Task.Delay(hold, _time, ct) : null,
        };

        _logger.LogInformation("Run {RunId} starting", runId);
        DetectionRunOutcome outcome;
        try
        {
            outcome = await _service.RunAsync(runId, hooks, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("Run {RunId} interrupted by shutdown; it will be re-run at next start", runId);
            throw;
        }

        switch (outcome.Status)
        {
            case DetectionRunStatus.NotStarted:
                _logger.LogInformation("Run {RunId} is finished or unknown; nothing to do", runId);
                break;
            case DetectionRunStatus.Failed:
                _logger.LogError(outcome.Failure, "Run {RunId} failed", runId);
                break;
            default:
                _logger.LogInformation("Run {RunId} succeeded: {Rings} rings over {Accounts} accounts", runId, outcome.Run?.Rings, outcome.Run?.Accounts);
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
