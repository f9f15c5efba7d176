using LinkGraph.Graph;

namespace LinkGraph.Graph.Tests.Reference;

/// <summary>
/// Textbook modularity over all node pairs, Q = 1/2m Σ_ij [A_ij − γ k_i k_j / 2m] δ(c_i, c_j), with A_ii = 2·w for a
/// self-loop (igraph's convention); O(n²), independent of the library's community sums.
/// </summary>
public static class NaiveModularity
{
    public static double Compute(CsrGraph graph, IReadOnlyList<int> membership, double resolution = 1.0)
    {
        var n = graph.NodeCount;
        var a = new double[n, n];
        var k = new double[n];
        for (var v = 0; v < n; v++)
        {
            var targets = graph.Neighbors(v);
            var weights = graph.NeighborWeights(v);
            for (var i = 0; i < targets.Length; i++)
            {
                a[v, targets[i]] += targets[i] == v ? 2 * weights[i] : weights[i];
            }
        }

        var twoM = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                k[i] += a[i, j];
            }

            twoM += k[i];
        }

        if (twoM == 0)
        {
            return 0;
        }

        var q = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (membership[i] == membership[j])
                {
                    q += a[i, j] - (resolution * k[i] * k[j] / twoM);
                }
            }
        }

        return q / twoM;
    }

    /// <summary>CPM by pairs: Σ_{i&lt;j same community} (A_ij − γ) + Σ self-loops.</summary>
    public static double Cpm(CsrGraph graph, IReadOnlyList<int> membership, double resolution)
    {
        var n = graph.NodeCount;
        var h = 0.0;
        for (var i = 0; i < n; i++)
        {
            var targets = graph.Neighbors(i);
            var weights = graph.NeighborWeights(i);
            for (var x = 0; x < targets.Length; x++)
            {
                if (targets[x] >= i && membership[targets[x]] == membership[i])
                {
                    h += weights[x];
                }
            }

            for (var j = i + 1; j < n; j++)
            {
                if (membership[i] == membership[j])
                {
                    h -= resolution;
                }
            }
        }

        return h;
    }
}
