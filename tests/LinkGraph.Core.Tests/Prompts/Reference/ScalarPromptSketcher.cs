using System.Buffers.Binary;
using System.Numerics;
using LinkGraph.Core.Prompts;

namespace LinkGraph.Core.Tests.Prompts.Reference;

/// <summary>
/// The MinHash sketch written the plain way (the definition <see cref="PromptSketcher"/> must keep bit for bit:
/// sketches are persisted): hash every word, every 3-shingle, then 64 multiply-shift hashes per shingle.
/// </summary>
internal static class ScalarPromptSketcher
{
    private static readonly ulong[] Multipliers = Family(0x5EED_0001UL, odd: true);
    private static readonly ulong[] Offsets = Family(0x5EED_0002UL, odd: false);

    public static byte[]? Sketch(string text)
    {
        var words = Words(text);
        if (words.Count < PromptSketcher.MinWords)
        {
            return null;
        }

        var minima = Enumerable.Repeat(uint.MaxValue, PromptSketcher.HashCount).ToArray();
        for (var i = 0; i + 3 <= words.Count; i++)
        {
            var shingle = Mix(words[i] ^ BitOperations.RotateLeft(words[i + 1], 21) ^ BitOperations.RotateLeft(words[i + 2], 42));
            for (var j = 0; j < PromptSketcher.HashCount; j++)
            {
                var h = (uint)(((shingle * Multipliers[j]) + Offsets[j]) >> 32);
                minima[j] = Math.Min(minima[j], h);
            }
        }

        var bytes = new byte[PromptSketcher.SketchBytes];
        for (var j = 0; j < minima.Length; j++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(j * 4), minima[j]);
        }

        return bytes;
    }

    /// <summary>FNV-1a of each run of letters and digits, lower-cased, a run of digits read as one '0'; at most 1024 words.</summary>
    private static List<ulong> Words(string text)
    {
        var words = new List<ulong>();
        var hash = 0UL;
        var inWord = false;
        var inDigits = false;
        foreach (var raw in text)
        {
            if (!char.IsLetterOrDigit(raw))
            {
                inDigits = false;
                if (inWord)
                {
                    words.Add(Mix(hash));
                    inWord = false;
                }

                continue;
            }

            if (char.IsDigit(raw) && inDigits)
            {
                continue;
            }

            inDigits = char.IsDigit(raw);
            var c = inDigits ? '0' : char.ToLowerInvariant(raw);
            hash = ((inWord ? hash : 0xCBF29CE484222325UL) ^ c) * 0x100000001B3UL;
            inWord = true;
        }

        if (inWord)
        {
            words.Add(Mix(hash));
        }

        return words.Count > PromptSketcher.MaxWords ? words[..PromptSketcher.MaxWords] : words;
    }

    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 33)) * 0xFF51AFD7ED558CCDUL;
        x = (x ^ (x >> 33)) * 0xC4CEB9FE1A85EC53UL;
        return x ^ (x >> 33);
    }

    private static ulong[] Family(ulong seed, bool odd)
    {
        var values = new ulong[PromptSketcher.HashCount];
        for (var j = 0; j < values.Length; j++)
        {
            seed += 0x9E3779B97F4A7C15UL;
            var z = (seed ^ (seed >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            values[j] = odd ? (z ^ (z >> 31)) | 1UL : z ^ (z >> 31);
        }

        return values;
    }
}
