using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LinkGraph.Jobs;

/// <summary>
/// Executes one detection run: marks it running, runs detection while recording stage progress, then publishes
/// (rings and succeeded state in one transaction) or records a readable failure reason. Idempotent: a run
/// already finished is left alone, so an at-least-once re-delivery is harmless.
/// </summary>
public sealed class DetectionRunner
{
    private readonly IRunStore _runs;
    private readonly IRingDetector _detector;
    private readonly TimeProvider _time;
    private readonly IOptions<JobsOptions> _options;
    private readonly ILogger<DetectionRunner> _logger;

    public DetectionRunner(IRunStore runs, IRingDetector detector, TimeProvider time, IOptions<JobsOptions> options, ILogger<DetectionRunner> logger)
    {
        _runs = runs;
        _detector = detector;
        _time = time;
        _options = options;
        _logger = logger;
    }

    /// <param name="onProgress">Also told each stage's progress (the Quartz job forwards it to the scheduler).</param>
    /// <returns>The run as stored afterwards, or null if the run is unknown.</returns>
    public async Task<RunRecord?> RunAsync(string runId, Action<StageProgress>? onProgress, CancellationToken cancellationToken)
    {
        if (!_runs.TryStartRun(runId, _time.GetUtcNow()))
        {
            _logger.LogInformation("Run {RunId} is finished or unknown; nothing to do", runId);
            return _runs.GetRun(runId);
        }

        _logger.LogInformation("Run {RunId} started", runId);
        var progress = new SynchronousProgress(p =>
        {
            _runs.ReportProgress(runId, p.Stage, p.Percent);
            onProgress?.Invoke(p);
        });

        try
        {
            progress.Report(new StageProgress(RunStages.Ingest, 0, "reading the event store"));

            // Detection is CPU-bound and synchronous; keep it off the scheduler's thread.
            var result = await Task.Run(() => _detector.Detect(progress, cancellationToken), cancellationToken);
            progress.Report(new StageProgress(RunStages.Publish, 99));
            if (_options.Value.HoldBeforePublish > TimeSpan.Zero)
            {
                await Task.Delay(_options.Value.HoldBeforePublish, _time, cancellationToken);
            }

            _runs.CompleteRun(runId, result, _time.GetUtcNow());
            _logger.LogInformation("Run {RunId} succeeded: {Rings} rings over {Accounts} accounts", runId, result.Rings.Count, result.Accounts);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: leave the run "running" so start-up recovery runs it again.
            _logger.LogWarning("Run {RunId} interrupted by shutdown; it will be re-run at next start", runId);
            throw;
        }
#pragma warning disable CA1031 // every failure must be recorded on the run with its reason, whatever its type
        catch (Exception e)
#pragma warning restore CA1031
        {
            _logger.LogError(e, "Run {RunId} failed", runId);
            _runs.FailRun(runId, $"{e.GetType().Name}: {e.Message}", _time.GetUtcNow());
        }

        return _runs.GetRun(runId);
    }

    /// <summary>Reports on the caller's thread, in order (Progress&lt;T&gt; would post to the thread pool and reorder).</summary>
    private sealed class SynchronousProgress(Action<StageProgress> report) : IProgress<StageProgress>
    {
        public void Report(StageProgress value) => report(value);
    }
}
