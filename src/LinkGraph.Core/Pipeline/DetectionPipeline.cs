using System.Diagnostics;
using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Linking;
using LinkGraph.Core.Options;
using LinkGraph.Core.Rings;

namespace LinkGraph.Core.Pipeline;

/// <summary>
/// The detection run: <c>signals</c> (read the source, cluster prompts into templates), <c>link</c> (weighted
/// account links, O(observations)), <c>cluster</c> (strong-link components, split by Leiden) and <c>score</c>
/// (features, score, evidence, reasons). Pure: reads only the source it is given; the same input and options
/// give the same rings.
/// </summary>
public sealed partial class DetectionPipeline
{
    private readonly DetectionOptions _options;

    public DetectionPipeline(DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        DetectionOptionsValidator.ThrowIfInvalid(options);
        _options = options;
    }

    public DetectionResult Run(IDetectionSource source, IProgress<StageProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        var stages = new List<StageRecord>();

        // Stage durations are measured with Stopwatch timestamps (a monotonic counter, not the wall clock).
        var started = Stopwatch.GetTimestamp();
        progress?.Report(new StageProgress(RunStages.Signals, 0, "reading accounts, identifiers, observations and prompts"));
        var data = DetectionDataLoader.Load(source, _options.TemplateJaccard, ct);
        stages.Add(new StageRecord(RunStages.Signals, Stopwatch.GetElapsedTime(started), data.ObsAccount.Count + data.PromptAccount.Length, data.GroupCount,
            $"{data.AccountCount} accounts, {data.PromptAccount.Length} prompts, {data.TemplateCount} prompt templates"));

        started = Stopwatch.GetTimestamp();
        progress?.Report(new StageProgress(RunStages.Link, 25, "linking accounts that share identifiers"));
        var links = new LinkBuilder(data, _options.CliqueMaxAccounts, _options.TemporalNeighbours, _options.LockstepWindow, _options.WaveBucket).Build(ct);
        stages.Add(new StageRecord(RunStages.Link, Stopwatch.GetElapsedTime(started), data.ObsAccount.Count, links.Count,
            $"{links.Count} weighted links"));

        started = Stopwatch.GetTimestamp();
        progress?.Report(new StageProgress(RunStages.Cluster, 50, "clustering strong links"));
        var (ringOf, ringCount, strongLinks) = Cluster(data, links, ct);
        (ringOf, ringCount) = RingTrimmer.Trim(data, ringOf, ringCount);
        stages.Add(new StageRecord(RunStages.Cluster, Stopwatch.GetElapsedTime(started), strongLinks, ringCount,
            $"{strongLinks} strong links, {ringCount} candidate rings ({_options.Clustering})"));

        started = Stopwatch.GetTimestamp();
        progress?.Report(new StageProgress(RunStages.Score, 75, "scoring rings"));
        var stats = RingAnalyzer.Analyze(data, links, ringOf, ringCount, _options.SynchronyWindow.TotalHours, _options.EvidencePerRing, ct);
        var rings = BuildRings(data, ringOf, stats);
        var strong = StrongLinksOf(data, links, ringOf);
        var derived = DerivedObservationsOf(data, ringOf);
        stages.Add(new StageRecord(RunStages.Score, Stopwatch.GetElapsedTime(started), ringCount, rings.Count,
            $"{rings.Count(r => r.Flagged)} of {rings.Count} rings flagged at {_options.FlagThreshold}"));
        progress?.Report(new StageProgress(RunStages.Score, 100, "done"));
        return new DetectionResult(data.AccountCount, links.Count, rings, stages, strong, derived);
    }
}
