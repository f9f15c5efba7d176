using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Rings;

namespace LinkGraph.Jobs.Tests;

/// <summary>Reports the four pipeline stages and returns one ring, or throws what it is told to; counts calls.</summary>
public sealed class ScriptedRingDetector : IRingDetector
{
    private int _calls;

    public Func<CancellationToken, Exception?>? Fail { get; set; }

    public int Calls => Volatile.Read(ref _calls);

    public List<StageProgress> Reported { get; } = [];

    public static DetectionResult OneRing { get; } = new(
        3, 3,
        [new Ring("ring-1", 0.9, true, 3, ["a", "b", "c"], new Dictionary<string, int> { ["payment"] = 1 }, [new RingEvidence("payment", "card", 3)], ["3 accounts paid with one card"])],
        [new StageRecord(RunStages.Signals, TimeSpan.FromMilliseconds(1), 3, 1)],
        [new AccountLink("a", "b", 20, ["payment"])],
        []);

    public DetectionResult Detect(IProgress<StageProgress> progress, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        foreach (var (stage, percent) in new[] { (RunStages.Signals, 0.0), (RunStages.Link, 25.0), (RunStages.Cluster, 50.0), (RunStages.Score, 75.0) })
        {
            progress.Report(new StageProgress(stage, percent));
        }

        if (Fail?.Invoke(cancellationToken) is { } failure)
        {
            throw failure;
        }

        return OneRing;
    }
}
