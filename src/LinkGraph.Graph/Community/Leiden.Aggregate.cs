namespace LinkGraph.Graph.Community;

public static partial class Leiden
{
    /// <summary>
    /// Aggregation (Traag et al. 2019, Algorithm A.2 AggregateGraph): one node per refined community, weighted by
    /// its members' total weight; edges between refined communities summed; edges inside one become its self-loop
    /// (weight e_c, so strengths and both objectives are preserved). The aggregate's starting partition is P: each
    /// refined community goes to the community of P that contains it. O(n + m).
    /// </summary>
    /// <param name="count">Refined community count; <c>ws.Refined</c> ids are 0..count−1.</param>
    private static void Aggregate(LeidenWorkspace ws, int count)
    {
        var graph = ws.Graph;
        var n = graph.NodeCount;
        var refined = ws.Refined;
        var membership = ws.Membership;
        var nodeWeight = ws.NodeWeight;
        var nextWeight = ws.NextNodeWeight;
        var nextMembership = ws.NextMembership;
        var neighborWeight = ws.NeighborWeight;
        var touched = ws.Touched;
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var weights = graph.Weights;

        Array.Clear(nextWeight, 0, count);
        for (var v = 0; v < n; v++)
        {
            var c = refined[v];
            nextWeight[c] += nodeWeight[v];
            nextMembership[c] = membership[v];
        }

        ws.Group(refined, n, count, []);
        var groupStart = ws.GroupStart;
        var groupNodes = ws.GroupNodes;

        // A counting pass first, so the aggregate's arrays are allocated once at their exact size.
        var arcCount = CountAggregateArcs(ws, count);
        var next = ReferenceEquals(ws.Graph, ws.BufferA) ? ws.BufferB : ws.BufferA;
        next.Reset(count, arcCount);
        var newOffsets = next.Offsets;
        var newTargets = next.Targets;
        var newWeights = next.Weights;
        var write = 0;
        for (var c = 0; c < count; c++)
        {
            newOffsets[c] = write;
            var self = 0.0;
            var touchedCount = 0;
            for (var idx = groupStart[c]; idx < groupStart[c + 1]; idx++)
            {
                var u = groupNodes[idx];
                ws.Poll();
                for (var i = offsets[u]; i < offsets[u + 1]; i++)
                {
                    var t = targets[i];
                    var ct = refined[t];
                    if (ct == c)
                    {
                        // An inner edge is met from both ends, a self-loop once.
                        self += t == u ? weights[i] : weights[i] / 2;
                        continue;
                    }

                    if (neighborWeight[ct] == 0)
                    {
                        touched[touchedCount++] = ct;
                    }

                    neighborWeight[ct] += weights[i];
                }
            }

            for (var j = 0; j < touchedCount; j++)
            {
                var ct = touched[j];
                newTargets[write] = ct;
                newWeights[write] = neighborWeight[ct];
                neighborWeight[ct] = 0;
                write++;
            }

            if (self > 0)
            {
                newTargets[write] = c;
                newWeights[write] = self;
                write++;
            }
        }

        newOffsets[count] = write;
        ws.Graph = next;
        ws.SwapLevelBuffers();
    }

    /// <summary>Arcs of the aggregate: distinct neighbouring refined communities per community, plus its self-loop.</summary>
    private static int CountAggregateArcs(LeidenWorkspace ws, int count)
    {
        var graph = ws.Graph;
        var refined = ws.Refined;
        var groupStart = ws.GroupStart;
        var groupNodes = ws.GroupNodes;
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var seen = ws.Map;
        Array.Fill(seen, -1, 0, count);
        var arcs = 0;
        for (var c = 0; c < count; c++)
        {
            var self = false;
            for (var idx = groupStart[c]; idx < groupStart[c + 1]; idx++)
            {
                var u = groupNodes[idx];
                for (var i = offsets[u]; i < offsets[u + 1]; i++)
                {
                    var ct = refined[targets[i]];
                    if (ct == c)
                    {
                        self = true;
                    }
                    else if (seen[ct] != c)
                    {
                        seen[ct] = c;
                        arcs++;
                    }
                }
            }

            if (self)
            {
                arcs++;
            }
        }

        return arcs;
    }

    /// <summary>Aggregates <paramref name="graph"/> once by <paramref name="partition"/> (ids 0..k−1), with strengths as
    /// node weights; lets tests check that aggregation preserves strengths and quality.</summary>
    internal static (LevelGraph Graph, double[] NodeWeight) AggregateOnce(CsrGraph graph, int[] partition, int k)
    {
        var ws = new LeidenWorkspace(graph, new LeidenOptions(), CancellationToken.None);
        graph.Strengths.CopyTo(ws.NodeWeight);
        Array.Copy(partition, ws.Refined, graph.NodeCount);
        Array.Copy(partition, ws.Membership, graph.NodeCount);
        Aggregate(ws, k);
        return (ws.Graph, ws.NodeWeight);
    }
}
