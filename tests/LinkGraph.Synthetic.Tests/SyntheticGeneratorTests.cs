using LinkGraph.Synthetic.Evaluation;
using LinkGraph.Synthetic;

namespace LinkGraph.Synthetic.Tests;

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
        Assert.InRange(labels.Values.Count(l => l.Category == TruthLabels.SingleAccount), 4200, 4208); // plus holders of stolen cards
        Assert.Equal(700, labels.Values.Where(l => l.Category == TruthLabels.Household).Select(l => l.Group).Distinct().Count());
        Assert.InRange(labels.Values.Where(l => l.Category == TruthLabels.Household).GroupBy(l => l.Group).Max(g => g.Count()), 2, 5);
        Assert.Equal(summary.Events, events.Count(c => c == '\n'));
    }

    [Fact]
    public void Generate_Timestamps_InsideTheWindowAndNotBeforeSignup()
    {
        var (events, _, _) = TinyScenario.Generate(TinyScenario.Spec, 11);
        var start = SyntheticOptions.DefaultStart;
        var end = start.AddDays(TinyScenario.Spec.WindowDays);
        var signups = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var firstSeen = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);

        foreach (var line in events.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var document = System.Text.Json.JsonDocument.Parse(line);
            var root = document.RootElement;
            var at = DateTimeOffset.Parse(root.GetProperty("at").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var account = root.GetProperty("account").GetString()!;
            Assert.InRange(at, start, end.AddTicks(-1));
            if (root.GetProperty("type").GetString() == "account")
            {
                signups[account] = at;
            }
            else if (!firstSeen.TryGetValue(account, out var seen) || at < seen)
            {
                firstSeen[account] = at;
            }
        }

        Assert.All(firstSeen, f => Assert.True(f.Value >= signups[f.Key], $"{f.Key} active at {f.Value} before signing up at {signups[f.Key]}"));
        var lines = events.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length - lines.Distinct().Count() <= lines.Length / 1000, "activity piles up on identical lines");
    }

    [Fact]
    public void Generate_StealthScenario_SizeAndCampaignsAsSpecified()
    {
        var (_, truth, summary) = TinyScenario.Generate(ScenarioCatalog.Get("stealth"), 1);
        var labels = GroundTruthReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(truth))).Labels;

        Assert.InRange(summary.Accounts, 10_000, 20_000);
        Assert.Equal(6, labels.Values.Where(l => l.Category == TruthLabels.Stealth).Select(l => l.Group).Distinct().Count());
    }

    [Fact]
    public void ScenarioCatalog_Noisy_HeavierNoiseThanSmall()
    {
        var small = ScenarioCatalog.Get("small");
        var noisy = ScenarioCatalog.Get("noisy");

        Assert.True(noisy.Carriers * noisy.CarrierUsers > 5 * small.Carriers * small.CarrierUsers);
        Assert.True(noisy.VpnProviders * noisy.VpnUsers > 4 * small.VpnProviders * small.VpnUsers);
        Assert.True(noisy.Campuses * noisy.CampusSize > 5 * small.Campuses * small.CampusSize);
        Assert.True(noisy.HomeOnProxyShare > small.HomeOnProxyShare);
        Assert.True(noisy.CommonPromptShare > small.CommonPromptShare);
        Assert.True(noisy.StealthCampaigns > 0 && noisy.MobileProxyHydras > 0);
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
