using System.Buffers.Binary;
using LinkGraph.Graph;

namespace LinkGraph.Core.Prompts;

/// <summary>
/// Groups distinct prompts into templates: near-duplicates found by LSH banding over MinHash sketches
/// (MMDS ch. 3.4), each candidate pair verified on its sketches (estimated Jaccard at least the threshold),
/// and verified pairs joined by union-find (single linkage). Per band the candidates are found by sorting
/// (band key, prompt) pairs and comparing each prompt with its predecessor in the bucket, so the work is
/// O(bands · n log n) and a bucket of m identical prompts costs m comparisons, not m².
/// </summary>
internal static class TemplateClusterer
{
    /// <summary>
    /// Clusters <paramref name="count"/> sketches stored back to back in <paramref name="sketches"/> (64 minima each).
    /// Returns for each prompt the index of its cluster's first prompt (by input order); a prompt alone in its
    /// cluster maps to itself.
    /// </summary>
    public static int[] Cluster(uint[] sketches, int count, double threshold, CancellationToken cancellationToken)
    {
        var sets = new UnionFind(count);
        var keys = new ulong[count];
        var order = new int[count];
        var minEqual = (int)Math.Ceiling(threshold * PromptSketcher.HashCount);
        for (var band = 0; band < PromptSketcher.Bands; band++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < count; i++)
            {
                keys[i] = BandKey(sketches, i, band);
                order[i] = i;
            }

            Array.Sort(keys, order);
            for (var i = 1; i < count; i++)
            {
                if (keys[i] != keys[i - 1])
                {
                    continue;
                }

                var a = order[i - 1];
                var b = order[i];
                if (sets.Find(a) != sets.Find(b) && EqualMinima(sketches, a, b) >= minEqual)
                {
                    sets.Union(a, b);
                }
            }
        }

        // Canonical representative: the smallest input index of each cluster.
        var first = new int[count];
        Array.Fill(first, int.MaxValue);
        for (var i = 0; i < count; i++)
        {
            var root = sets.Find(i);
            if (first[root] == int.MaxValue)
            {
                first[root] = i;
            }
        }

        var result = new int[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = first[sets.Find(i)];
        }

        return result;
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
