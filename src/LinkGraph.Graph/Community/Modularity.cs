namespace LinkGraph.Graph.Community;

/// <summary>
/// Modularity (Newman &amp; Girvan 2004) with resolution γ (Reichardt &amp; Bornholdt 2006):
/// Q = Σ_c [ e_c / m − γ (K_c / 2m)² ], where m is the total edge weight, e_c the weight of edges inside c (a
/// self-loop once) and K_c the summed strength of c's nodes (a self-loop twice). Same value as igraph's
/// <c>modularity</c>. O(n + m).
/// </summary>
public static class Modularity
{
    /// <returns>The modularity; 0 for a graph without edges, where it is undefined.</returns>
    public static double Compute(CsrGraph graph, ReadOnlySpan<int> membership, double resolution = 1.0)
    {
        var (internalWeight, totals, count) = CommunitySums.Compute(graph, membership, useStrength: true);
        var m = graph.TotalWeight;
        if (m <= 0)
        {
            return 0;
        }

        var q = 0.0;
        for (var c = 0; c < count; c++)
        {
            var k = totals[c] / (2 * m);
            q += (internalWeight[c] / m) - (resolution * k * k);
        }

        return q;
    }
}
