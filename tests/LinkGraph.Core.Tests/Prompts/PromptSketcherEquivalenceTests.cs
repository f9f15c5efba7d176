using System.Text;
using LinkGraph.Core.Prompts;
using LinkGraph.Core.Tests.Prompts.Reference;

namespace LinkGraph.Core.Tests.Prompts;

/// <summary>Sketches are persisted: every kernel must give the reference's bytes on any text.</summary>
public sealed class PromptSketcherEquivalenceTests
{
    // Letters, digits (ASCII and not), case pairs whose lower case is special, surrogate pairs, combining marks,
    // punctuation and several kinds of white space.
    private static readonly string[] Pieces =
    [
        "the", "Explain", "STEP", "by", "proof", "ümlaut", "Straße", "İstanbul", "ΣΟΦΙΑ", "слово", "日本語", "한국어",
        "42", "2026-01-15", "٣٤٥", "x9y8", "😀", "a\u0301", "e\u0300z", "\ud800", "\udfff", "Ⅻ", "½", "ǅ",
        "...", ",", "!?", "-", "_", "'", "\"", "(", ")", "#", "@", "$", "%",
    ];

    private static readonly string[] Spaces = [" ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u3000", "", "-"];

    public static TheoryData<int> Kernels => [(int)SketchKernel.Scalar, (int)SketchKernel.Vector256, (int)SketchKernel.Vector512];

    [Theory]
    [MemberData(nameof(Kernels))]
    public void Sketch_RandomPrompts_MatchesScalarReference(int kernel)
    {
        var random = new Random(20261122);
        var sketched = 0;
        for (var i = 0; i < 3000; i++)
        {
            var text = RandomPrompt(random, i % 10 == 0 ? random.Next(0, 6) : random.Next(1, 200));
            var expected = ScalarPromptSketcher.Sketch(text);
            Assert.Equal(expected, PromptSketcher.SketchWith(text, (SketchKernel)kernel));
            sketched += expected is null ? 0 : 1;
        }

        // The corpus exercises both outcomes.
        Assert.InRange(sketched, 2000, 2999);
    }

    [Theory]
    [MemberData(nameof(Kernels))]
    public void Sketch_LongPrompts_MatchesScalarReferenceAndIgnoresWordsPastTheCap(int kernel)
    {
        var random = new Random(7);
        for (var i = 0; i < 20; i++)
        {
            var text = RandomPrompt(random, random.Next(1000, 3000));
            Assert.Equal(ScalarPromptSketcher.Sketch(text), PromptSketcher.SketchWith(text, (SketchKernel)kernel));
        }

        var capped = string.Join(' ', Enumerable.Range(0, PromptSketcher.MaxWords).Select(w => "w" + (char)('a' + (w % 26)) + (char)('a' + (w / 26 % 26))));
        Assert.Equal(PromptSketcher.SketchWith(capped, (SketchKernel)kernel), PromptSketcher.SketchWith(capped + " tail words here", (SketchKernel)kernel));
    }

    [Theory]
    [MemberData(nameof(Kernels))]
    public void Sketch_AsciiWordsOnly_MatchesScalarReference(int kernel)
    {
        var random = new Random(11);
        for (var i = 0; i < 2000; i++)
        {
            var builder = new StringBuilder();
            var words = random.Next(3, 120);
            for (var w = 0; w < words; w++)
            {
                for (var c = random.Next(1, 9); c > 0; c--)
                {
                    builder.Append((char)random.Next(0x21, 0x7f));
                }

                builder.Append(' ');
            }

            var text = builder.ToString();
            Assert.Equal(ScalarPromptSketcher.Sketch(text), PromptSketcher.SketchWith(text, (SketchKernel)kernel));
        }
    }

    [Fact]
    public void Sketch_EveryUtf16CodeUnit_MatchesScalarReference()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = $"Alpha {(char)c}b1{(char)c}{(char)c}9 gamma delta{(char)c}x epsilon";
            Assert.Equal(ScalarPromptSketcher.Sketch(text), PromptSketcher.Sketch(text));
        }
    }

    [Fact]
    public void Sketch_PublicEntry_UsesTheSameBytesAsEveryKernel()
    {
        const string text = "Summarize this: process payment 123 result service team target payment release";
        var expected = ScalarPromptSketcher.Sketch(text);
        Assert.NotNull(expected);
        Assert.Equal(expected, PromptSketcher.Sketch(text));
        Assert.Equal(expected, PromptSketcher.SketchWith(text, PromptSketcher.BestKernel));
    }

    private static string RandomPrompt(Random random, int pieces)
    {
        var builder = new StringBuilder();
        for (var p = 0; p < pieces; p++)
        {
            builder.Append(random.Next(4) == 0 ? Pieces[random.Next(Pieces.Length)] : RandomWord(random));
            builder.Append(Spaces[random.Next(Spaces.Length)]);
        }

        return builder.ToString();
    }

    private static string RandomWord(Random random)
    {
        var length = random.Next(1, 10);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(10) switch
            {
                0 => (char)random.Next('0', '9' + 1),
                1 => (char)random.Next('A', 'Z' + 1),
                2 => (char)random.Next(0xC0, 0x250),
                _ => (char)random.Next('a', 'z' + 1),
            };
        }

        return new string(chars);
    }
}
