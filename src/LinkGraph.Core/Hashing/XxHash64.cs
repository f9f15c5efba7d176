using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace LinkGraph.Core.Hashing;

/// <summary>
/// XXH64 (Yann Collet's xxHash, 64-bit variant, as specified in xxhash's doc/xxhash_spec.md).
/// Stable across processes and machines, unlike <see cref="HashCode"/>, so it can key persisted
/// identifiers and idempotency keys.
/// </summary>
public static class XxHash64
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;
    private const ulong Prime4 = 0x85EBCA77C2B2AE63UL;
    private const ulong Prime5 = 0x27D4EB2F165667C5UL;

    /// <summary>Digits of <see cref="HashHex"/>.</summary>
    internal const int HexLength = 16;

    // Text up to ~340 characters is encoded on the stack, longer text in a pooled buffer.
    private const int StackBytes = 1024;

    public static ulong Hash(ReadOnlySpan<byte> data, ulong seed = 0)
    {
        var length = data.Length;
        ulong acc;
        var offset = 0;
        if (length >= 32)
        {
            var v1 = seed + Prime1 + Prime2;
            var v2 = seed + Prime2;
            var v3 = seed;
            var v4 = seed - Prime1;
            while (offset <= length - 32)
            {
                v1 = Round(v1, BinaryPrimitives.ReadUInt64LittleEndian(data[offset..]));
                v2 = Round(v2, BinaryPrimitives.ReadUInt64LittleEndian(data[(offset + 8)..]));
                v3 = Round(v3, BinaryPrimitives.ReadUInt64LittleEndian(data[(offset + 16)..]));
                v4 = Round(v4, BinaryPrimitives.ReadUInt64LittleEndian(data[(offset + 24)..]));
                offset += 32;
            }

            acc = BitOperations.RotateLeft(v1, 1) + BitOperations.RotateLeft(v2, 7)
                + BitOperations.RotateLeft(v3, 12) + BitOperations.RotateLeft(v4, 18);
            acc = MergeRound(acc, v1);
            acc = MergeRound(acc, v2);
            acc = MergeRound(acc, v3);
            acc = MergeRound(acc, v4);
        }
        else
        {
            acc = seed + Prime5;
        }

        acc += (ulong)length;
        while (offset <= length - 8)
        {
            acc ^= Round(0, BinaryPrimitives.ReadUInt64LittleEndian(data[offset..]));
            acc = (BitOperations.RotateLeft(acc, 27) * Prime1) + Prime4;
            offset += 8;
        }

        if (offset <= length - 4)
        {
            acc ^= BinaryPrimitives.ReadUInt32LittleEndian(data[offset..]) * Prime1;
            acc = (BitOperations.RotateLeft(acc, 23) * Prime2) + Prime3;
            offset += 4;
        }

        while (offset < length)
        {
            acc ^= data[offset] * Prime5;
            acc = BitOperations.RotateLeft(acc, 11) * Prime1;
            offset++;
        }

        acc ^= acc >> 33;
        acc *= Prime2;
        acc ^= acc >> 29;
        acc *= Prime3;
        acc ^= acc >> 32;
        return acc;
    }

    /// <summary>Hash of the UTF-8 encoding of <paramref name="text"/>.</summary>
    public static ulong Hash(string text, ulong seed = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Hash(text.AsSpan(), seed);
    }

    /// <summary>Hash of the UTF-8 encoding of <paramref name="text"/> (a lone surrogate encodes as U+FFFD, as in <see cref="Encoding.UTF8"/>).</summary>
    [SkipLocalsInit]
    internal static ulong Hash(ReadOnlySpan<char> text, ulong seed = 0)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (max <= StackBytes)
        {
            Span<byte> buffer = stackalloc byte[StackBytes];
            var written = Encoding.UTF8.GetBytes(text, buffer);
            return Hash(buffer[..written], seed);
        }

        var rented = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            var written = Encoding.UTF8.GetBytes(text, rented);
            return Hash(rented.AsSpan(0, written), seed);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Lower-case 16-digit hex of the hash, the form used in persisted keys.</summary>
    public static string HashHex(string text, ulong seed = 0) => string.Create(HexLength, Hash(text, seed), static (chars, hash) => FormatHex(hash, chars));

    /// <summary>Writes <paramref name="value"/> as <see cref="HexLength"/> lower-case hex digits (as <c>ToString("x16")</c>).</summary>
    internal static void FormatHex(ulong value, Span<char> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, HexLength, nameof(destination));
        for (var i = HexLength - 1; i >= 0; i--)
        {
            destination[i] = "0123456789abcdef"[(int)(value & 0xF)];
            value >>= 4;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Round(ulong acc, ulong lane)
    {
        acc += lane * Prime2;
        acc = BitOperations.RotateLeft(acc, 31);
        return acc * Prime1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MergeRound(ulong acc, ulong value)
    {
        acc ^= Round(0, value);
        return (acc * Prime1) + Prime4;
    }
}
