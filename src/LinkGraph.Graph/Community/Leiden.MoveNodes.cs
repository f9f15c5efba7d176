namespace LinkGraph.Graph.Community;

public static partial class Leiden
{
    /// <summary>
    /// Fast local moving (Traag et al. 2019, Algorithm A.2 MoveNodesFast): visit nodes from a queue seeded in random
    /// order; move each to the neighbouring (or an empty) community with the largest strictly positive gain; after a
    /// move, queue the neighbours outside the new community that are not queued yet. Ends when the queue is empty, so
    /// no single move improves the level's partition. O(m) per pass over the queue.
    /// </summary>
    /// <remarks>Needs <c>ws.Membership</c> ids in 0..N−1. Gain of moving v (weight a) into C, v removed from its own
    /// community: w(v, C) − r · a · A_C with r = <see cref="LeidenWorkspace.ScaledResolution"/>.</remarks>
    /// <returns>Whether any node moved.</returns>
    private static bool MoveNodes(LeidenWorkspace ws)
    {
        var graph = ws.Graph;
        var n = graph.NodeCount;
        var membership = ws.Membership;
        var nodeWeight = ws.NodeWeight;
        var communityWeight = ws.CommunityWeight;
        var communitySize = ws.CommunitySize;
        var neighborWeight = ws.NeighborWeight;
        var touched = ws.Touched;
        var touchedWeight = ws.CandidateGain;
        var queue = ws.Queue;
        var inQueue = ws.InQueue;
        var empty = ws.EmptyCommunities;
        var r = ws.ScaledResolution;
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var weights = graph.Weights;

        Array.Clear(communityWeight, 0, n);
        Array.Clear(communitySize, 0, n);
        for (var v = 0; v < n; v++)
        {
            communityWeight[membership[v]] += nodeWeight[v];
            communitySize[membership[v]]++;
        }

        var emptyCount = 0;
        for (var c = n - 1; c >= 0; c--)
        {
            if (communitySize[c] == 0)
            {
                empty[emptyCount++] = c;
            }
        }

        ws.Random.Permutation(queue.AsSpan(0, n));
        Array.Fill(inQueue, true, 0, n);
        var head = 0;
        var count = n;
        var moved = false;
        while (count > 0)
        {
            var v = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            count--;
            inQueue[v] = false;
            ws.Poll();

            var current = membership[v];
            var a = nodeWeight[v];
            var start = offsets[v];
            var end = offsets[v + 1];
            var touchedCount = end - start <= SmallDegree
                ? GatherSmall(v, start, end, targets, weights, membership, touched, touchedWeight)
                : GatherDense(v, start, end, targets, weights, membership, touched, touchedWeight, neighborWeight);

            var currentWeight = 0.0;
            for (var j = 0; j < touchedCount; j++)
            {
                if (touched[j] == current)
                {
                    currentWeight = touchedWeight[j];
                    break;
                }
            }

            communityWeight[current] -= a;
            var ra = r * a;
            var best = current;
            var bestGain = currentWeight - (ra * communityWeight[current]);
            for (var j = 0; j < touchedCount; j++)
            {
                var c = touched[j];
                var gain = touchedWeight[j] - (ra * communityWeight[c]);
                if (gain > bestGain)
                {
                    best = c;
                    bestGain = gain;
                }
            }

            if (bestGain < 0 && communitySize[current] > 1)
            {
                // Alone in a fresh community the gain is 0, better than every option seen.
                best = empty[--emptyCount];
            }

            communityWeight[best] += a;
            if (best == current)
            {
                continue;
            }

            moved = true;
            membership[v] = best;
            communitySize[best]++;
            if (--communitySize[current] == 0)
            {
                empty[emptyCount++] = current;
            }

            for (var i = start; i < end; i++)
            {
                var t = targets[i];
                if (!inQueue[t] && membership[t] != best)
                {
                    var tail = head + count;
                    if (tail >= n)
                    {
                        tail -= n;
                    }

                    queue[tail] = t;
                    inQueue[t] = true;
                    count++;
                }
            }
        }

        return moved;
    }

    /// <summary>Rows up to this length gather neighbour communities by a linear search of a short list that stays in
    /// L1, instead of a dense per-community array (one random memory access less per arc).</summary>
    private const int SmallDegree = 48;

    /// <summary>Sums v's edge weight per neighbouring community (self-loops skipped), in order of first appearance.</summary>
    /// <returns>Number of distinct communities written to <paramref name="touched"/> / <paramref name="touchedWeight"/>.</returns>
    private static int GatherSmall(int v, int start, int end, ReadOnlySpan<int> targets, ReadOnlySpan<double> weights, int[] membership, int[] touched, double[] touchedWeight)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            var t = targets[i];
            if (t == v)
            {
                continue;
            }

            var c = membership[t];
            var j = 0;
            while (j < count && touched[j] != c)
            {
                j++;
            }

            if (j == count)
            {
                touched[count] = c;
                touchedWeight[count] = weights[i];
                count++;
            }
            else
            {
                touchedWeight[j] += weights[i];
            }
        }

        return count;
    }

    /// <summary>As <see cref="GatherSmall"/>, accumulating in the dense array (left all zeros again).</summary>
    private static int GatherDense(int v, int start, int end, ReadOnlySpan<int> targets, ReadOnlySpan<double> weights, int[] membership, int[] touched, double[] touchedWeight, double[] neighborWeight)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            var t = targets[i];
            if (t == v)
            {
                continue;
            }

            var c = membership[t];
            if (neighborWeight[c] == 0)
            {
                touched[count++] = c;
            }

            neighborWeight[c] += weights[i];
        }

        for (var j = 0; j < count; j++)
        {
            touchedWeight[j] = neighborWeight[touched[j]];
            neighborWeight[touched[j]] = 0;
        }

        return count;
    }
}
