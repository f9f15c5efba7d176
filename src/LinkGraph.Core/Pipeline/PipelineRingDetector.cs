using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Options;

namespace LinkGraph.Core.Pipeline;

/// <summary>The production detector: the detection pipeline over everything in the event store.</summary>
public sealed class PipelineRingDetector : IRingDetector
{
    private readonly IDetectionSource _source;
    private readonly DetectionOptions _options;

    public PipelineRingDetector(IDetectionSource source, DetectionOptions options)
    {
        _source = source;
        _options = options;
    }

    public DetectionResult Detect(IProgress<StageProgress> progress, CancellationToken cancellationToken) =>
        new DetectionPipeline(_options).Run(_source, progress, cancellationToken);
}
