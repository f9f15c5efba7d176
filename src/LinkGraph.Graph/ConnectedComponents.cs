namespace LinkGraph.Graph;

/// <summary>
/// Connected components with canonical numbering: component ids are 0, 1, ... in order of each component's
/// smallest node id, so node 0 is always in component 0 and outputs are stable across runs.
/// </summary>
public static class ConnectedComponents
{
    /// <summary>Components of a CSR graph, by union-find over its arcs: O(m α(n)).</summary>
    public static int[] Compute(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var uf = new UnionFind(n);
        for (var v = 0; v < n; v++)
        {
            foreach (var t in graph.Neighbors(v))
            {
                // Each edge is stored twice; uniting once is enough.
                if (t > v)
                {
                    uf.Union(v, t);
                }
            }
        }

        return Canonical(uf, n);
    }

    /// <summary>Components of the graph on <paramref name="nodeCount"/> nodes whose i-th edge is
    /// <c>{edgeU[i], edgeV[i]}</c>, without building a graph: O(m α(n)).</summary>
    public static int[] Compute(int nodeCount, ReadOnlySpan<int> edgeU, ReadOnlySpan<int> edgeV)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        if (edgeU.Length != edgeV.Length)
        {
            throw new ArgumentException($"edgeU has {edgeU.Length} entries but edgeV has {edgeV.Length}; they must match.", nameof(edgeV));
        }

        var uf = new UnionFind(nodeCount);
        for (var i = 0; i < edgeU.Length; i++)
        {
            int u = edgeU[i], v = edgeV[i];
            if ((uint)u >= (uint)nodeCount || (uint)v >= (uint)nodeCount)
            {
                throw new ArgumentOutOfRangeException(nameof(edgeU), $"Edge {i} ({u}, {v}) names a node outside 0..{nodeCount - 1}.");
            }

            uf.Union(u, v);
        }

        return Canonical(uf, nodeCount);
    }

    private static int[] Canonical(UnionFind uf, int n)
    {
        var membership = new int[n];
        LabelBySmallestMember(uf, membership);
        return membership;
    }

    /// <summary>Writes each node's set as an id numbered in order of the set's smallest member; returns the number of sets.</summary>
    internal static int LabelBySmallestMember(UnionFind uf, Span<int> membership)
    {
        var n = membership.Length;
        var idOfRoot = new int[n];
        Array.Fill(idOfRoot, -1);
        var next = 0;
        for (var v = 0; v < n; v++)
        {
            var root = uf.Find(v);
            if (idOfRoot[root] < 0)
            {
                idOfRoot[root] = next++;
            }

            membership[v] = idOfRoot[root];
        }

        return next;
    }
}
