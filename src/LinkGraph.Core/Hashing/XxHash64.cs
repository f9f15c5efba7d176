using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace LinkGraph.Core.Hashing;

/// <summary>
/// XXH64 (xxHash, 64-bit variant) as LinkGraph keys things with it: text hashed as UTF-8, the 64-bit value or its
/// 16-digit lower-case hex. Stable across processes and machines, unlike <see cref="HashCode"/>, so it can key
/// persisted identifiers and idempotency keys. The hash itself is <see cref="System.IO.Hashing.XxHash64"/>.
/// </summary>
public static class XxHash64
{
    /// <summary>Digits of <see cref="HashHex"/>.</summary>
    internal const int HexLength = 16;

    // Text up to ~340 characters is encoded on the stack, longer text in a pooled buffer.
    private const int StackBytes = 1024;

    public static ulong Hash(ReadOnlySpan<byte> data, ulong seed = 0) =>
        System.IO.Hashing.XxHash64.HashToUInt64(data, unchecked((long)seed));

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
        // No format string on this path: content keys are formatted once per id-less event.
        for (var i = HexLength - 1; i >= 0; i--)
        {
            destination[i] = "0123456789abcdef"[(int)(value & 0xF)];
            value >>= 4;
        }
    }
}
