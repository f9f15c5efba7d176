using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Errors;

namespace LinkGraph.Core.Pipeline;

/// <summary>
/// The lifecycle of one detection run, the same for the background job and the command line: claim the run
/// (queued, or left running by a crash), detect while recording stage progress on it, then publish (rings and the
/// succeeded state in one transaction) or record the failure as <c>"&lt;exception type&gt;: &lt;message&gt;"</c>.
/// Idempotent: a run already finished is left alone, so an at-least-once re-delivery is harmless.
/// </summary>
/// <remarks>
/// The job and the command line each had their own copy of this, and they drifted: the command line ignored a run
/// it could not claim and recorded failures without the exception type.
/// </remarks>
public sealed class DetectionRunService(IRunStore runs, IRingDetector detector, TimeProvider time)
{
    private readonly IRunStore _runs = runs ?? throw new ArgumentNullException(nameof(runs));
    private readonly IRingDetector _detector = detector ?? throw new ArgumentNullException(nameof(detector));
    private readonly TimeProvider _time = time ?? throw new ArgumentNullException(nameof(time));

    /// <summary>A new queued run; <see cref="RunAsync"/> runs it.</summary>
    public RunRecord CreateRun(string trigger) => _runs.CreateRun(trigger, _time.GetUtcNow());

    /// <summary>
    /// Runs <paramref name="runId"/> once. A detection failure is recorded on the run and returned, not thrown;
    /// cancellation through <paramref name="cancellationToken"/> is thrown and leaves the run running, so start-up
    /// recovery runs it again.
    /// </summary>
    public async Task<DetectionRunOutcome> RunAsync(string runId, DetectionRunHooks? hooks, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        hooks ??= new DetectionRunHooks();
        if (!_runs.TryStartRun(runId, _time.GetUtcNow()))
        {
            return new DetectionRunOutcome(DetectionRunStatus.NotStarted, _runs.GetRun(runId), null);
        }

        var started = _runs.GetRun(runId) ?? throw new LinkGraphException("run_missing", $"Run {runId} was started but cannot be read back.");
        var progress = new RecordingProgress(_runs, runId, hooks.Progress);
        var publishing = Task.CompletedTask;
        try
        {
            progress.Report(new StageProgress(RunStages.Ingest, 0, "reading the event store"));

            // Detection is CPU-bound and synchronous; keep it off the caller's thread (a scheduler's, for the job).
            var result = await Task.Run(() => _detector.Detect(progress, cancellationToken), cancellationToken).ConfigureAwait(false);
            progress.Report(new StageProgress(RunStages.Publish, 99, "storing rings"));
            if (hooks.BeforePublishAsync is { } beforePublish)
            {
                await beforePublish(cancellationToken).ConfigureAwait(false);
            }

            // Whole milliseconds, as the store keeps them: what the caller writes while publishing matches the stored run.
            var finishedAt = DateTimeOffset.FromUnixTimeMilliseconds(_time.GetUtcNow().ToUnixTimeMilliseconds());
            publishing = hooks.WhilePublishing?.Invoke(started, result, finishedAt) ?? Task.CompletedTask;
            _runs.CompleteRun(runId, result, finishedAt);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await publishing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
#pragma warning disable CA1031 // every failure must be recorded on the run with its reason, whatever its type
        catch (Exception e)
#pragma warning restore CA1031
        {
            // The caller's output written meanwhile settles before the run is marked failed and the caller cleans up.
            await publishing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            _runs.FailRun(runId, FailureReason(e), _time.GetUtcNow());
            return new DetectionRunOutcome(DetectionRunStatus.Failed, _runs.GetRun(runId), e);
        }

        // The run is published; a failure of the caller's own output is the caller's, not the run's.
        await publishing.ConfigureAwait(false);
        return new DetectionRunOutcome(DetectionRunStatus.Succeeded, _runs.GetRun(runId), null);
    }

    /// <summary>The reason recorded on a failed run.</summary>
    public static string FailureReason(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return $"{exception.GetType().Name}: {exception.Message}";
    }

    /// <summary>Records each report on the run and passes it on, on the caller's thread and in order
    /// (Progress&lt;T&gt; would post to the thread pool and reorder).</summary>
    private sealed class RecordingProgress(IRunStore runs, string runId, IProgress<StageProgress>? next) : IProgress<StageProgress>
    {
        public void Report(StageProgress value)
        {
            runs.ReportProgress(runId, value.Stage, value.Percent);
            next?.Report(value);
        }
    }
}
