using LinkGraph.Core.Options;
using LinkGraph.Core.Prompts;
using LinkGraph.Synthetic.World.Prompts;

namespace LinkGraph.Core.Tests.Prompts;

/// <summary>
/// Template mining on text neither the clusterer nor its threshold was written against: reasoning-elicitation
/// templates of both independent prompt grammars, slot-filled and paraphrased, among ordinary prompts.
/// </summary>
public sealed class TemplateMiningOnGrammarsTests
{
    private const int Templates = 4;
    private const int Instances = 120;
    private const int Ordinary = 600;

    [Theory]
    [InlineData("a")]
    [InlineData("b")]
    public void Cluster_ParaphrasedSlotFilledTemplates_InstancesShareClustersApartFromOrdinaryPrompts(string grammarName)
    {
        var grammar = PromptGrammars.ByName(grammarName);
        var random = new Random(31);
        var texts = new List<string>();
        var source = new List<int>();
        var templates = Enumerable.Range(0, Templates).Select(_ => grammar.ExtractionTemplate(random, paraphrase: 0.6, slots: 3)).ToList();
        for (var i = 0; i < Templates * Instances; i++)
        {
            texts.Add(templates[i % Templates].Render(random));
            source.Add(i % Templates);
        }

        for (var i = 0; i < Ordinary; i++)
        {
            texts.Add(grammar.OrdinaryPrompt(random, random.Next(10_000)));
            source.Add(-1);
        }

        var kept = Enumerable.Range(0, texts.Count).Where(i => PromptSketcher.Sketch(texts[i]) is not null).ToList();
        var sketches = new uint[kept.Count * PromptSketcher.HashCount];
        for (var k = 0; k < kept.Count; k++)
        {
            TemplateClusterer.Store(PromptSketcher.Sketch(texts[kept[k]])!, sketches, k);
        }

        var leaders = TemplateClusterer.Cluster(sketches, kept.Count, [.. Enumerable.Range(0, kept.Count)], new DetectionOptions().TemplateJaccard, TestContext.Current.CancellationToken);

        // A template may split into a few clusters around different leaders (every member is close to its leader),
        // but almost every instance shares its cluster with other instances, so the template links its users.
        for (var t = 0; t < Templates; t++)
        {
            var clusters = Enumerable.Range(0, kept.Count).Where(k => source[kept[k]] == t).GroupBy(k => leaders[k]).ToList();
            var instances = clusters.Sum(c => c.Count());
            var together = clusters.Where(c => c.Count() >= 2).Sum(c => c.Count());
            Assert.True(together >= 0.9 * instances && clusters.Count <= instances / 5, $"grammar {grammarName}, template {t}: {together} of {instances} instances in shared clusters, {clusters.Count} clusters");
        }

        // Ordinary prompts rarely sit with a template's instances. (Two templates of one playbook may share a
        // cluster when they share closing lines; that joins a campaign's own templates, which is harmless.)
        var byLeader = Enumerable.Range(0, kept.Count).GroupBy(k => leaders[k]);
        var ordinaryWithTemplates = byLeader.Where(g => g.Any(k => source[kept[k]] >= 0)).Sum(g => g.Count(k => source[kept[k]] < 0));
        Assert.True(ordinaryWithTemplates <= Ordinary / 50, $"grammar {grammarName}: {ordinaryWithTemplates} ordinary prompts clustered with template instances");
    }
}
