namespace LinkGraph.Graph.Community;

public static partial class Leiden
{
    /// <summary>Below this log-probability relative to the best candidate a choice is ignored (e^-50 ≈ 2e-22).</summary>
    private const double NegligibleLogWeight = -50;

    /// <summary>
    /// Refinement (Traag et al. 2019, Algorithm A.2 RefinePartition / MergeNodesSubset): starting from singletons,
    /// inside each community S of P visit its nodes in random order; a node that is still a singleton and
    /// well connected to S (w(v, S − v) ≥ r · a_v · (A_S − a_v)) joins a well-connected refined community C of S
    /// with non-negative gain, chosen at random with probability ∝ exp(gain / β) (staying alone has gain 0).
    /// Nodes only ever join communities they have an edge to, so every refined community is connected. O(m).
    /// </summary>
    /// <param name="k">Community count of <c>ws.Membership</c>, whose ids are 0..k−1.</param>
    /// <returns>Refined community count; <c>ws.Refined</c> holds ids 0..count−1.</returns>
    private static int Refine(LeidenWorkspace ws, int k)
    {
        var graph = ws.Graph;
        var n = graph.NodeCount;
        var membership = ws.Membership;
        var nodeWeight = ws.NodeWeight;
        var communityWeight = ws.CommunityWeight;
        var refined = ws.Refined;
        var refinedWeight = ws.RefinedWeight;
        var refinedExternal = ws.RefinedExternal;
        var refinedSize = ws.RefinedSize;
        var within = ws.WithinWeight;
        var neighborWeight = ws.NeighborWeight;
        var touched = ws.Touched;
        var gains = ws.CandidateGain;
        var random = ws.Random;
        var r = ws.ScaledResolution;
        var beta = ws.Beta;
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var weights = graph.Weights;

        Array.Clear(communityWeight, 0, k);
        for (var v = 0; v < n; v++)
        {
            var c = membership[v];
            communityWeight[c] += nodeWeight[v];
            var w = 0.0;
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
            {
                var t = targets[i];
                if (t != v && membership[t] == c)
                {
                    w += weights[i];
                }
            }

            within[v] = w;
            refined[v] = v;
            refinedWeight[v] = nodeWeight[v];
            refinedExternal[v] = w;
            refinedSize[v] = 1;
        }

        // Random visiting order inside each community: group a random permutation by community.
        var order = ws.Queue.AsSpan(0, n);
        random.Permutation(order);
        ws.Group(membership, n, k, order);
        var groupStart = ws.GroupStart;
        var groupNodes = ws.GroupNodes;

        for (var s = 0; s < k; s++)
        {
            var totalS = communityWeight[s];
            for (var idx = groupStart[s]; idx < groupStart[s + 1]; idx++)
            {
                var v = groupNodes[idx];
                ws.Poll();
                if (refinedSize[refined[v]] != 1)
                {
                    continue;
                }

                var a = nodeWeight[v];
                if (within[v] < r * a * (totalS - a))
                {
                    continue;
                }

                var touchedCount = 0;
                for (var i = offsets[v]; i < offsets[v + 1]; i++)
                {
                    var t = targets[i];
                    if (t == v || membership[t] != s)
                    {
                        continue;
                    }

                    var c = refined[t];
                    if (neighborWeight[c] == 0)
                    {
                        touched[touchedCount++] = c;
                    }

                    neighborWeight[c] += weights[i];
                }

                var chosen = Choose(v, a, totalS, r, beta, touchedCount, touched, neighborWeight, refinedWeight, refinedExternal, gains, random);
                if (chosen != v)
                {
                    refinedSize[v] = 0;
                    refined[v] = chosen;
                    refinedSize[chosen]++;
                    refinedWeight[chosen] += a;
                    refinedExternal[chosen] += within[v] - (2 * neighborWeight[chosen]);
                }

                for (var j = 0; j < touchedCount; j++)
                {
                    neighborWeight[touched[j]] = 0;
                }
            }
        }

        return ws.Renumber(refined, n);
    }

    /// <summary>Draws the refined community singleton <paramref name="v"/> joins (itself when it stays alone).</summary>
    private static int Choose(
        int v,
        double a,
        double totalS,
        double r,
        double beta,
        int touchedCount,
        int[] touched,
        double[] neighborWeight,
        double[] refinedWeight,
        double[] refinedExternal,
        double[] gains,
        Xoshiro256 random)
    {
        var maxGain = 0.0;
        var candidates = 0;
        for (var j = 0; j < touchedCount; j++)
        {
            var c = touched[j];
            var size = refinedWeight[c];
            var gain = neighborWeight[c] - (r * a * size);
            if (gain >= 0 && refinedExternal[c] >= r * size * (totalS - size))
            {
                gains[j] = gain;
                candidates++;
                if (gain > maxGain)
                {
                    maxGain = gain;
                }
            }
            else
            {
                gains[j] = double.NaN;
            }
        }

        if (candidates == 0)
        {
            return v;
        }

        // Weights exp((gain − max) / β), staying alone first; terms below e^-50 of the best are dropped.
        var stayLog = -maxGain / beta;
        var total = stayLog > NegligibleLogWeight ? Math.Exp(stayLog) : 0.0;
        for (var j = 0; j < touchedCount; j++)
        {
            var logWeight = (gains[j] - maxGain) / beta;
            if (logWeight > NegligibleLogWeight)
            {
                total += Math.Exp(logWeight);
            }
        }

        var x = random.NextDouble() * total;
        var cumulative = stayLog > NegligibleLogWeight ? Math.Exp(stayLog) : 0.0;
        if (x < cumulative)
        {
            return v;
        }

        var last = v;
        for (var j = 0; j < touchedCount; j++)
        {
            var logWeight = (gains[j] - maxGain) / beta;
            if (logWeight > NegligibleLogWeight)
            {
                last = touched[j];
                cumulative += Math.Exp(logWeight);
                if (x < cumulative)
                {
                    return last;
                }
            }
        }

        return last;
    }
}
