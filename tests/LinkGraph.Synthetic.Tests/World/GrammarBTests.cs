using System.Text.RegularExpressions;
using LinkGraph.Synthetic.World.Prompts;

namespace LinkGraph.Synthetic.Tests.World;

public sealed partial class GrammarBTests
{
    private readonly GrammarB _grammar = new();

    [Fact]
    public void Name_IsB() => Assert.Equal("b", _grammar.Name);

    [Fact]
    public void AllMethods_SameSeed_SameOutput()
    {
        Assert.Equal(Draw(42), Draw(42));
        Assert.NotEqual(Draw(42), Draw(43));
    }

    [Fact]
    public void OrdinaryPrompt_ThousandDraws_MostlyDistinct()
    {
        var random = new Random(1);
        var prompts = Enumerable.Range(0, 1000).Select(_ => _grammar.OrdinaryPrompt(random, random.Next())).ToList();
        Assert.True(prompts.Distinct(StringComparer.Ordinal).Count() >= 900, $"{prompts.Distinct(StringComparer.Ordinal).Count()} distinct of 1000");
    }

    [Fact]
    public void OrdinaryPrompt_OnePerson_MostlyDistinct()
    {
        var random = new Random(2);
        var prompts = Enumerable.Range(0, 300).Select(_ => _grammar.OrdinaryPrompt(random, 7)).ToList();
        Assert.True(prompts.Distinct(StringComparer.Ordinal).Count() >= 200);
    }

    [Fact]
    public void OrdinaryPrompt_SameTopic_MoreRelatedThanDifferentTopics()
    {
        var random = new Random(3);
        double same = 0, different = 0;
        const int People = 60;
        for (var t = 0; t < People; t++)
        {
            var a = Vocabulary(Enumerable.Range(0, 30).Select(_ => _grammar.OrdinaryPrompt(random, t)));
            var b = Vocabulary(Enumerable.Range(0, 30).Select(_ => _grammar.OrdinaryPrompt(random, t)));
            var c = Vocabulary(Enumerable.Range(0, 30).Select(_ => _grammar.OrdinaryPrompt(random, t + 1000)));
            same += Jaccard(a, b);
            different += Jaccard(a, c);
        }

        Assert.True(same > different * 1.3, $"same-topic {same / People:F3}, different-topic {different / People:F3}");
    }

    [Fact]
    public void OrdinaryPrompt_LengthsRangeFromOneWordToSeveralSentences()
    {
        var random = new Random(4);
        var lengths = Enumerable.Range(0, 5000).Select(i => Words(_grammar.OrdinaryPrompt(random, i)).Length).ToList();
        Assert.Contains(lengths, n => n <= 2);
        Assert.True(lengths.Count(n => n >= 20) >= 25, $"{lengths.Count(n => n >= 20)} prompts of 20+ words");
        Assert.True(lengths.Distinct().Count() >= 25);
    }

    [Fact]
    public void ExtractionTemplate_HighParaphrase_InstancesShareUnderHalfOfShingles()
    {
        var (high, low) = (MeanWithinTemplate(0.9, seed: 5), MeanWithinTemplate(0.0, seed: 5));
        Assert.True(high < 0.5, $"paraphrase 0.9 shares {high:F3}");
        Assert.True(low > 2 * high, $"paraphrase 0 shares {low:F3}, 0.9 shares {high:F3}");
    }

    [Fact]
    public void ExtractionTemplate_FullParaphrase_KeepsSkeletonWordsInOrder()
    {
        var random = new Random(6);
        for (var i = 0; i < 40; i++)
        {
            var template = _grammar.ExtractionTemplate(random, 1.0, 3);
            var a = Words(template.Render(random));
            var b = Words(template.Render(random));

            // The slot labels never change, so at least one word per slot survives in order.
            Assert.True(LongestCommonSubsequence(a, b) >= 3, $"{string.Join(' ', a)}\n---\n{string.Join(' ', b)}");
        }
    }

    [Fact]
    public void ExtractionTemplate_DifferentTemplates_DifferInSkeleton()
    {
        var random = new Random(7);
        double within = 0, across = 0;
        const int Pairs = 60;
        for (var i = 0; i < Pairs; i++)
        {
            var t1 = _grammar.ExtractionTemplate(random, 0.0, 2);
            var t2 = _grammar.ExtractionTemplate(random, 0.0, 2);
            var a = Shingles(t1.Render(random));
            within += Jaccard(a, Shingles(t1.Render(random)));
            across += Jaccard(a, Shingles(t2.Render(random)));
        }

        Assert.True(across < within / 3, $"within {within / Pairs:F3}, across {across / Pairs:F3}");
    }

    [Fact]
    public void ExtractionTemplate_MoreSlots_LongerInstances()
    {
        var random = new Random(8);
        double one = 0, six = 0;
        for (var i = 0; i < 100; i++)
        {
            one += Words(_grammar.ExtractionTemplate(random, 0.5, 1).Render(random)).Length;
            six += Words(_grammar.ExtractionTemplate(random, 0.5, 6).Render(random)).Length;
        }

        Assert.True(six > one * 1.2, $"1 slot {one / 100:F0} words, 6 slots {six / 100:F0} words");
    }

    [Theory]
    [InlineData(-1.0, 0)]
    [InlineData(2.0, 9)]
    public void ExtractionTemplate_OutOfRangeArguments_Clamped(double paraphrase, int slots)
    {
        var random = new Random(9);
        Assert.False(string.IsNullOrWhiteSpace(_grammar.ExtractionTemplate(random, paraphrase, slots).Render(random)));
    }

    [Fact]
    public void AutomationTemplate_Renders_ShareFixedWordingAndVaryPayload()
    {
        var random = new Random(10);
        for (var i = 0; i < 50; i++)
        {
            var template = _grammar.AutomationTemplate(random);
            var renders = Enumerable.Range(0, 20).Select(_ => template.Render(random)).ToList();
            Assert.True(renders.Distinct(StringComparer.Ordinal).Count() >= 5, string.Join("\n", renders));
            var fixedChars = Math.Max(CommonPrefix(renders), CommonSuffix(renders));
            Assert.True(fixedChars >= 25, renders[0]);
        }
    }

    [Fact]
    public void AssignmentTemplate_Renders_SameClassMoreAlikeThanOtherClasses()
    {
        var random = new Random(11);
        double within = 0, across = 0;
        const int Pairs = 40;
        for (var i = 0; i < Pairs; i++)
        {
            var t1 = _grammar.AssignmentTemplate(random);
            var t2 = _grammar.AssignmentTemplate(random);
            var a = Shingles(t1.Render(random));
            within += Jaccard(a, Shingles(t1.Render(random)));
            across += Jaccard(a, Shingles(t2.Render(random)));
        }

        Assert.True(within > 0.25 && across < within / 3, $"within {within / Pairs:F3}, across {across / Pairs:F3}");
    }

    [Fact]
    public void ViralPrompt_ThousandDraws_RepeatWithFewVariants()
    {
        var random = new Random(12);
        var counts = Enumerable.Range(0, 1000).Select(_ => _grammar.ViralPrompt(random))
            .GroupBy(s => s, StringComparer.Ordinal).Select(g => g.Count()).OrderDescending().ToList();
        Assert.True(counts.Count <= 40, $"{counts.Count} distinct viral texts");
        Assert.True(counts[0] >= 200, $"most common seen {counts[0]} times");
    }

    [Fact]
    public void AllMethods_ManyDraws_NeverEmpty()
    {
        var random = new Random(13);
        for (var i = 0; i < 3000; i++)
        {
            AssertText(_grammar.OrdinaryPrompt(random, random.Next(int.MinValue, int.MaxValue)));
            AssertText(_grammar.ViralPrompt(random));
            if (i % 10 == 0)
            {
                AssertText(_grammar.ExtractionTemplate(random, random.NextDouble(), 1 + random.Next(6)).Render(random));
                AssertText(_grammar.AutomationTemplate(random).Render(random));
                AssertText(_grammar.AssignmentTemplate(random).Render(random));
            }
        }

        static void AssertText(string text)
        {
            Assert.False(string.IsNullOrWhiteSpace(text));
            Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
            Assert.DoesNotMatch(UnexpandedSymbol(), text);
        }
    }

    [Fact]
    public void Rules_EverySymbol_ExpandsWithoutLeftoverSymbols()
    {
        var rules = GrammarB.SharedRules;
        var random = new Random(14);
        var symbols = rules.Symbols.ToList();
        Assert.True(symbols.Count > 300, $"{symbols.Count} rules");
        foreach (var symbol in symbols)
        {
            for (var i = 0; i < 20; i++)
            {
                Assert.DoesNotMatch(UnexpandedSymbol(), rules.Expand(symbol, random, (ulong)i + 1));
            }
        }
    }

    private List<string> Draw(int seed)
    {
        var random = new Random(seed);
        var output = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            output.Add(_grammar.OrdinaryPrompt(random, i));
            output.Add(_grammar.ViralPrompt(random));
        }

        var extraction = _grammar.ExtractionTemplate(random, 0.6, 4);
        var automation = _grammar.AutomationTemplate(random);
        var assignment = _grammar.AssignmentTemplate(random);
        for (var i = 0; i < 5; i++)
        {
            output.Add(extraction.Render(random));
            output.Add(automation.Render(random));
            output.Add(assignment.Render(random));
        }

        return output;
    }

    private double MeanWithinTemplate(double paraphrase, int seed)
    {
        var random = new Random(seed);
        double sum = 0;
        const int Templates = 80;
        for (var i = 0; i < Templates; i++)
        {
            var template = _grammar.ExtractionTemplate(random, paraphrase, 1 + (i % 6));
            sum += Jaccard(Shingles(template.Render(random)), Shingles(template.Render(random)));
        }

        return sum / Templates;
    }

    private static string[] Words(string text) =>
        text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '!', '?', '"', '(', ')', '[', ']', '*', '#', '`').ToLowerInvariant())
            .Where(w => w.Length > 0)
            .ToArray();

    private static HashSet<string> Vocabulary(IEnumerable<string> texts) =>
        texts.SelectMany(Words).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> Shingles(string text)
    {
        var words = Words(text);
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 2 < words.Length; i++)
        {
            set.Add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
        }

        return set;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var inter = a.Count(b.Contains);
        return (double)inter / (a.Count + b.Count - inter);
    }

    private static int LongestCommonSubsequence(string[] a, string[] b)
    {
        var dp = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                dp[i, j] = a[i - 1] == b[j - 1] ? dp[i - 1, j - 1] + 1 : Math.Max(dp[i - 1, j], dp[i, j - 1]);
            }
        }

        return dp[a.Length, b.Length];
    }

    private static int CommonPrefix(List<string> texts)
    {
        var n = texts.Min(t => t.Length);
        var k = 0;
        while (k < n && texts.All(t => t[k] == texts[0][k]))
        {
            k++;
        }

        return k;
    }

    private static int CommonSuffix(List<string> texts)
    {
        var n = texts.Min(t => t.Length);
        var k = 0;
        while (k < n && texts.All(t => t[^(k + 1)] == texts[0][^(k + 1)]))
        {
            k++;
        }

        return k;
    }

    /// <summary>A grammar symbol left in the output (slot labels are capitalised, symbols are not).</summary>
    [GeneratedRegex(@"<[#@a-z][\w.\-]*\??>")]
    private static partial Regex UnexpandedSymbol();
}
