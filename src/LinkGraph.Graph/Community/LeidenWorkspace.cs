namespace LinkGraph.Graph.Community;


/// <summary>
/// State of one <see cref="Leiden.Run"/>: the current level (graph, node weights, partition) and scratch arrays.
/// Everything is allocated once, sized for the input graph, and reused by every level and iteration, so the move
/// loop never allocates. <see cref="NeighborWeight"/> is all zeros between uses.
/// </summary>
internal sealed class LeidenWorkspace
{
    public LeidenWorkspace(CsrGraph graph, LeidenOptions options, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        Input = graph;
        Level0.Borrow(graph);
        Graph = Level0;
        Objective = options.Objective;
        Resolution = options.Resolution;
        Beta = options.Beta;
        Random = new Xoshiro256(options.Seed);
        Token = cancellationToken;
        NodeWeight = new double[n];
        NextNodeWeight = new double[n];
        Membership = new int[n];
        NextMembership = new int[n];
        CommunityWeight = new double[n];
        CommunitySize = new int[n];
        NeighborWeight = new double[n];
        Touched = new int[n];
        CandidateGain = new double[n];
        Queue = new int[n];
        InQueue = new bool[n];
        EmptyCommunities = new int[n];
        Refined = new int[n];
        RefinedWeight = new double[n];
        RefinedExternal = new double[n];
        RefinedSize = new int[n];
        WithinWeight = new double[n];
        GroupStart = new int[n + 1];
        GroupNodes = new int[n];
        Map = new int[n];
        NodeToAggregate = new int[n];
    }

    public CsrGraph Input { get; }

    public LeidenObjective Objective { get; }

    public double Resolution { get; }

    public double Beta { get; }

    public Xoshiro256 Random { get; }

    public CancellationToken Token { get; }

    /// <summary>γ scaled so that a move gain is <c>w(v, C) − ScaledResolution · a_v · A_C</c> in edge-weight units:
    /// γ / 2m for modularity (a = strength), γ for CPM (a = node count).</summary>
    public double ScaledResolution { get; set; }

    /// <summary>The current level's graph: <see cref="Level0"/>, then aggregates in <see cref="BufferA"/> and
    /// <see cref="BufferB"/> in turn.</summary>
    public LevelGraph Graph { get; set; }

    public LevelGraph Level0 { get; } = new();

    public LevelGraph BufferA { get; } = new();

    public LevelGraph BufferB { get; } = new();

    public double[] NodeWeight { get; set; }

    public double[] NextNodeWeight { get; set; }

    /// <summary>The partition P of the current level's nodes.</summary>
    public int[] Membership { get; set; }

    public int[] NextMembership { get; set; }

    public double[] CommunityWeight { get; }

    public int[] CommunitySize { get; }

    public double[] NeighborWeight { get; }

    public int[] Touched { get; }

    public double[] CandidateGain { get; }

    public int[] Queue { get; }

    public bool[] InQueue { get; }

    public int[] EmptyCommunities { get; }

    public int[] Refined { get; }

    public double[] RefinedWeight { get; }

    public double[] RefinedExternal { get; }

    public int[] RefinedSize { get; }

    /// <summary>Per node: weight of its edges to other nodes of its own community (refinement).</summary>
    public double[] WithinWeight { get; }

    public int[] GroupStart { get; }

    public int[] GroupNodes { get; }

    public int[] Map { get; }

    /// <summary>Per input node: the current level's node that contains it.</summary>
    public int[] NodeToAggregate { get; }

    private int _steps;

    /// <summary>Checks for cancellation every 2^14 steps, which keeps the check off the profile.</summary>
    public void Poll()
    {
        if ((++_steps & 0x3FFF) == 0)
        {
            Token.ThrowIfCancellationRequested();
        }
    }

    public void SwapLevelBuffers()
    {
        (NodeWeight, NextNodeWeight) = (NextNodeWeight, NodeWeight);
        (Membership, NextMembership) = (NextMembership, Membership);
    }

    /// <summary>Renumbers <paramref name="ids"/>[0..count) to 0..k−1 in order of first appearance.</summary>
    /// <returns>k.</returns>
    public int Renumber(int[] ids, int count)
    {
        var map = Map;
        Array.Fill(map, -1, 0, count);
        var next = 0;
        for (var v = 0; v < count; v++)
        {
            var c = ids[v];
            var m = map[c];
            if (m < 0)
            {
                m = next++;
                map[c] = m;
            }

            ids[v] = m;
        }

        return next;
    }

    /// <summary>Counting-sorts the nodes 0..count−1 by <paramref name="keys"/> (k buckets) into
    /// <see cref="GroupNodes"/>, visiting them in <paramref name="order"/>, or by id when it is empty.</summary>
    public void Group(int[] keys, int count, int k, ReadOnlySpan<int> order)
    {
        var start = GroupStart;
        Array.Clear(start, 0, k + 1);
        for (var v = 0; v < count; v++)
        {
            start[keys[v] + 1]++;
        }

        for (var c = 0; c < k; c++)
        {
            start[c + 1] += start[c];
        }

        var cursor = Map;
        Array.Copy(start, cursor, k);
        for (var i = 0; i < count; i++)
        {
            var v = order.IsEmpty ? i : order[i];
            GroupNodes[cursor[keys[v]]++] = v;
        }
    }
}
