namespace LinkGraph.Core.Pipeline;

/// <summary>Stable stage names, used alike in logs, the run table, the API and explanations.</summary>
public static class RunStages
{
    public const string Ingest = "ingest";
    public const string Signals = "signals";
    public const string Link = "link";
    public const string Cluster = "cluster";
    public const string Score = "score";
    public const string Publish = "publish";

    /// <summary>In execution order.</summary>
    public static IReadOnlyList<string> All { get; } = [Ingest, Signals, Link, Cluster, Score, Publish];
}
