namespace LinkGraph.Synthetic.World;

/// <summary>
/// What many crowds of one world share: proxy pools, carriers, VPN providers, cloud providers, popular device
/// builds and emulator images, client libraries (TLS fingerprints), free-mail domains, countries, and the cards
/// of honest customers that fraud may have stolen. Drawn once per seed.
/// </summary>
public sealed class SharedInfrastructure
{
    private static readonly (string Code, int Offset)[] CountryTable =
        [("US", -5), ("US", -8), ("GB", 0), ("DE", 1), ("FR", 1), ("IN", 5), ("BR", -3), ("JP", 9), ("SG", 8), ("NG", 1), ("CA", -5), ("AU", 10), ("KR", 9), ("MX", -6), ("PL", 1), ("ID", 7), ("VN", 7), ("TR", 3)];

    private readonly WeightedChoice _builds;
    private readonly WeightedChoice _countries;
    private readonly WeightedChoice _mail;
    private readonly IdMint _ids;
    private readonly int _releaseDays;
    private readonly List<string> _honestCards = [];

    public SharedInfrastructure(Random random, WorldParameters parameters, IdMint ids, int accounts)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(parameters);
        _ids = ids;
        _releaseDays = parameters.BrowserReleaseDays;
        ProxyPools = [.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => new ProxyPool(random, parameters))];
        // CGNAT puts thousands of users behind one address: the pool grows far slower than the world.
        var scale = Math.Max(1, accounts / 10_000);
        Carriers = [.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => new NatPool(random, Math.Max(2, (int)(scale * WorldParameters.Uniform(random, 0.05, 0.4))), 16))];
        VpnProviders = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => new NatPool(random, random.Next(3, 40), random.Next(2) == 0 ? 16 : 20))];
        CloudBlocks = [.. Enumerable.Range(0, random.Next(2, 5)).Select(_ => IpSpace.Slash16(random))];
        BuildKeys = [.. Enumerable.Range(0, random.Next(30, 90)).Select(_ => ids.DeviceKey())];
        _builds = new WeightedChoice(BuildKeys.Length, WorldParameters.Uniform(random, 0.8, 1.3));
        EmulatorImages = [.. Enumerable.Range(0, random.Next(3, 11)).Select(_ => ids.DeviceKey())];
        ClientLibraries = [.. Enumerable.Range(0, random.Next(4, 13)).Select(_ => ids.ClientFingerprint(ids.DeviceKey()))];
        MailDomains = [.. Enumerable.Range(0, random.Next(5, 13)).Select(_ => ids.Domain(random))];
        _mail = new WeightedChoice(MailDomains.Length, 1.1);
        _countries = new WeightedChoice(CountryTable.Length, WorldParameters.Uniform(random, 0.3, 1.0));
    }

    public IReadOnlyList<ProxyPool> ProxyPools { get; }

    public IReadOnlyList<NatPool> Carriers { get; }

    public IReadOnlyList<NatPool> VpnProviders { get; }

    /// <summary>The /16s of cloud providers (datacenter campaigns and honest pipelines run there).</summary>
    public IReadOnlyList<uint> CloudBlocks { get; }

    public ulong[] BuildKeys { get; }

    public ulong[] EmulatorImages { get; }

    public string[] ClientLibraries { get; }

    public string[] MailDomains { get; }

    /// <summary>Cards of honest customers, some of which fraud later reuses.</summary>
    public IReadOnlyList<string> HonestCards => _honestCards;

    public ulong PopularBuild(Random random) => BuildKeys[_builds.Next(random)];

    public string FreeMail(Random random) => MailDomains[_mail.Next(random)];

    public (string Code, int Offset) Country(Random random) => CountryTable[_countries.Next(random)];

    /// <summary>
    /// The fingerprint of a browser build or image at a time: it changes at each release, reached by each user
    /// <paramref name="lagDays"/> after it ships (fingerprints drift with updates).
    /// </summary>
    public string BuildFingerprint(ulong key, long atMs, int lagDays) =>
        _ids.Fingerprint(key, (int)((atMs / 86_400_000L - lagDays) / _releaseDays));

    public void RememberHonestCard(string card)
    {
        if (_honestCards.Count < 5000)
        {
            _honestCards.Add(card);
        }
    }
}
