using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Tests.Pipeline;

/// <summary>
/// Builds small synthetic worlds for pipeline tests: honest background users, households, companies, a carrier
/// NAT hub, and rings (proxy-pool "hydra" rings, stealth rings linked only by templates and timing). Seeded.
/// </summary>
public sealed class Scenario
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const int Days = 90;
    private readonly Random _random;
    private readonly string[] _vocabulary;
    private int _next;

    public Scenario(int seed)
    {
        _random = new Random(seed);
        _vocabulary = Enumerable.Range(0, 3000).Select(Word).ToArray();
    }

    public InMemoryDetectionSource Source { get; } = new();

    public Dictionary<string, List<string>> Groups { get; } = new(StringComparer.Ordinal);

    public DateTimeOffset RandomTime() => Start.AddSeconds(_random.NextDouble() * Days * 86400);

    public string HonestPrompt() => Words(_random.Next(12, 50));

    public List<string> Honest(int count, string? sharedIp = null, string group = "honest")
    {
        var accounts = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var created = RandomTime();
            var a = Source.AddAccount(Name(group), created);
            Source.Use(a, IdentifierKind.Payment, "card-" + Name("c"), created.AddMinutes(3));
            Source.UseIp(a, sharedIp ?? RandomIp(), created.AddMinutes(4));
            Source.Use(a, IdentifierKind.Device, "dev-common-" + _random.Next(20), created.AddMinutes(4));
            Source.Prompt(a, HonestPrompt(), created.AddMinutes(10 + _random.Next(10000)));
            Source.Prompt(a, _random.Next(2) == 0 ? "hi" : "thanks a lot", created.AddMinutes(20 + _random.Next(10000)));
            accounts.Add(a);
        }

        Add(group, accounts);
        return accounts;
    }

    /// <summary>A family: one card, one home address (<paramref name="homeIp"/> when given), own devices; created at random times or within three hours of <paramref name="near"/>.</summary>
    public List<string> Household(int size, string? homeIp = null, DateTimeOffset? near = null)
    {
        var card = "card-" + Name("hh");
        var ip = homeIp ?? RandomIp();
        var group = Name("household");
        var accounts = new List<string>();
        for (var i = 0; i < size; i++)
        {
            var created = near is { } t ? t.AddSeconds(_random.Next(3 * 3600)) : RandomTime();
            var a = Source.AddAccount(Name(group), created);
            Source.Use(a, IdentifierKind.Payment, card, created.AddMinutes(2));
            Source.UseIp(a, ip, created.AddMinutes(2));
            Source.Use(a, IdentifierKind.Device, "dev-" + Name("d"), created.AddMinutes(2));
            Source.Prompt(a, HonestPrompt(), created.AddHours(1 + _random.Next(500)));
            accounts.Add(a);
        }

        Add(group, accounts);
        return accounts;
    }

    public List<string> Company(int size, string org)
    {
        var card = "card-corp-" + org;
        var ip = RandomIp();
        var accounts = new List<string>();
        var shared = Words(25);
        for (var i = 0; i < size; i++)
        {
            var created = RandomTime();
            var a = Source.AddAccount(Name(org), created, org);
            Source.Use(a, IdentifierKind.Payment, card, created.AddMinutes(2));
            Source.UseIp(a, ip, created.AddMinutes(2));
            Source.Prompt(a, shared + " " + Words(10), created.AddHours(1 + _random.Next(500)));
            Source.Prompt(a, HonestPrompt(), created.AddHours(1 + _random.Next(500)));
            accounts.Add(a);
        }

        Add(org, accounts);
        return accounts;
    }

    /// <summary>A ring created in one burst: proxy IPs from a pool, a few emulator fingerprints, templated prompts with paraphrase.</summary>
    public List<string> Hydra(string name, int size, IReadOnlyList<string> proxyPool, int templates, bool sharedInfrastructure = true, DateTimeOffset? burstAt = null, int bursts = 1)
    {
        var burst = burstAt ?? RandomTime();
        var texts = Enumerable.Range(0, templates).Select(_ => Words(30)).ToArray();
        var accounts = new List<string>();
        for (var i = 0; i < size; i++)
        {
            // Several bursts two days apart, as an operator's sign-up script runs them.
            var created = burst.AddDays(2 * (i % bursts)).AddSeconds(_random.Next(3 * 3600));
            var a = Source.AddAccount(Name(name), created);
            Source.Use(a, IdentifierKind.Payment, "card-" + Name("farm"), created.AddMinutes(1));
            if (sharedInfrastructure)
            {
                Source.UseIp(a, proxyPool[_random.Next(proxyPool.Count)], created.AddMinutes(1));
                Source.UseIp(a, proxyPool[_random.Next(proxyPool.Count)], created.AddMinutes(30));
                Source.Use(a, IdentifierKind.Device, "emu-" + name + "-" + _random.Next(3), created.AddMinutes(1));
            }
            else
            {
                Source.UseIp(a, RandomIp(), created.AddMinutes(1));
                Source.Use(a, IdentifierKind.Device, "dev-" + Name("d"), created.AddMinutes(1));
            }

            for (var p = 0; p < 6; p++)
            {
                Source.Prompt(a, Paraphrase(texts[p % templates]) + " " + Words(6), created.AddMinutes(5 + (p * 7) + _random.Next(5)));
            }

            accounts.Add(a);
        }

        Add(name, accounts);
        return accounts;
    }

    /// <summary>
    /// A ring with nothing shared but content and schedule: accounts created weeks apart on their own card, address and
    /// device, each joining <paramref name="wavesPerAccount"/> of the operator's <paramref name="waves"/> scheduled waves
    /// with two templated prompts a few minutes after the wave starts.
    /// </summary>
    public List<string> WaveRing(string name, int size, int waves, int wavesPerAccount)
    {
        var texts = Enumerable.Range(0, 3).Select(_ => Words(30)).ToArray();
        var schedule = Enumerable.Range(0, waves).Select(w => Start.AddDays(40 + (w * 3)).AddMinutes(_random.Next(600))).ToArray();
        var accounts = new List<string>();
        for (var i = 0; i < size; i++)
        {
            var created = Start.AddSeconds(_random.NextDouble() * 35 * 86400);
            var a = Source.AddAccount(Name(name), created);
            Source.Use(a, IdentifierKind.Payment, "card-" + Name("c"), created.AddMinutes(1));
            Source.UseIp(a, RandomIp(), created.AddMinutes(1));
            Source.Use(a, IdentifierKind.Device, "dev-" + Name("d"), created.AddMinutes(1));
            foreach (var w in Enumerable.Range(0, waves).OrderBy(_ => _random.Next()).Take(wavesPerAccount))
            {
                var at = schedule[w].AddSeconds(_random.Next(240));
                Source.Prompt(a, Paraphrase(texts[_random.Next(texts.Length)]) + " " + Words(6), at);
                Source.Prompt(a, Paraphrase(texts[_random.Next(texts.Length)]) + " " + Words(6), at.AddSeconds(40));
            }

            accounts.Add(a);
        }

        Add(name, accounts);
        return accounts;
    }

    /// <summary>Two honest strangers, created months apart, who send one near-identical prompt in the same minute once.</summary>
    public (string First, string Second) Coincidence()
    {
        var text = Words(30);
        var at = RandomTime();
        var first = Honest(1, group: "coincidence")[0];
        var second = Honest(1, group: "coincidence")[0];
        Source.Prompt(first, Paraphrase(text), at);
        Source.Prompt(second, Paraphrase(text), at.AddSeconds(20));
        return (first, second);
    }

    public string RandomIp() => $"{_random.Next(1, 223)}.{_random.Next(256)}.{_random.Next(256)}.{_random.Next(1, 255)}";

    private string Paraphrase(string template)
    {
        var words = template.Split(' ');
        for (var i = 0; i < 2; i++)
        {
            words[_random.Next(words.Length)] = _vocabulary[_random.Next(_vocabulary.Length)];
        }

        return string.Join(' ', words);
    }

    /// <summary>Letters only: the prompt normaliser folds digits, so "w1" and "w2" would be one word.</summary>
    private static string Word(int index)
    {
        var chars = new List<char>();
        do
        {
            chars.Add((char)('a' + (index % 26)));
            index /= 26;
        }
        while (index > 0);
        return "q" + new string([.. chars]);
    }

    private string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => _vocabulary[_random.Next(_vocabulary.Length)]));

    private string Name(string prefix) => prefix + "-" + (_next++).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private void Add(string group, List<string> accounts)
    {
        if (!Groups.TryGetValue(group, out var list))
        {
            Groups[group] = list = [];
        }

        list.AddRange(accounts);
    }
}
