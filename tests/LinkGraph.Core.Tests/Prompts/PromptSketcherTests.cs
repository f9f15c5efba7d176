using LinkGraph.Core.Prompts;

namespace LinkGraph.Core.Tests.Prompts;

public sealed class PromptSketcherTests
{
    private static readonly string[] Words = Enumerable.Range(0, 400).Select(i => "word" + (char)('a' + (i % 26)) + (char)('a' + (i / 26 % 26))).ToArray();

    private static string Text(int from, int count) => string.Join(' ', Words.Skip(from).Take(count));

    private static double ExactJaccard(string a, string b)
    {
        static HashSet<string> Shingles(string t)
        {
            var w = t.Split(' ');
            return Enumerable.Range(0, w.Length - 2).Select(i => w[i] + " " + w[i + 1] + " " + w[i + 2]).ToHashSet();
        }

        var x = Shingles(a);
        var y = Shingles(b);
        return x.Intersect(y).Count() / (double)x.Union(y).Count();
    }

    [Theory]
    [InlineData(0, 60, 0, 60)]
    [InlineData(0, 60, 10, 60)]
    [InlineData(0, 60, 30, 60)]
    [InlineData(0, 60, 100, 60)]
    public void Similarity_KnownPairs_CloseToExactJaccard(int fromA, int countA, int fromB, int countB)
    {
        var a = Text(fromA, countA);
        var b = Text(fromB, countB);

        var estimate = PromptSketcher.Similarity(PromptSketcher.Sketch(a), PromptSketcher.Sketch(b));

        // Standard error of a 64-hash estimate is at most 0.0625; allow three of them.
        Assert.InRange(estimate, ExactJaccard(a, b) - 0.19, ExactJaccard(a, b) + 0.19);
    }

    [Fact]
    public void Sketch_ShortPrompt_IsNull()
    {
        Assert.Null(PromptSketcher.Sketch("hi there"));
        Assert.Equal(PromptSketcher.SketchBytes, PromptSketcher.Sketch(Text(0, 10))!.Length);
    }

    [Fact]
    public void Sketch_CaseSpaceAndDigits_AreNormalised()
    {
        Assert.Equal(PromptSketcher.Sketch("Explain   the 12 steps of this proof"), PromptSketcher.Sketch("explain the 7 steps of this proof"));
    }

    [Fact]
    public void BandKey_PairsAtThreshold_CollideOftenEnough()
    {
        // Pairs with Jaccard about 0.4, the template threshold: the 32x2 banding should make nearly all of them
        // candidates (theory: 0.996).
        var hits = 0;
        const int Pairs = 100;
        for (var p = 0; p < Pairs; p++)
        {
            var pair = new uint[2 * PromptSketcher.HashCount];
            TemplateClusterer.Store(PromptSketcher.Sketch(Text(p, 80)), pair, 0);
            TemplateClusterer.Store(PromptSketcher.Sketch(Text(p + 33, 80)), pair, 1);
            if (Enumerable.Range(0, PromptSketcher.Bands).Any(band => TemplateClusterer.BandKey(pair, 0, band) == TemplateClusterer.BandKey(pair, 1, band)))
            {
                hits++;
            }
        }

        Assert.True(hits >= 95, $"LSH recall {hits} of {Pairs}");
    }

    [Fact]
    public void Similarity_WrongLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => PromptSketcher.Similarity(new byte[3], new byte[PromptSketcher.SketchBytes]));
    }

    [Fact]
    public void Corpus_SameSeed_SamePrompts()
    {
        var a = PromptSketchBenchmark.Corpus(20, 7);

        Assert.Equal(a, PromptSketchBenchmark.Corpus(20, 7));
        Assert.All(a, p => Assert.InRange(p.Split(' ').Length, 45, 55));
        Assert.True(PromptSketchBenchmark.Run(200, 7, TimeProvider.System) > 0);
    }
}
