namespace LinkGraph.Synthetic;

/// <summary>
/// Population sizes and noise levels of one scenario. Counts are groups (households, companies …) or
/// accounts (singles, users per campus / carrier / VPN provider); campaign sizes are drawn between the bounds.
/// </summary>
public sealed record ScenarioSpec
{
    public required string Name { get; init; }

    public int WindowDays { get; init; } = 56;

    public int Singles { get; init; }

    public int Households { get; init; }

    public int Companies { get; init; }

    public int CompanyMaxSize { get; init; } = 300;

    public int Campuses { get; init; }

    public int CampusSize { get; init; }

    public int Carriers { get; init; }

    public int CarrierUsers { get; init; }

    public int VpnProviders { get; init; }

    public int VpnUsers { get; init; }

    public int AutomationGroups { get; init; }

    public int HydraCampaigns { get; init; }

    public int HydraMin { get; init; } = 200;

    public int HydraMax { get; init; } = 1500;

    /// <summary>Hydra campaigns that rent mobile proxies (a carrier's CGNAT pool) instead of residential ones.</summary>
    public int MobileProxyHydras { get; init; }

    public int CardFarms { get; init; }

    public int CardFarmMin { get; init; } = 80;

    public int CardFarmMax { get; init; } = 400;

    public int CardRings { get; init; }

    public int StealthCampaigns { get; init; }

    public int StealthMin { get; init; } = 40;

    public int StealthMax { get; init; } = 300;

    public int ProxyProviders { get; init; } = 1;

    public int ProxyPoolSize { get; init; } = 3000;

    /// <summary>Share of households whose home router is also an exit of a residential-proxy pool.</summary>
    public double HomeOnProxyShare { get; init; } = 0.05;

    /// <summary>Share of casual prompts that are common one-liners ("hi", "thanks").</summary>
    public double CommonPromptShare { get; init; } = 0.15;

    /// <summary>Share of the other casual prompts written in a popular reasoning style ("let's think step by step").</summary>
    public double PopularStyleShare { get; init; } = 0.08;

    /// <summary>Chance that a legit session during a viral trend opens with the trend's prompt.</summary>
    public double TrendShare { get; init; } = 0.05;

    /// <summary>Share of legit accounts that sign up and never use the service.</summary>
    public double DormantShare { get; init; } = 0.08;

    /// <summary>Share of event lines delivered twice, verbatim (at-least-once delivery upstream).</summary>
    public double DuplicateShare { get; init; }

    /// <summary>Median sessions of a legit account over the window (log-normal, heavy tail).</summary>
    public double SessionMedian { get; init; } = 2.2;
}
