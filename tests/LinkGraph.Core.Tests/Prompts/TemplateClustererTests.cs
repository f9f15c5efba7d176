using LinkGraph.Core.Prompts;

namespace LinkGraph.Core.Tests.Prompts;

public sealed class TemplateClustererTests
{
    // Letters only: the sketch normalises digits away.
    private static readonly string[] Vocabulary = [.. Enumerable.Range(0, 26 * 26 * 26).Select(Word)];

    // Windows of 80 words, 25 apart: neighbours have Jaccard about 0.51, windows two apart about 0.22.
    private static string Window(int index) => string.Join(' ', Vocabulary.Skip(index * 25).Take(80));

    [Fact]
    public void Cluster_ChainOfNeighbours_DoesNotChain()
    {
        var (sketches, count) = Sketches([.. Enumerable.Range(0, 4).Select(Window)]);

        var leaders = TemplateClusterer.Cluster(sketches, count, [0, 1, 2, 3], 0.4, TestContext.Current.CancellationToken);

        // Single linkage would join all four; a leader only takes prompts close to itself.
        Assert.Equal([0, 0, 2, 2], leaders);
    }

    [Fact]
    public void Cluster_PriorityOrder_PicksTheLeaders()
    {
        var (sketches, count) = Sketches([.. Enumerable.Range(0, 4).Select(Window)]);

        var leaders = TemplateClusterer.Cluster(sketches, count, [1, 0, 2, 3], 0.4, TestContext.Current.CancellationToken);

        Assert.Equal([1, 1, 1, 3], leaders);
    }

    [Fact]
    public void Cluster_ParaphrasedTemplates_EveryMemberCloseToItsLeader()
    {
        var random = new Random(11);
        var templates = Enumerable.Range(0, 5).Select(t => Vocabulary.Skip(t * 60).Take(40).ToArray()).ToArray();
        var texts = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var words = (string[])templates[i % templates.Length].Clone();
            words[random.Next(words.Length)] = "x" + Word(random.Next(17_000));
            words[random.Next(words.Length)] = "y" + Word(random.Next(17_000));
            texts.Add(string.Join(' ', words) + " " + string.Join(' ', Enumerable.Range(0, 4).Select(_ => "q" + Word(random.Next(17_000)))));
        }

        var (sketches, count) = Sketches(texts);
        var order = Enumerable.Range(0, count).ToArray();

        var leaders = TemplateClusterer.Cluster(sketches, count, order, 0.4, TestContext.Current.CancellationToken);

        for (var i = 0; i < count; i++)
        {
            Assert.Equal(leaders[i], leaders[leaders[i]]);
            Assert.True(Similarity(sketches, i, leaders[i]) >= 0.4, $"prompt {i} is {Similarity(sketches, i, leaders[i])} from its leader");
        }

        // Light paraphrase keeps each template in a few clusters (not one per prompt), and templates never mix.
        Assert.True(leaders.Distinct().Count() <= 15, $"{leaders.Distinct().Count()} clusters for 5 templates");
        Assert.All(Enumerable.Range(0, count), i => Assert.Equal(i % templates.Length, leaders[i] % templates.Length));
    }

    [Fact]
    public void Cluster_OrderNotAPermutation_Throws()
    {
        var (sketches, count) = Sketches([Window(0), Window(1)]);

        Assert.Throws<ArgumentException>(() => TemplateClusterer.Cluster(sketches, count, [0, 0], 0.4, TestContext.Current.CancellationToken));
        Assert.Throws<ArgumentException>(() => TemplateClusterer.Cluster(sketches, count, [0], 0.4, TestContext.Current.CancellationToken));
    }

    private static string Word(int i) => string.Concat((char)('a' + (i % 26)), (char)('a' + (i / 26 % 26)), (char)('a' + (i / 676 % 26)));

    private static (uint[] Sketches, int Count) Sketches(List<string> texts)
    {
        var sketches = new uint[texts.Count * PromptSketcher.HashCount];
        for (var i = 0; i < texts.Count; i++)
        {
            TemplateClusterer.Store(PromptSketcher.Sketch(texts[i]) ?? throw new InvalidOperationException("too short"), sketches, i);
        }

        return (sketches, texts.Count);
    }

    private static double Similarity(uint[] sketches, int a, int b) =>
        Enumerable.Range(0, PromptSketcher.HashCount).Count(j => sketches[(a * PromptSketcher.HashCount) + j] == sketches[(b * PromptSketcher.HashCount) + j]) / (double)PromptSketcher.HashCount;
}
