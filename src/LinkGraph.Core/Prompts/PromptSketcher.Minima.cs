using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace LinkGraph.Core.Prompts;

/// <summary>
/// The 64 minima of multiply-shift hashes (Dietzfelbinger et al. 1997: the high 32 bits of a*x+b mod 2^64) over a
/// prompt's shingle hashes. Taking the high half is monotone, so the minimum of the high halves is the high half of
/// the minimum of a*x+b: the kernels keep full 64-bit minima and shift once at the end. The vector kernels hold a
/// group of hash functions in one register (64-bit lane multiply: vpmullq with AVX-512DQ) and sweep all shingles
/// through it, so the running minima stay in registers; every kernel yields the same bits.
/// </summary>
public static partial class PromptSketcher
{
    private static void MinimaScalar(ReadOnlySpan<ulong> shingles, Span<uint> minima)
    {
        for (var j = 0; j < HashCount; j++)
        {
            var multiplier = Multipliers[j];
            var offset = Offsets[j];
            var min = ulong.MaxValue;
            foreach (var shingle in shingles)
            {
                min = Math.Min(min, (shingle * multiplier) + offset);
            }

            minima[j] = (uint)(min >> 32);
        }
    }

    private static void Minima256(ReadOnlySpan<ulong> shingles, Span<uint> minima)
    {
        ref var multipliers = ref MemoryMarshal.GetArrayDataReference(Multipliers);
        ref var offsets = ref MemoryMarshal.GetArrayDataReference(Offsets);
        ref var output = ref MemoryMarshal.GetReference(minima);
        for (var j = 0; j < HashCount; j += Vector256<ulong>.Count)
        {
            var multiplier = Vector256.LoadUnsafe(ref multipliers, (nuint)j);
            var offset = Vector256.LoadUnsafe(ref offsets, (nuint)j);
            var min = Vector256<ulong>.AllBitsSet;
            foreach (var shingle in shingles)
            {
                min = Vector256.Min(min, (Vector256.Create(shingle) * multiplier) + offset);
            }

            Vector128.StoreUnsafe(Vector256.Narrow(min >>> 32, min >>> 32).GetLower(), ref output, (nuint)j);
        }
    }

    private static void Minima512(ReadOnlySpan<ulong> shingles, Span<uint> minima)
    {
        ref var multipliers = ref MemoryMarshal.GetArrayDataReference(Multipliers);
        ref var offsets = ref MemoryMarshal.GetArrayDataReference(Offsets);
        ref var output = ref MemoryMarshal.GetReference(minima);
        for (var j = 0; j < HashCount; j += Vector512<ulong>.Count)
        {
            var multiplier = Vector512.LoadUnsafe(ref multipliers, (nuint)j);
            var offset = Vector512.LoadUnsafe(ref offsets, (nuint)j);
            var min = Vector512<ulong>.AllBitsSet;
            foreach (var shingle in shingles)
            {
                min = Vector512.Min(min, (Vector512.Create(shingle) * multiplier) + offset);
            }

            Vector256.StoreUnsafe(Vector512.Narrow(min >>> 32, min >>> 32).GetLower(), ref output, (nuint)j);
        }
    }
}
