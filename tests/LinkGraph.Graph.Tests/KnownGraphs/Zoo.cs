using LinkGraph.Graph;

namespace LinkGraph.Graph.Tests.KnownGraphs;

/// <summary>Known graphs, named after what they are.</summary>
public static class Zoo
{
    /// <summary>Zachary's karate club (1977): 34 members, 78 friendships; row i lists i's higher neighbours (1-based).</summary>
    private static readonly int[][] ZacharyRows =
    [
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 18, 20, 22, 32],
        [2, 3, 4, 8, 14, 18, 20, 22, 31],
        [3, 4, 8, 9, 10, 14, 28, 29, 33],
        [4, 8, 13, 14],
        [5, 7, 11],
        [6, 7, 11, 17],
        [7, 17],
        [9, 31, 33, 34],
        [10, 34],
        [14, 34],
        [15, 33, 34],
        [16, 33, 34],
        [19, 33, 34],
        [20, 34],
        [21, 33, 34],
        [23, 33, 34],
        [24, 26, 28, 30, 33, 34],
        [25, 26, 28, 32],
        [26, 32],
        [27, 30, 34],
        [28, 34],
        [29, 32, 34],
        [30, 33, 34],
        [31, 33, 34],
        [32, 33, 34],
        [33, 34],
    ];

    public static CsrGraph Zachary()
    {
        var builder = new CsrGraphBuilder(34);
        foreach (var row in ZacharyRows)
        {
            for (var i = 1; i < row.Length; i++)
            {
                builder.AddEdge(row[0] - 1, row[i] - 1);
            }
        }

        return builder.Build();
    }

    /// <summary>Two cliques of <paramref name="size"/> nodes (0..size−1 and size..2·size−1) joined by one bridge.</summary>
    public static CsrGraph TwoCliquesWithBridge(int size)
    {
        var builder = new CsrGraphBuilder(2 * size);
        for (var offset = 0; offset <= size; offset += size)
        {
            for (var i = 0; i < size; i++)
            {
                for (var j = i + 1; j < size; j++)
                {
                    builder.AddEdge(offset + i, offset + j);
                }
            }
        }

        builder.AddEdge(size - 1, size);
        return builder.Build();
    }

    /// <summary><paramref name="rings"/> disjoint cycles of <paramref name="size"/> nodes each, ring r on r·size..</summary>
    public static CsrGraph TwoRings(int rings = 2, int size = 6)
    {
        var builder = new CsrGraphBuilder(rings * size);
        for (var r = 0; r < rings; r++)
        {
            for (var i = 0; i < size; i++)
            {
                builder.AddEdge((r * size) + i, (r * size) + ((i + 1) % size));
            }
        }

        return builder.Build();
    }

    /// <summary>A ring of 5-cliques (Fortunato &amp; Barthélemy's resolution-limit example), cliques joined in a cycle.</summary>
    public static CsrGraph RingOfCliques(int cliques, int size)
    {
        var builder = new CsrGraphBuilder(cliques * size);
        for (var c = 0; c < cliques; c++)
        {
            var o = c * size;
            for (var i = 0; i < size; i++)
            {
                for (var j = i + 1; j < size; j++)
                {
                    builder.AddEdge(o + i, o + j);
                }
            }

            builder.AddEdge(o, (((c + 1) % cliques) * size) + 1);
        }

        return builder.Build();
    }

    /// <summary>A 6-ring whose every node also has a self-loop of weight 2.</summary>
    public static CsrGraph RingWithSelfLoops()
    {
        var builder = new CsrGraphBuilder(6);
        for (var i = 0; i < 6; i++)
        {
            builder.AddEdge(i, (i + 1) % 6);
            builder.AddEdge(i, i, 2.0);
        }

        return builder.Build();
    }

    public static CsrGraph NullGraph() => new CsrGraphBuilder(0).Build();

    public static CsrGraph Edgeless(int n) => new CsrGraphBuilder(n).Build();

    /// <summary>A seeded random graph: <paramref name="blocks"/> planted groups, edges inside with probability
    /// pIn, across with pOut, random weights in [0.5, 2) when <paramref name="weighted"/>.</summary>
    public static CsrGraph Planted(int seed, int n, int blocks, double pIn, double pOut, bool weighted = false)
    {
        var random = new Random(seed);
        var builder = new CsrGraphBuilder(n);
        for (var u = 0; u < n; u++)
        {
            for (var v = u + 1; v < n; v++)
            {
                var p = u % blocks == v % blocks ? pIn : pOut;
                if (random.NextDouble() < p)
                {
                    builder.AddEdge(u, v, weighted ? 0.5 + (1.5 * random.NextDouble()) : 1.0);
                }
            }
        }

        return builder.Build();
    }
}
