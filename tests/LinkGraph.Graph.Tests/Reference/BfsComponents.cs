using LinkGraph.Graph;

namespace LinkGraph.Graph.Tests.Reference;

/// <summary>Breadth-first search labelling, the obvious reference for union-find based components.</summary>
public static class BfsComponents
{
    /// <summary>Components labelled in order of their smallest node, like <see cref="ConnectedComponents"/>.</summary>
    public static int[] Compute(CsrGraph graph) => Compute(graph, null);

    /// <summary>Components of the subgraph induced by each community (edges only inside one community).</summary>
    public static int[] Compute(CsrGraph graph, IReadOnlyList<int>? membership)
    {
        var n = graph.NodeCount;
        var label = new int[n];
        Array.Fill(label, -1);
        var next = 0;
        var queue = new Queue<int>();
        for (var s = 0; s < n; s++)
        {
            if (label[s] >= 0)
            {
                continue;
            }

            label[s] = next;
            queue.Enqueue(s);
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                foreach (var t in graph.Neighbors(v))
                {
                    if (label[t] < 0 && (membership is null || membership[t] == membership[v]))
                    {
                        label[t] = next;
                        queue.Enqueue(t);
                    }
                }
            }

            next++;
        }

        return label;
    }
}
