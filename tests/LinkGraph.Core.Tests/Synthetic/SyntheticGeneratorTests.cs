using LinkGraph.Core.Evaluation;
using LinkGraph.Core.Synthetic;

namespace LinkGraph.Core.Tests.Synthetic;

public class SyntheticGeneratorTests
{
    [Fact]
    public void Generate_SameSeedTwice_ByteIdenticalOutputs()
    {
        var first = TinyScenario.Generate(TinyScenario.Spec, 7);
        var second = TinyScenario.Generate(TinyScenario.Spec, 7);

        Assert.Equal(first.Events, second.Events);
        Assert.Equal(first.Truth, second.Truth);
    }

    [Fact]
    public void Generate_DifferentSeeds_DifferentOutputs()
    {
        var first = TinyScenario.Generate(TinyScenario.Spec, 1);
        var second = TinyScenario.Generate(TinyScenario.Spec, 2);

        Assert.NotEqual(first.Events, second.Events);
        Assert.NotEqual(first.Truth, second.Truth);
    }

    [Fact]
    public void Generate_EveryLine_IsContractJsonWithRequiredFields()
    {
        var (events, _, summary) = TinyScenario.Generate(TinyScenario.Spec, 3);
        var lines = events.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var types = new HashSet<string>();

        for (var i = 0; i < lines.Length; i++)
        {
            var reason = ContractLine.Check(lines[i], out var type, out _, out _);
            Assert.True(reason is null, $"line {i + 1}: {reason}: {lines[i]}");
            types.Add(type);
        }

        Assert.Equal(summary.Events, lines.Length);
        Assert.Equal(["account", "device", "ip", "payment", "prompt"], types.Order());
        Assert.EndsWith("\n", events, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_Truth_LabelsEveryAccountOfTheEvents()
    {
        var (events, truth, summary) = TinyScenario.Generate(TinyScenario.Spec, 4);
        var accounts = new HashSet<string>(StringComparer.Ordinal);
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in events.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            ContractLine.Check(line, out var type, out var account, out _);
            accounts.Add(account);
            if (type == "account")
            {
                Assert.True(declared.Add(account), $"account {account} declared twice");
            }
        }

        var labels = GroundTruthReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(truth))).Labels;

        Assert.Equal(accounts.Order(StringComparer.Ordinal), labels.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(accounts, declared);
        Assert.Equal(summary.Accounts, labels.Count);
        Assert.Equal(TruthLabels.LegitCategories.Order(), labels.Values.Where(l => !l.IsFraud).Select(l => l.Category).Distinct().Order());
        Assert.Equal(TruthLabels.CampaignKinds.Order(), labels.Values.Where(l => l.IsFraud).Select(l => l.Category).Distinct().Order());
    }

    [Fact]
    public void Generate_SmallScenario_SizesAsSpecified()
    {
        var (events, truth, summary) = TinyScenario.Generate(ScenarioCatalog.Get("small"), 1);
        var labels = GroundTruthReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(truth))).Labels;
        var fraud = labels.Values.Count(l => l.IsFraud);

        Assert.InRange(summary.Accounts, 9_000, 11_000);
        Assert.InRange(summary.Events / (double)summary.Accounts, 15, 30);
        Assert.InRange(fraud / (double)summary.Accounts, 0.03, 0.15);
        Assert.Equal(4200, labels.Values.Count(l => l.Category == TruthLabels.SingleAccount));
        Assert.Equal(700, labels.Values.Where(l => l.Category == TruthLabels.Household).Select(l => l.Group).Distinct().Count());
        Assert.InRange(labels.Values.Where(l => l.Category == TruthLabels.Household).GroupBy(l => l.Group).Max(g => g.Count()), 2, 5);
        Assert.Equal(summary.Events, events.Count(c => c == '\n'));
    }

    [Theory]
    [InlineData("medium", 10)]
    [InlineData("large", 100)]
    public void ScenarioCatalog_LargerScenarios_ScalePopulations(string name, int scale)
    {
        var small = ScenarioCatalog.Get("small");
        var spec = ScenarioCatalog.Get(name);

        Assert.Equal(small.Singles * scale, spec.Singles);
        Assert.Equal(small.Households * scale, spec.Households);
        Assert.Equal(small.Companies * scale, spec.Companies);
        Assert.InRange(spec.Campuses * spec.CampusSize, small.CampusSize * scale / 2, small.CampusSize * scale * 2);
        Assert.InRange(spec.HydraCampaigns, scale / 2, scale);
    }

    [Fact]
    public void ScenarioCatalog_UnknownName_ThrowsNamingTheChoices()
    {
        var ex = Assert.Throws<ArgumentException>(() => ScenarioCatalog.Get("huge"));

        Assert.Contains("small, medium, large, stealth, noisy", ex.Message, StringComparison.Ordinal);
    }
}
