using LinkGraph.Core.Pipeline;

namespace LinkGraph.Jobs;

/// <summary>
/// Runs detection over everything stored and returns the rings. The port the job calls: the production
/// implementation wraps Core's detection pipeline over the event store; tests substitute a controllable one.
/// </summary>
public interface IRingDetector
{
    DetectionResult Detect(IProgress<StageProgress> progress, CancellationToken cancellationToken);
}
