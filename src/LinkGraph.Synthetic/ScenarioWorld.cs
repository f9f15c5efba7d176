using System.Globalization;

namespace LinkGraph.Synthetic;

/// <summary>
/// The shared infrastructure every population draws from: card issuers (BINs), popular device builds, mail
/// providers, carriers, VPN providers and residential-proxy pools, plus the id factories. Built once per seed.
/// </summary>
public sealed class ScenarioWorld
{
    private static readonly string[] FreeMail =
    [
        "gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me", "qq.com", "163.com",
        "gmx.de", "web.de", "yandex.ru", "mail.ru", "naver.com", "aol.com", "live.com", "orange.fr", "free.fr",
        "libero.it", "t-online.de", "btinternet.com", "yahoo.co.jp", "rediffmail.com", "zoho.com", "fastmail.com",
    ];

    private static readonly ZipfTable MailRank = new(FreeMail.Length, 1.3);
    private readonly OpaqueIds _accounts;
    private readonly OpaqueIds _cards;
    private readonly OpaqueIds _devices;
    private readonly string[] _bins;
    private readonly ZipfTable _binRank;
    private readonly string[] _popularDevices;
    private readonly ZipfTable _deviceRank;
    private ulong _nextAccount;
    private ulong _nextCard;
    private ulong _nextDevice;

    public ScenarioWorld(SyntheticOptions options)
    {
        Spec = options.Scenario;
        Seed = options.Seed;
        Start = options.Start.ToUnixTimeSeconds();
        End = Start + (Spec.WindowDays * Diurnal.Day);
        var random = SyntheticRandom.For(Seed, 1);
        _accounts = new OpaqueIds(random.NextUInt64());
        _cards = new OpaqueIds(random.NextUInt64());
        _devices = new OpaqueIds(random.NextUInt64());
        _bins = [.. Enumerable.Range(0, 400).Select(_ => Bin(random))];
        _binRank = new ZipfTable(_bins.Length, 1.0);
        _popularDevices = [.. Enumerable.Range(0, 120).Select(i => _devices.Make("dfp_", ulong.MaxValue - (ulong)i))];
        _deviceRank = new ZipfTable(_popularDevices.Length, 1.1);
        Carriers = [.. Enumerable.Range(0, Math.Max(1, Spec.Carriers)).Select(_ => new CarrierNetwork(Math.Max(Spec.CarrierUsers, 2000), random))];
        Vpns = [.. Enumerable.Range(0, Math.Max(1, Spec.VpnProviders)).Select(_ => ExitPool.Vpn(random))];
        Proxies = [.. Enumerable.Range(0, Math.Max(1, Spec.ProxyProviders)).Select(_ => ExitPool.ResidentialProxies(Spec.ProxyPoolSize, random))];
        Trends = [.. ViralTrend.Templates.Select(t => new ViralTrend(
            t, Start + (long)(random.NextDouble() * (End - Start)), random.Between(12, 48) * 3600L))];
    }

    public ScenarioSpec Spec { get; }

    public ulong Seed { get; }

    /// <summary>Window start and end, Unix seconds.</summary>
    public long Start { get; }

    public long End { get; }

    public IReadOnlyList<CarrierNetwork> Carriers { get; }

    public IReadOnlyList<ExitPool> Vpns { get; }

    public IReadOnlyList<ExitPool> Proxies { get; }

    public IReadOnlyList<ViralTrend> Trends { get; }

    public string NewAccountId() => _accounts.Make("acc_", _nextAccount++);

    public string NewDevice() => _devices.Make("dfp_", _nextDevice++);

    public string NewCard(string bin) => string.Concat("pm_", bin, _cards.Compact("_", _nextCard++));

    /// <summary>An issuer BIN by real-world popularity: big banks' BINs are shared by very many honest cards.</summary>
    public string LegitBin(SyntheticRandom random) => _bins[_binRank.Sample(random)];

    /// <summary>A BIN from the long tail (prepaid and small issuers), as card farms buy in bulk.</summary>
    public string RareBin(SyntheticRandom random) => _bins[random.Between(_bins.Length / 3, _bins.Length - 1)];

    public string PopularDevice(SyntheticRandom random) => _popularDevices[_deviceRank.Sample(random)];

    public static string FreeMailDomain(SyntheticRandom random) => FreeMail[MailRank.Sample(random)];

    /// <summary>A device for a person: a popular build (shared with thousands) or an uncommon one of their own.</summary>
    public string PersonalDevice(SyntheticRandom random) => random.Chance(0.55) ? PopularDevice(random) : NewDevice();

    public static string NewHomeIp(SyntheticRandom random) =>
        AddressSpace.FormatV4(AddressSpace.HostIn24(AddressSpace.ResidentialNetwork(random), random));

    private static string Bin(SyntheticRandom random)
    {
        var lead = random.Chance(0.55) ? 4 : 5;
        return string.Create(CultureInfo.InvariantCulture, $"{lead}{random.Next(100_000):d5}");
    }
}
