namespace LinkGraph.Graph.Community;

/// <summary>
/// The graph of one Leiden level in the <see cref="CsrGraph"/> layout, over arrays that may be longer than needed:
/// level 0 borrows the input's arrays, aggregates reuse two buffer sets in turn, so a run allocates its level graphs
/// a few times rather than once per level and iteration.
/// </summary>
internal sealed class LevelGraph
{
    public int NodeCount { get; private set; }

    public int ArcCount { get; private set; }

    public int[] Offsets { get; private set; } = [];

    public int[] Targets { get; private set; } = [];

    public double[] Weights { get; private set; } = [];

    /// <summary>Points at the input graph's arrays (read only by contract).</summary>
    public void Borrow(CsrGraph graph)
    {
        NodeCount = graph.NodeCount;
        ArcCount = graph.ArcCount;
        Offsets = graph.RawOffsets;
        Targets = graph.RawTargets;
        Weights = graph.RawWeights;
    }

    /// <summary>Makes this buffer set (never one that borrowed) a graph of the given size, growing its arrays only when they are too small.
    /// Contents are garbage until the caller fills them.</summary>
    public void Reset(int nodeCount, int arcCount)
    {
        if (Offsets.Length < nodeCount + 1)
        {
            Offsets = new int[nodeCount + 1];
        }

        if (Targets.Length < arcCount)
        {
            Targets = new int[arcCount];
            Weights = new double[arcCount];
        }

        NodeCount = nodeCount;
        ArcCount = arcCount;
    }
}
