using System.Text;
using LinkGraph.Synthetic.Evaluation;
using LinkGraph.Synthetic;

namespace LinkGraph.Synthetic.Tests;

/// <summary>The phenomena the scenarios promise, checked on generated data rather than on the code.</summary>
public class CampaignPhenomenaTests
{
    [Fact]
    public void Generate_StealthRings_ShareNoCardOrIpBetweenAccounts()
    {
        var (labels, observations) = Observe(TinyScenario.Spec with { StealthMin = 60, StealthMax = 60 }, 5);
        var stealth = labels.Where(l => l.Value.Category == TruthLabels.Stealth).Select(l => l.Key).ToHashSet();
        Assert.Equal(60, stealth.Count);

        foreach (var kind in new[] { "payment", "ip" })
        {
            var users = observations.Where(o => o.Type == kind && stealth.Contains(o.Account))
                .GroupBy(o => o.Value).Select(g => g.Select(o => o.Account).Distinct().Count());
            Assert.All(users, count => Assert.Equal(1, count));
        }
    }

    [Fact]
    public void Generate_HydraProxyPool_AlsoCarriesLegitTraffic()
    {
        var (labels, observations) = Observe(TinyScenario.Spec, 6);
        var ipsByLabel = observations.Where(o => o.Type == "ip").GroupBy(o => o.Value)
            .Select(g => g.Select(o => labels[o.Account]).ToList()).ToList();

        Assert.Contains(ipsByLabel, l => l.Any(x => x.Category == TruthLabels.Hydra) && l.Any(x => !x.IsFraud));
    }

    [Fact]
    public void Generate_CardFarm_ReusesCardsOfOneBinAcrossSmallGroups()
    {
        var (labels, observations) = Observe(TinyScenario.Spec, 8);
        var cards = observations.Where(o => o.Type == "payment" && labels[o.Account].Category == TruthLabels.CardFarm)
            .GroupBy(o => o.Value).ToList();

        Assert.All(cards, g => Assert.InRange(g.Select(o => o.Account).Distinct().Count(), 1, 4));
        Assert.Contains(cards, g => g.Select(o => o.Account).Distinct().Count() >= 2);
        Assert.InRange(cards.Select(g => g.Key.Split('_')[1]).Distinct().Count(), 1, 2);
    }

    [Fact]
    public void Generate_CardRings_SometimesShareTheStolenCardWithItsLegitHolder()
    {
        var (labels, observations) = Observe(TinyScenario.Spec with { CardRings = 20 }, 10);
        var ringCards = observations.Where(o => o.Type == "payment" && labels[o.Account].Category == TruthLabels.CardRing).Select(o => o.Value).ToHashSet();
        var holders = observations.Where(o => o.Type == "payment" && ringCards.Contains(o.Value) && !labels[o.Account].IsFraud)
            .Select(o => labels[o.Account]).ToList();

        Assert.InRange(holders.Count, 1, 20);
        Assert.All(holders, h => Assert.Equal(TruthLabels.SingleAccount, h.Category));
    }

    [Fact]
    public void Generate_ViralTrend_ManyUnrelatedLegitAccountsOnOneTemplateInAShortWindow()
    {
        var (events, truth, _) = TinyScenario.Generate(TinyScenario.Spec with { TrendShare = 1.0 }, 12);
        var labels = GroundTruthReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(truth))).Labels;
        var trendAccounts = new HashSet<string>(StringComparer.Ordinal);
        var times = new List<DateTimeOffset>();
        foreach (var line in events.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            ContractLine.Check(line, out var type, out var account, out var value);
            if (type == "prompt" && value!.Contains(" in the style of ", StringComparison.Ordinal))
            {
                trendAccounts.Add(account);
                using var document = System.Text.Json.JsonDocument.Parse(line);
                times.Add(document.RootElement.GetProperty("at").GetDateTimeOffset());
            }
        }

        Assert.True(trendAccounts.Count >= 20, $"only {trendAccounts.Count} accounts followed the trend");
        Assert.All(trendAccounts, a => Assert.False(labels[a].IsFraud));
        Assert.True(times.Max() - times.Min() <= TimeSpan.FromHours(96), $"trend spread over {times.Max() - times.Min()}");
    }

    [Fact]
    public void Generate_FraudPrompts_AreMostlyTemplatedWithSomeInnocentOnes()
    {
        var (labels, observations) = Observe(TinyScenario.Spec, 9);
        var prompts = observations.Where(o => o.Type == "prompt" && labels[o.Account].Category == TruthLabels.Hydra).Select(o => o.Value).ToList();
        var templated = prompts.Count(p => p.Contains("reason", StringComparison.OrdinalIgnoreCase)
            || p.Contains("thought", StringComparison.OrdinalIgnoreCase) || p.Contains("step", StringComparison.OrdinalIgnoreCase));

        Assert.InRange(templated / (double)prompts.Count, 0.6, 0.97);
    }

    private static (IReadOnlyDictionary<string, AccountLabel> Labels, List<(string Type, string Account, string Value)> Observations) Observe(ScenarioSpec spec, ulong seed)
    {
        var (events, truth, _) = TinyScenario.Generate(spec, seed);
        var labels = GroundTruthReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(truth))).Labels;
        var observations = new List<(string, string, string)>();
        foreach (var line in events.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            ContractLine.Check(line, out var type, out var account, out var value);
            if (value is not null)
            {
                observations.Add((type, account, value));
            }
        }

        return (labels, observations);
    }
}
