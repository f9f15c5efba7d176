namespace LinkGraph.Graph.Community;

/// <summary>
/// Constant Potts model (Traag, Van Dooren &amp; Nesterov 2011): H = Σ_c [ e_c − γ n_c (n_c − 1) / 2 ], where e_c
/// is the weight of edges inside c (a self-loop once) and n_c its node count. O(n + m).
/// </summary>
public static class Cpm
{
    public static double Compute(CsrGraph graph, ReadOnlySpan<int> membership, double resolution)
    {
        var (internalWeight, sizes, count) = CommunitySums.Compute(graph, membership, useStrength: false);
        var h = 0.0;
        for (var c = 0; c < count; c++)
        {
            h += internalWeight[c] - (resolution * sizes[c] * (sizes[c] - 1) / 2);
        }

        return h;
    }
}
