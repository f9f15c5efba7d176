using System.Globalization;

namespace LinkGraph.Synthetic.World;

/// <summary>
/// Opaque identifier values: a per-kind counter run through a bijective mix under a per-seed key, so values are
/// unique, reveal nothing about who holds them, and differ between seeds. Formats vary like real producers'.
/// </summary>
public sealed class IdMint(ulong seed)
{
    private static readonly string[] Suffixes = ["com", "com", "com", "net", "org", "io", "co", "edu", "dev", "de", "fr", "in"];

    private readonly ulong _key = SeedMix.Mix(seed, 0x1D);
    private ulong _accounts;
    private ulong _cards;
    private ulong _devices;
    private ulong _orgs;
    private ulong _events;
    private ulong _domains;

    public string Account() => "u" + Hex(Next(ref _accounts, 1));

    public string Card() => Hex(Next(ref _cards, 2));

    /// <summary>A device fingerprint nobody else has.</summary>
    public string Device() => "fp_" + Hex(Next(ref _devices, 3));

    public ulong DeviceKey() => Next(ref _devices, 3);

    public string Org() => "org_" + Hex(Next(ref _orgs, 4))[..10];

    public string EventId() => Hex(Next(ref _events, 5));

    /// <summary>
    /// A made-up but plausible domain name. The top-level domain is drawn, never chosen by who uses it, so a
    /// domain says nothing about the crowd behind it.
    /// </summary>
    public string Domain(Random random)
    {
        var n = Next(ref _domains, 6);
        return string.Create(CultureInfo.InvariantCulture, $"{Syllables(random, 2 + random.Next(2))}{n % 97}.{Suffixes[random.Next(Suffixes.Length)]}");
    }

    /// <summary>A fingerprint that is a function of a key and a version: the same build at the same version gives the same value.</summary>
    public string Fingerprint(ulong key, int version) => "fp_" + Hex(SeedMix.Mix(_key ^ key, (ulong)version + 0x51));

    /// <summary>A client-library (TLS) fingerprint in the shape of a JA4 string.</summary>
    public string ClientFingerprint(ulong key) =>
        string.Create(CultureInfo.InvariantCulture, $"ja4:t13d{key % 90 + 10}{(key >> 8) % 90 + 10}h2_{Hex(SeedMix.Mix(_key, key))[..12]}");

    public static string Hex(ulong value) => value.ToString("x16", CultureInfo.InvariantCulture);

    private static string Syllables(Random random, int count)
    {
        const string consonants = "bdfgklmnprstvz";
        const string vowels = "aeiou";
        var chars = new char[count * 2];
        for (var i = 0; i < count; i++)
        {
            chars[2 * i] = consonants[random.Next(consonants.Length)];
            chars[2 * i + 1] = vowels[random.Next(vowels.Length)];
        }

        return new string(chars);
    }

    private ulong Next(ref ulong counter, ulong kind) => SeedMix.Mix(_key + kind * 0x100000000UL + counter++ * 0x9E3779B97F4A7C15UL);
}
