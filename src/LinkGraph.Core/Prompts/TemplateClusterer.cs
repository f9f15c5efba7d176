using System.Buffers.Binary;
using System.Numerics;

namespace LinkGraph.Core.Prompts;

/// <summary>
/// Groups distinct prompts into templates by leader clustering over LSH candidates (MMDS ch. 3.4 for the
/// banding; the one-pass leader scheme is Hartigan's, Clustering Algorithms 1975, ch. 3). Prompts are taken
/// in priority order (most used first); each joins the most similar existing leader whose estimated Jaccard
/// similarity is at least the threshold, or becomes a leader itself. Every member is therefore close to its
/// leader, so clusters cannot chain: single linkage would join "template A + question 1" to "popular style +
/// question 1" to "popular style + question 2" until one cluster held every step-by-step prompt there is.
/// </summary>
/// <remarks>
/// Leaders are found through their band keys: one chain of leaders per band-key slot, each node tagged with
/// a 32-bit fingerprint of its key so that slot collisions cost no sketch comparison. At most
/// <see cref="MaxChecksPerPrompt"/> leaders are verified per prompt, which bounds the work when thousands of
/// leaders share one band (a popular wrapper around many different questions).
/// </remarks>
internal static class TemplateClusterer
{
    /// <summary>Upper bound on sketch comparisons per prompt.</summary>
    public const int MaxChecksPerPrompt = 64;

    /// <summary>
    /// Clusters <paramref name="count"/> sketches stored back to back in <paramref name="sketches"/> (64 minima
    /// each), visiting them in <paramref name="order"/> (a permutation of 0..count-1, highest priority first).
    /// Returns for each prompt the index of its cluster's leader; a leader maps to itself.
    /// </summary>
    public static int[] Cluster(uint[] sketches, int count, int[] order, double threshold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sketches);
        ArgumentNullException.ThrowIfNull(order);
        if (order.Length != count)
        {
            throw new ArgumentException($"order has {order.Length} entries for {count} prompts", nameof(order));
        }

        var minEqual = (int)Math.Ceiling(threshold * PromptSketcher.HashCount);
        var leaderOf = new int[count];
        Array.Fill(leaderOf, -1);
        var slots = (int)Math.Min(1L << 30, BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 4)));
        var slotHead = new int[slots];
        Array.Fill(slotHead, -1);
        var mask = slots - 1;

        // Chain nodes, one per (leader, band): the leader's prompt index, the key fingerprint, the next node.
        var nodePrompt = new int[Math.Max(16, count)];
        var nodeFingerprint = new uint[nodePrompt.Length];
        var nodeNext = new int[nodePrompt.Length];
        var nodes = 0;
        Span<ulong> keys = stackalloc ulong[PromptSketcher.Bands];
        Span<int> checkedLeaders = stackalloc int[MaxChecksPerPrompt];
        for (var visited = 0; visited < count; visited++)
        {
            if ((visited & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var p = order[visited];
            if ((uint)p >= (uint)count || leaderOf[p] != -1)
            {
                throw new ArgumentException($"order is not a permutation of 0..{count - 1} (entry {visited} = {p})", nameof(order));
            }

            var best = -1;
            var bestEqual = minEqual - 1;
            var checks = 0;
            for (var band = 0; band < PromptSketcher.Bands; band++)
            {
                keys[band] = BandKey(sketches, p, band);
                var fingerprint = (uint)(keys[band] >> 32);
                for (var node = slotHead[(int)keys[band] & mask]; node >= 0 && checks < MaxChecksPerPrompt; node = nodeNext[node])
                {
                    var leader = nodePrompt[node];
                    if (nodeFingerprint[node] != fingerprint || checkedLeaders[..checks].Contains(leader))
                    {
                        continue;
                    }

                    checkedLeaders[checks++] = leader;
                    var equal = EqualMinima(sketches, p, leader);
                    if (equal > bestEqual)
                    {
                        best = leader;
                        bestEqual = equal;
                    }
                }
            }

            if (best >= 0)
            {
                leaderOf[p] = best;
                continue;
            }

            leaderOf[p] = p;
            if (nodes + PromptSketcher.Bands > nodePrompt.Length)
            {
                var grown = (int)Math.Min(Array.MaxLength, (long)nodePrompt.Length * 2);
                Array.Resize(ref nodePrompt, grown);
                Array.Resize(ref nodeFingerprint, grown);
                Array.Resize(ref nodeNext, grown);
            }

            for (var band = 0; band < PromptSketcher.Bands; band++)
            {
                var slot = (int)keys[band] & mask;
                nodePrompt[nodes] = p;
                nodeFingerprint[nodes] = (uint)(keys[band] >> 32);
                nodeNext[nodes] = slotHead[slot];
                slotHead[slot] = nodes;
                nodes++;
            }
        }

        return leaderOf;
    }

    /// <summary>Copies a sketch's minima into <paramref name="target"/> at slot <paramref name="index"/>.</summary>
    public static void Store(ReadOnlySpan<byte> sketch, uint[] target, int index)
    {
        PromptSketcher.Validate(sketch, nameof(sketch));
        var offset = index * PromptSketcher.HashCount;
        for (var j = 0; j < PromptSketcher.HashCount; j++)
        {
            target[offset + j] = BinaryPrimitives.ReadUInt32LittleEndian(sketch[(j * 4)..]);
        }
    }

    private static int EqualMinima(uint[] sketches, int a, int b)
    {
        var x = sketches.AsSpan(a * PromptSketcher.HashCount, PromptSketcher.HashCount);
        var y = sketches.AsSpan(b * PromptSketcher.HashCount, PromptSketcher.HashCount);
        var equal = 0;
        for (var j = 0; j < x.Length; j++)
        {
            equal += x[j] == y[j] ? 1 : 0;
        }

        return equal;
    }

    private static ulong BandKey(uint[] sketches, int index, int band)
    {
        var offset = (index * PromptSketcher.HashCount) + (band * PromptSketcher.RowsPerBand);
        var key = ((ulong)band + 1) * 0x9E3779B97F4A7C15UL;
        for (var r = 0; r < PromptSketcher.RowsPerBand; r++)
        {
            key = (key ^ sketches[offset + r]) * 0xFF51AFD7ED558CCDUL;
            key ^= key >> 32;
        }

        return key;
    }
}
