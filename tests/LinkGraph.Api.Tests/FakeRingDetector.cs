using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Pipeline;

namespace LinkGraph.Api.Tests;

/// <summary>
/// Stands in for the pipeline: reports every stage, optionally stops before returning until the test opens
/// <see cref="Release"/>, and returns <see cref="Result"/> (or throws <see cref="Failure"/>).
/// </summary>
public sealed class FakeRingDetector : IRingDetector
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DetectionResult Result { get; set; } = new(0, 0, [], [], [], []);

    public Exception? Failure { get; set; }

    /// <summary>When true, Detect waits (after reporting the score stage) until <see cref="Release"/> is called.</summary>
    public bool Hold { get; set; }

    public int Calls { get; private set; }

    /// <summary>Completes once Detect has reported its last stage (and, with <see cref="Hold"/>, is waiting).</summary>
    public Task Entered => _entered.Task;

    public void Release() => _release.TrySetResult();

    public DetectionResult Detect(IProgress<StageProgress> progress, CancellationToken cancellationToken)
    {
        Calls++;
        progress.Report(new StageProgress(RunStages.Signals, 10));
        progress.Report(new StageProgress(RunStages.Link, 30));
        progress.Report(new StageProgress(RunStages.Cluster, 55));
        progress.Report(new StageProgress(RunStages.Score, 80));
        _entered.TrySetResult();
        if (Hold)
        {
            _release.Task.Wait(cancellationToken);
        }

        return Failure is null ? Result : throw Failure;
    }
}
