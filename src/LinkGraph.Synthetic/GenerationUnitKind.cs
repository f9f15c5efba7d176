namespace LinkGraph.Synthetic;

/// <summary>What a <see cref="GenerationUnit"/> generates.</summary>
public enum GenerationUnitKind
{
    SingleAccount = 0,
    Household = 1,
    Company = 2,
    Campus = 3,
    Carrier = 4,
    Vpn = 5,
    Automation = 6,
    CampaignBurst = 7,
}
