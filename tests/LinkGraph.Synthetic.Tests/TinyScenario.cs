using LinkGraph.Synthetic;

namespace LinkGraph.Synthetic.Tests;

/// <summary>Every population and campaign kind at a size that generates in a fraction of a second.</summary>
internal static class TinyScenario
{
    public static ScenarioSpec Spec { get; } = new()
    {
        Name = "tiny",
        Singles = 200,
        Households = 30,
        Companies = 2,
        CompanyMaxSize = 20,
        Campuses = 1,
        CampusSize = 150,
        Carriers = 1,
        CarrierUsers = 100,
        VpnProviders = 1,
        VpnUsers = 50,
        AutomationGroups = 1,
        HydraCampaigns = 1,
        HydraMin = 50,
        HydraMax = 80,
        CardFarms = 1,
        CardFarmMin = 20,
        CardFarmMax = 30,
        CardRings = 2,
        StealthCampaigns = 1,
        StealthMin = 20,
        StealthMax = 30,
        ProxyPoolSize = 200,
        HomeOnProxyShare = 0.3,
    };

    public static (string Events, string Truth, GenerationSummary Summary) Generate(ScenarioSpec spec, ulong seed)
    {
        using var events = new StringWriter();
        using var truth = new StringWriter();
        var summary = SyntheticGenerator.Generate(new SyntheticOptions(spec, seed), events, truth, null, TestContext.Current.CancellationToken);
        return (events.ToString(), truth.ToString(), summary);
    }
}
