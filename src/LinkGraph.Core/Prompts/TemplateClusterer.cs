using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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
/// a 32-bit fingerprint of its key so that slot collisions cost no sketch comparison. Leaders sharing at least
/// <see cref="MinSharedBands"/> bands are verified, most shared bands first, at most
/// <see cref="MaxChecksPerPrompt"/> per prompt, which bounds the work when thousands of leaders share one band
/// (a popular wrapper around many different questions).
/// </remarks>
internal static partial class TemplateClusterer
{
    /// <summary>Upper bound on sketch comparisons per prompt.</summary>
    public const int MaxChecksPerPrompt = 64;

    /// <summary>
    /// Fewest bands (equal minima) a leader must share with a prompt to be verified at all: a single shared
    /// shingle is a common phrase, not a template.
    /// </summary>
    public const int MinSharedBands = 2;

    private const int MaxBandHits = PromptSketcher.Bands * MaxChainLength;

    /// <summary>Slots of the table counting shared bands per leader: a power of two, at least twice <see cref="MaxBandHits"/>.</summary>
    private const int HitTableBits = 10;

    private const int HitTableSize = 1 << HitTableBits;

    /// <summary>
    /// Leaders kept per band-key slot. A band shared by many leaders (a popular wrapper around many questions)
    /// keeps its first, highest-priority ones; later leaders stay reachable through their other bands.
    /// </summary>
    private const int MaxChainLength = 8;

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
        var minShared = Math.Max(MinSharedBands, minEqual);
        var leaderOf = new int[count];
        Array.Fill(leaderOf, -1);
        var slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(count * 16L, 16, 1L << 30));
        var slotHead = new int[slots];
        Array.Fill(slotHead, -1);
        var slotLength = new byte[slots];
        var mask = slots - 1;

        // Chain nodes, one per (leader, band): the leader's prompt index, the key fingerprint, the next node.
        var chain = new ChainNode[Math.Max(16, count)];
        var nodes = 0;
        Span<ulong> keyRing = stackalloc ulong[KeyRing * PromptSketcher.Bands];
        Span<int> heads = stackalloc int[PromptSketcher.Bands];
        Span<int> hits = stackalloc int[MaxBandHits];
        Span<long> candidates = stackalloc long[MaxBandHits];
        Span<int> tableLeader = stackalloc int[HitTableSize];
        tableLeader.Fill(-1);
        Span<int> tableCount = stackalloc int[HitTableSize];
        Span<int> used = stackalloc int[MaxBandHits];
        for (var ahead = 0; ahead < Math.Min(HeadLead, count); ahead++)
        {
            KeysAhead(sketches, order, ahead, keyRing);
        }

        for (var visited = 0; visited < count; visited++)
        {
            if ((visited & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Prefetch(sketches, order, visited, keyRing, slotHead, mask, chain);

            var p = order[visited];
            if ((uint)p >= (uint)count || leaderOf[p] != -1)
            {
                throw new ArgumentException($"order is not a permutation of 0..{count - 1} (entry {visited} = {p})", nameof(order));
            }

            // Every leader sharing a band key, once per shared band. The slot heads are all loaded before any
            // chain is walked: independent cache misses overlap instead of queueing behind the chain walks.
            var keys = keyRing.Slice(visited % KeyRing * PromptSketcher.Bands, PromptSketcher.Bands);
            for (var band = 0; band < PromptSketcher.Bands; band++)
            {
                heads[band] = slotHead[(int)keys[band] & mask];
            }

            var hitCount = 0;
            for (var band = 0; band < PromptSketcher.Bands; band++)
            {
                var fingerprint = (uint)(keys[band] >> 32);
                for (var node = heads[band]; node >= 0 && hitCount < MaxBandHits;)
                {
                    ref readonly var n = ref chain[node];
                    if (n.Fingerprint == fingerprint)
                    {
                        hits[hitCount++] = n.Prompt;
                    }

                    node = n.Next;
                }
            }

            // Candidates share at least MinSharedBands bands; the ones sharing most are verified first. Shared
            // bands are counted in a small open-addressing table (at most half full), cheaper than sorting the hits.
            var distinct = 0;
            foreach (var leader in hits[..hitCount])
            {
                var slot = (int)(((uint)leader * 0x9E3779B1u) >> (32 - HitTableBits));
                while (tableLeader[slot] != leader && tableLeader[slot] != -1)
                {
                    slot = (slot + 1) & (HitTableSize - 1);
                }

                if (tableLeader[slot] == -1)
                {
                    tableLeader[slot] = leader;
                    tableCount[slot] = 0;
                    used[distinct++] = slot;
                }

                tableCount[slot]++;
            }

            var candidateCount = 0;
            foreach (var slot in used[..distinct])
            {
                if (tableCount[slot] >= minShared)
                {
                    candidates[candidateCount++] = ((long)(PromptSketcher.Bands - tableCount[slot]) << 32) | (uint)tableLeader[slot];
                }

                tableLeader[slot] = -1;
            }

            candidates[..candidateCount].Sort();
            var checks = Math.Min(candidateCount, MaxChecksPerPrompt);
            if (Sse.IsSupported)
            {
                for (var c = 0; c < checks; c++)
                {
                    PrefetchSketch(sketches, (int)(candidates[c] & 0xFFFFFFFF));
                }
            }

            var best = -1;
            var bestEqual = minEqual - 1;
            for (var c = 0; c < checks; c++)
            {
                var leader = (int)(candidates[c] & 0xFFFFFFFF);
                var equal = EqualMinima(sketches, p, leader);
                if (equal > bestEqual)
                {
                    best = leader;
                    bestEqual = equal;
                }
            }

            if (best >= 0)
            {
                leaderOf[p] = best;
                continue;
            }

            leaderOf[p] = p;
            if (nodes + PromptSketcher.Bands > chain.Length)
            {
                Array.Resize(ref chain, (int)Math.Min(Array.MaxLength, Math.Max((long)chain.Length * 2, nodes + PromptSketcher.Bands)));
            }

            for (var band = 0; band < PromptSketcher.Bands; band++)
            {
                var slot = (int)keys[band] & mask;
                if (slotLength[slot] >= MaxChainLength)
                {
                    continue;
                }

                slotLength[slot]++;
                chain[nodes] = new ChainNode(p, (uint)(keys[band] >> 32), slotHead[slot]);
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
        var j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; j + Vector256<uint>.Count <= x.Length; j += Vector256<uint>.Count)
            {
                var same = Vector256.Equals(Vector256.Create<uint>(x[j..]), Vector256.Create<uint>(y[j..]));
                equal += BitOperations.PopCount(same.ExtractMostSignificantBits());
            }
        }

        for (; j < x.Length; j++)
        {
            equal += x[j] == y[j] ? 1 : 0;
        }

        return equal;
    }

    /// <summary>The bucket key of <paramref name="band"/> for sketch <paramref name="index"/>: equal iff the band's minima are.</summary>
    internal static ulong BandKey(uint[] sketches, int index, int band)
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

    /// <summary>A leader in the chain of one band-key slot: the leader, its key's fingerprint, the next node or -1.</summary>
    private readonly record struct ChainNode(int Prompt, uint Fingerprint, int Next);
}
