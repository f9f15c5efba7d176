using LinkGraph.Core.Events;

namespace LinkGraph.Synthetic.World.Fraud;

/// <summary>
/// A hydra campaign: many accounts through one proxy pool's rotating exits (a new exit per session or per
/// request), paying by card farm, prepaid or stolen cards, on shared images or random fingerprints, prompting
/// from a playbook in waves or a drip.
/// </summary>
internal static class ProxyPoolCampaign
{
    public static void Emit(Population population, Random random, string campaign, int size, CampaignTraits traits)
    {
        var pool = population.Shared.ProxyPools[random.Next(population.Shared.ProxyPools.Count)];
        var perRequest = random.NextDouble() < 0.4;
        var playbook = new Playbook(random, population.Grammar, 2, 8, 0, 1, 0.5, population.Parameters.ReleaseMs);
        Run(population, random, campaign, WorldLabels.ProxyPool, size, traits, playbook,
            r => pool.Exit(r), perRequest);
    }

    /// <summary>Shared by proxy-pool and datacenter campaigns: accounts, sign-ups, payments, then scheduled sessions.</summary>
    public static void Run(Population population, Random random, string campaign, string kind, int size, CampaignTraits traits, Playbook playbook,
        Func<Random, string> address, bool addressPerRequest, Func<Random, int, string>? stickyAddress = null)
    {
        var accounts = new string[size];
        for (var i = 0; i < size; i++)
        {
            accounts[i] = population.NewAccount(AccountLabel.FraudIn(kind, campaign));
        }

        var (country, _) = population.Shared.Country(random);
        var activeFrom = FraudSignups.Open(population, random, accounts, traits.BoughtShare, traits.From, traits.EmailDomain, traits.Org, country);
        var wallet = new CampaignWallet(population, random, traits.Payment, traits.PayShare);
        var topics = new int[size];
        for (var i = 0; i < size; i++)
        {
            topics[i] = random.Next();
            if (wallet.CardFor(random) is { } card)
            {
                CampaignWallet.Charge(population, random, accounts[i], card, Math.Max(traits.From, activeFrom[i]), traits.To);
            }
        }

        var schedule = new CampaignSchedule(random, traits.Waves, size, traits.From, traits.To, traits.TargetSessions, traits.Paced);
        // Paced clients send a request or a few per run; others a burst of up to a quarter of the daily cap.
        var perSession = traits.Paced ? random.Next(1, 4) : Math.Max(1, traits.DailyCap / 4);
        // Each account stays under the campaign's daily cap whatever the schedule (per-account rate limits).
        var sentToday = new Dictionary<(int Member, long Day), int>();
        foreach (var (member, at) in schedule.Sessions(random, activeFrom))
        {
            var account = accounts[member];
            var sent = sentToday.GetValueOrDefault((member, at / Clock.Day));
            if (sent >= traits.DailyCap)
            {
                continue;
            }

            var ip = stickyAddress is not null ? stickyAddress(random, member) : address(random);
            population.Emit(EventType.Ip, account, at, ip);
            if (!traits.ApiClient && random.NextDouble() < 0.7)
            {
                var device = traits.Images.Length > 0
                    ? population.Shared.BuildFingerprint(traits.Images[member % traits.Images.Length], at, 0)
                    : population.Ids.Device();
                population.Emit(EventType.Device, account, at + random.Next(0, 3000), device);
            }

            if (traits.Client is not null && (traits.ApiClient || random.NextDouble() < 0.6))
            {
                population.Emit(EventType.Device, account, at + random.Next(0, 3000), traits.Client);
            }

            var prompts = Math.Min(random.Next(1, perSession + 1), traits.DailyCap - sent);
            sentToday[(member, at / Clock.Day)] = sent + prompts;
            var t = at;
            for (var p = 0; p < prompts; p++)
            {
                t += random.Next(3_000, 90_000);
                if (addressPerRequest && p > 0)
                {
                    population.Emit(EventType.Ip, account, t - 500, address(random));
                }

                population.Emit(EventType.Prompt, account, t, playbook.Prompt(random, t, topics[member]));
            }
        }

        population.EndUnit(random);
    }
}
