namespace LinkGraph.Synthetic;

/// <summary>The label vocabulary of <c>truth.json</c>: legit categories and fraud campaign kinds (stable strings).</summary>
public static class TruthLabels
{
    public const string Legit = "legit";
    public const string Fraud = "fraud";

    public const string SingleAccount = "single";
    public const string Household = "household";
    public const string Company = "company";
    public const string Campus = "campus";
    public const string Carrier = "carrier";
    public const string Vpn = "vpn";
    public const string Automation = "automation";

    public const string Hydra = "hydra";
    public const string CardFarm = "card_farm";
    public const string CardRing = "card_ring";
    public const string Stealth = "stealth";

    public static IReadOnlyList<string> LegitCategories { get; } = [SingleAccount, Household, Company, Campus, Carrier, Vpn, Automation];

    public static IReadOnlyList<string> CampaignKinds { get; } = [Hydra, CardFarm, CardRing, Stealth];
}
