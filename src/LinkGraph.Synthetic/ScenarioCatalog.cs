namespace LinkGraph.Synthetic;

/// <summary>The named scenarios of <c>linkgraph generate</c>.</summary>
public static class ScenarioCatalog
{
    public static IReadOnlyList<string> Names { get; } = ["small", "medium", "large", "stealth", "noisy"];

    public static ScenarioSpec Get(string name) => name switch
    {
        "small" => Standard("small", 1),
        "medium" => Standard("medium", 10) with { AutomationGroups = 20, StealthCampaigns = 0 },
        "large" => Standard("large", 100) with { AutomationGroups = 200, StealthCampaigns = 4, MobileProxyHydras = 3 },
        "stealth" => Stealth(),
        "noisy" => Noisy(),
        _ => throw new ArgumentException(
            $"unknown scenario '{name}'; expected one of: {string.Join(", ", Names)}", nameof(name)),
    };

    // ≈ 10k accounts at scale 1: about 90% legit in realistic proportions, 10% in fraud campaigns.
    private static ScenarioSpec Standard(string name, int scale) => new()
    {
        Name = name,
        Singles = 4200 * scale,
        Households = 700 * scale,
        Companies = 12 * scale,
        Campuses = Math.Max(1, scale / 3),
        CampusSize = 900 * Math.Min(scale, 3),
        Carriers = Math.Max(1, scale / 5),
        CarrierUsers = 700 * Math.Min(scale, 5),
        VpnProviders = 2 * Math.Max(1, scale / 5),
        VpnUsers = 200 * Math.Min(scale, 5),
        HydraCampaigns = scale == 1 ? 2 : scale * 4 / 5,
        HydraMin = 200,
        HydraMax = scale == 1 ? 500 : 2500,
        CardFarms = scale,
        CardRings = 8 * scale,
        ProxyProviders = Math.Max(1, scale / 10),
        ProxyPoolSize = 3000 * Math.Min(scale, 10),
    };

    // ≈ 15k accounts; rings linked only by templates and timing, among many legit step-by-step askers.
    private static ScenarioSpec Stealth() => Standard("stealth", 1) with
    {
        Singles = 6000,
        Households = 900,
        Campuses = 2,
        HydraCampaigns = 1,
        CardFarms = 0,
        CardRings = 4,
        StealthCampaigns = 6,
        StealthMin = 40,
        StealthMax = 400,
        PopularStyleShare = 0.2,
    };

    // ≈ 30k accounts; heavy CGNAT, VPN, big companies and common prompts around every kind of ring.
    private static ScenarioSpec Noisy() => Standard("noisy", 1) with
    {
        Singles = 7000,
        Households = 1500,
        Companies = 35,
        Campuses = 3,
        CampusSize = 2500,
        Carriers = 2,
        CarrierUsers = 3000,
        VpnProviders = 4,
        VpnUsers = 600,
        AutomationGroups = 8,
        HydraCampaigns = 3,
        HydraMax = 1200,
        MobileProxyHydras = 1,
        CardFarms = 1,
        CardRings = 10,
        StealthCampaigns = 2,
        HomeOnProxyShare = 0.25,
        CommonPromptShare = 0.3,
        PopularStyleShare = 0.15,
        TrendShare = 0.15,
        DuplicateShare = 0.005,
    };
}
