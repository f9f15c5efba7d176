using LinkGraph.Core.Pipeline;

namespace LinkGraph.Core.Abstractions;

/// <summary>
/// Runs detection over everything stored and returns the rings. The port <see cref="DetectionRunService"/> calls:
/// the production implementation wraps the detection pipeline over the event store; tests substitute a controllable one.
/// </summary>
public interface IRingDetector
{
    DetectionResult Detect(IProgress<StageProgress> progress, CancellationToken cancellationToken);
}
