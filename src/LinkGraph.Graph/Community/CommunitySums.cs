namespace LinkGraph.Graph.Community;

/// <summary>Per-community internal edge weight and node total, shared by the quality functions.</summary>
internal static class CommunitySums
{
    /// <param name="useStrength">Sum node strengths when true, node counts when false.</param>
    public static (double[] Internal, double[] Totals, int Count) Compute(CsrGraph graph, ReadOnlySpan<int> membership, bool useStrength)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        if (membership.Length != n)
        {
            throw new ArgumentException($"Membership has {membership.Length} entries but the graph has {n} nodes.", nameof(membership));
        }

        var count = 0;
        for (var v = 0; v < n; v++)
        {
            if (membership[v] < 0)
            {
                throw new ArgumentException($"Node {v} has community {membership[v]}; ids must be >= 0.", nameof(membership));
            }

            count = Math.Max(count, membership[v] + 1);
        }

        var internalWeight = new double[count];
        var totals = new double[count];
        for (var v = 0; v < n; v++)
        {
            var c = membership[v];
            totals[c] += useStrength ? graph.Strength(v) : 1;
            var targets = graph.Neighbors(v);
            var weights = graph.NeighborWeights(v);
            for (var i = 0; i < targets.Length; i++)
            {
                var t = targets[i];
                if (membership[t] == c)
                {
                    // Edges between distinct nodes are seen from both ends, self-loops once.
                    internalWeight[c] += t == v ? weights[i] : weights[i] / 2;
                }
            }
        }

        return (internalWeight, totals, count);
    }
}
