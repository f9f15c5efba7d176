using LinkGraph.Synthetic.World.Prompts;

namespace LinkGraph.Synthetic.Tests.World;

public sealed class PromptGrammarTests
{
    [Fact]
    public void ExtractionTemplate_HeavyParaphrase_InstancesShareUnderHalfOfShingles()
    {
        var grammar = new GrammarA();
        var random = new Random(7);
        var overlaps = new List<double>();
        for (var t = 0; t < 20; t++)
        {
            var template = grammar.ExtractionTemplate(random, 1.0, 4);
            overlaps.Add(Containment(template.Render(random), template.Render(random)));
        }

        Assert.True(overlaps.Average() < 0.5, $"mean overlap {overlaps.Average():F2}");
        Assert.True(overlaps.Count(o => o < 0.5) >= 15, string.Join(", ", overlaps.Select(o => o.ToString("F2"))));
    }

    [Fact]
    public void ExtractionTemplate_NoParaphrase_InstancesShareTheSkeleton()
    {
        var grammar = new GrammarA();
        var random = new Random(11);
        var template = grammar.ExtractionTemplate(random, 0.0, 1);

        Assert.True(Containment(template.Render(random), template.Render(random)) > 0.3);
    }

    [Fact]
    public void OrdinaryPrompt_SameTopic_RelatedWords()
    {
        var grammar = new GrammarA();
        var random = new Random(3);
        var same = Words(grammar.OrdinaryPrompt(random, 42)).Intersect(Words(grammar.OrdinaryPrompt(random, 42))).Count();

        Assert.True(same > 0);
    }

    [Fact]
    public void ByName_UnknownGrammar_ThrowsNamingTheAvailableOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => PromptGrammars.ByName("zz"));

        Assert.Contains("available: a", error.Message, StringComparison.Ordinal);
        Assert.Equal("a", PromptGrammars.ByName("a").Name);
    }

    [Fact]
    public void DefaultFor_EvenSeed_GrammarA()
    {
        Assert.Equal("a", PromptGrammars.DefaultFor(2));
        Assert.Contains(PromptGrammars.DefaultFor(3), PromptGrammars.Names);
    }

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', '\n', ',', '.', '?', ':'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).ToHashSet();

    /// <summary>Share of the smaller text's word 3-shingles found in the other.</summary>
    private static double Containment(string a, string b)
    {
        var x = Shingles(a);
        var y = Shingles(b);
        return x.Intersect(y).Count() / (double)Math.Max(1, Math.Min(x.Count, y.Count));
    }

    private static HashSet<string> Shingles(string text)
    {
        var words = text.ToLowerInvariant().Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return Enumerable.Range(0, Math.Max(0, words.Length - 2)).Select(i => $"{words[i]} {words[i + 1]} {words[i + 2]}").ToHashSet();
    }
}
