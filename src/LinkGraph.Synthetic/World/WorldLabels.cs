namespace LinkGraph.Synthetic.World;

/// <summary>The truth labels of the randomised world: fraud kinds and honest categories (stable strings).</summary>
public static class WorldLabels
{
    public const string ProxyPool = "proxy_pool";
    public const string Datacenter = "datacenter";
    public const string Stealth = "stealth";
    public const string ClassicRing = "classic_ring";

    public const string SingleAccount = "single";
    public const string Household = "household";
    public const string MultiAccount = "multi_account";
    public const string SmallTeam = "small_team";
    public const string Company = "company";
    public const string Campus = "campus";
    public const string Carrier = "carrier";
    public const string Vpn = "vpn";
    public const string Automation = "automation";
    public const string ProxyCustomer = "proxy_customer";
    public const string Trend = "trend";
    public const string DevicePopular = "device_popular";

    public static IReadOnlyList<string> FraudKinds { get; } = [ProxyPool, Datacenter, Stealth, ClassicRing];

    public static IReadOnlyList<string> HonestCategories { get; } =
        [SingleAccount, Household, MultiAccount, SmallTeam, Company, Campus, Carrier, Vpn, Automation, ProxyCustomer, Trend, DevicePopular];
}
