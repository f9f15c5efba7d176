namespace LinkGraph.Graph;

/// <summary>
/// Immutable weighted undirected graph in compressed sparse row (CSR) form.
/// </summary>
/// <remarks>
/// Layout:
/// <list type="bullet">
/// <item><c>offsets</c> has length <c>NodeCount + 1</c>; the arcs of node <c>v</c> are
/// <c>[offsets[v], offsets[v + 1])</c> and the last entry is the arc count.</item>
/// <item><c>targets</c> (int) and <c>weights</c> (double) hold one entry per arc. Every undirected edge
/// <c>{u, v}</c> with <c>u != v</c> is stored in both directions (two arcs); a self-loop <c>{v, v}</c> is stored
/// once, as one arc of <c>v</c> to itself.</item>
/// <item>Self-loop rule (igraph's): a self-loop of weight <c>w</c> counts once in <see cref="Degree"/> and
/// <see cref="Neighbors"/> but twice in <see cref="Strength"/>, so the strengths sum to <c>2 * TotalWeight</c>,
/// which is what modularity expects.</item>
/// <item>Graphs from <see cref="CsrGraphBuilder"/> have each row sorted by target with parallel edges merged.
/// Aggregate graphs built inside Leiden keep rows unsorted; nothing outside relies on the order.</item>
/// <item>Memory: 4 bytes per node for offsets plus 8 for strengths, and 12 bytes per arc, i.e. about
/// 24 bytes per undirected edge.</item>
/// </list>
/// </remarks>
public sealed class CsrGraph
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly double[] _weights;
    private readonly double[] _strengths;

    /// <summary>Takes ownership of arrays that already satisfy the layout above; callers inside the assembly only.</summary>
    internal CsrGraph(int[] offsets, int[] targets, double[] weights, int edgeCount)
    {
        _offsets = offsets;
        _targets = targets;
        _weights = weights;
        EdgeCount = edgeCount;
        var n = offsets.Length - 1;
        _strengths = new double[n];
        var total = 0.0;
        for (var v = 0; v < n; v++)
        {
            var s = 0.0;
            var end = offsets[v + 1];
            for (var i = offsets[v]; i < end; i++)
            {
                // A self-loop counts twice toward strength (see the remarks).
                s += targets[i] == v ? 2 * weights[i] : weights[i];
            }

            _strengths[v] = s;
            total += s;
        }

        TotalWeight = total / 2;
    }

    /// <summary>Number of nodes; ids are <c>0 .. NodeCount - 1</c>.</summary>
    public int NodeCount => _offsets.Length - 1;

    /// <summary>Number of undirected edges after merging parallel edges (a self-loop is one edge).</summary>
    public int EdgeCount { get; }

    /// <summary>Number of stored arcs: two per edge between distinct nodes, one per self-loop.</summary>
    public int ArcCount => _targets.Length;

    /// <summary>Sum of all edge weights, each undirected edge (and self-loop) counted once.</summary>
    public double TotalWeight { get; }

    public ReadOnlySpan<int> Neighbors(int v) => _targets.AsSpan(_offsets[v], _offsets[v + 1] - _offsets[v]);

    public ReadOnlySpan<double> NeighborWeights(int v) => _weights.AsSpan(_offsets[v], _offsets[v + 1] - _offsets[v]);

    /// <summary>Number of arcs of <paramref name="v"/>: distinct neighbours, a self-loop counting once.</summary>
    public int Degree(int v) => _offsets[v + 1] - _offsets[v];

    /// <summary>Weighted degree: sum of incident edge weights, a self-loop counting twice.</summary>
    public double Strength(int v) => _strengths[v];

    /// <summary>The raw arrays, for algorithms in this assembly that promise not to write them.</summary>
    internal int[] RawOffsets => _offsets;

    internal int[] RawTargets => _targets;

    internal double[] RawWeights => _weights;

    internal ReadOnlySpan<double> Strengths => _strengths;
}
