using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace LinkGraph.Core.Prompts;

/// <summary>
/// MinHash sketch of a prompt (Broder 1997, "On the resemblance and containment of documents") over
/// word 3-shingles of the <see cref="PromptNormalizer"/> form, with LSH banding (Indyk &amp; Motwani 1998;
/// Leskovec, Rajaraman &amp; Ullman, MMDS ch. 3). The sketch is <see cref="HashCount"/> little-endian 32-bit
/// minima (256 bytes); the share of equal positions of two sketches estimates the Jaccard similarity of their
/// shingle sets with standard error sqrt(J(1-J)/64). The hash family is fixed forever: sketches are persisted.
/// </summary>
public static partial class PromptSketcher
{
    public const int HashCount = 64;
    /// <summary>
    /// LSH bands of <see cref="RowsPerBand"/> minimum each (<see cref="TemplateClusterer"/>): every minimum is its own
    /// band, so the bands two prompts share are exactly their equal minima, whose count is Binomial(64, s). Slot-filled,
    /// paraphrased instances of one template share only a skeleton (s around 0.1–0.2: about 6–13 equal minima),
    /// wider bands would miss them (two-row bands: 1 − (1 − s²)^32 ≈ 0.28 at s = 0.1).
    /// </summary>
    public const int Bands = 64;
    public const int RowsPerBand = HashCount / Bands;
    public const int SketchBytes = HashCount * sizeof(uint);
    public const int ShingleWords = 3;

    /// <summary>Prompts with fewer words get no sketch: "hi", "thanks" and the like are shared by honest crowds.</summary>
    public const int MinWords = 5;

    /// <summary>Words beyond this are ignored (the template is in the first few hundred words).</summary>
    public const int MaxWords = 1024;

    private static readonly ulong[] Multipliers = CreateFamily(0x5EED_0001UL, odd: true);
    private static readonly ulong[] Offsets = CreateFamily(0x5EED_0002UL, odd: false);

    /// <summary>The widest kernel this machine runs in hardware (the JIT folds the checks to a constant).</summary>
    internal static SketchKernel BestKernel =>
        Vector512.IsHardwareAccelerated ? SketchKernel.Vector512
        : Vector256.IsHardwareAccelerated ? SketchKernel.Vector256
        : SketchKernel.Scalar;

    /// <summary>The sketch of <paramref name="text"/>, or null when it has fewer than <see cref="MinWords"/> words.</summary>
    public static byte[]? Sketch(string text) => SketchWith(text, BestKernel);

    /// <summary>
    /// The sketch computed with a given minima kernel (all kernels give the same bytes; tests compare them). Locals are
    /// not zeroed: the 8 KB word buffer is written before it is read.
    /// </summary>
    [SkipLocalsInit]
    internal static byte[]? SketchWith(string text, SketchKernel kernel)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<ulong> words = stackalloc ulong[MaxWords];
        var count = HashWords(text, words);
        if (count < MinWords)
        {
            return null;
        }

        // Shingle hashes in place: step i reads words i..i+2, and only word i is overwritten.
        var shingles = words[..(count - ShingleWords + 1)];
        for (var i = 0; i < shingles.Length; i++)
        {
            shingles[i] = Mix(words[i] ^ BitOperations.RotateLeft(words[i + 1], 21) ^ BitOperations.RotateLeft(words[i + 2], 42));
        }

        Span<uint> minima = stackalloc uint[HashCount];
        switch (kernel)
        {
            case SketchKernel.Vector512:
                Minima512(shingles, minima);
                break;
            case SketchKernel.Vector256:
                Minima256(shingles, minima);
                break;
            default:
                MinimaScalar(shingles, minima);
                break;
        }

        var bytes = new byte[SketchBytes];
        for (var j = 0; j < HashCount; j++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(j * 4), minima[j]);
        }

        return bytes;
    }

    /// <summary>Estimated Jaccard similarity: the share of positions where the two sketches agree.</summary>
    public static double Similarity(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        Validate(a, nameof(a));
        Validate(b, nameof(b));
        var equal = 0;
        for (var j = 0; j < SketchBytes; j += 4)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(a[j..]) == BinaryPrimitives.ReadUInt32LittleEndian(b[j..]))
            {
                equal++;
            }
        }

        return equal / (double)HashCount;
    }

    /// <summary>Throws when <paramref name="sketch"/> is not a sketch made by this class.</summary>
    public static void Validate(ReadOnlySpan<byte> sketch, string name)
    {
        if (sketch.Length != SketchBytes)
        {
            throw new ArgumentException($"A prompt sketch has {SketchBytes} bytes, but '{name}' has {sketch.Length}.", name);
        }
    }

    /// <summary>
    /// Hashes each maximal run of letters and digits of the <see cref="PromptNormalizer"/> form, computed on the fly
    /// (lower case, each run of digits read as one '0'; white space only separates words), without building the
    /// normalised string. Returns the number of words hashed.
    /// </summary>
    private static int HashWords(string text, Span<ulong> words)
    {
        var count = 0;
        var hash = 0UL;
        var inWord = false;
        var inDigits = false;
        foreach (var raw in text)
        {
            // ASCII is classified inline (the same answers as the char methods below, which it skips).
            bool isWordChar, isDigit;
            if (char.IsAscii(raw))
            {
                isDigit = char.IsAsciiDigit(raw);
                isWordChar = isDigit || char.IsAsciiLetter(raw);
            }
            else
            {
                isWordChar = char.IsLetterOrDigit(raw);
                isDigit = isWordChar && char.IsDigit(raw);
            }

            if (isWordChar)
            {
                if (isDigit && inDigits)
                {
                    continue;
                }

                inDigits = isDigit;
                var c = isDigit ? '0' : char.IsAsciiLetterUpper(raw) ? (char)(raw | 0x20) : char.IsAscii(raw) ? raw : char.ToLowerInvariant(raw);

                // FNV-1a over UTF-16 code units, finalised with Mix below.
                hash = ((inWord ? hash : 0xCBF29CE484222325UL) ^ c) * 0x100000001B3UL;
                inWord = true;
                continue;
            }

            inDigits = false;

            if (inWord)
            {
                words[count++] = Mix(hash);
                inWord = false;
                if (count == words.Length)
                {
                    return count;
                }
            }
        }

        if (inWord)
        {
            words[count++] = Mix(hash);
        }

        return count;
    }

    /// <summary>The 64-bit finaliser of MurmurHash3 (Appleby): full avalanche of a 64-bit value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x;
    }

    /// <summary>SplitMix64 (Steele, Lea &amp; Flood 2014) from a fixed seed: the same family on every machine.</summary>
    private static ulong[] CreateFamily(ulong seed, bool odd)
    {
        var values = new ulong[HashCount];
        var state = seed;
        for (var j = 0; j < HashCount; j++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            values[j] = odd ? z | 1UL : z;
        }

        return values;
    }
}
