namespace LinkGraph.Synthetic.World.Honest;

/// <summary>
/// People who share nothing but the network: mobile carriers' CGNAT (thousands per address), VPN exits, or the
/// exits of a residential proxy pool that fraud campaigns also use. Own cards, devices and prompts.
/// </summary>
internal static class NetworkCrowd
{
    public static void Emit(Population population, Random random, int accounts, string category)
    {
        var shared = population.Shared;
        for (var i = 0; i < accounts; i++)
        {
            var (country, offset) = shared.Country(random);
            var account = population.NewAccount(AccountLabel.LegitIn(category, null));
            var from = People.Open(population, random, account, shared.FreeMail(random), country, null);
            var key = (ulong)random.NextInt64();
            var address = category switch
            {
                WorldLabels.Carrier => Carrier(shared.Carriers[random.Next(shared.Carriers.Count)], key, random.Next(1, 12)),
                WorldLabels.Vpn => Vpn(shared.VpnProviders[random.Next(shared.VpnProviders.Count)], People.HomeAddress(population, random), WorldParameters.Uniform(random, 0.5, 1)),
                _ => Proxy(shared.ProxyPools[random.Next(shared.ProxyPools.Count)], People.HomeAddress(population, random), WorldParameters.Uniform(random, 0.5, 1)),
            };
            new Life
            {
                Account = account,
                Rhythm = random.NextDouble() < 0.7 ? Rhythm.Personal : Rhythm.Anytime,
                OffsetHours = offset,
                Address = address,
                Device = People.PersonalDevice(population, random),
                Prompt = People.Ordinary(population, random),
                Card = People.MaybeCard(population, random, 0.5),
                Sessions = Life.SessionCount(random, population.Parameters),
                FromMs = from,
            }.Live(population, random);
            if ((i & 1023) == 1023)
            {
                population.EndUnit(random);
            }
        }

        population.EndUnit(random);
    }

    private static Func<Random, long, string?> Carrier(NatPool pool, ulong key, int hours) => (_, at) => pool.Sticky(key, at, hours);

    private static Func<Random, long, string?> Vpn(NatPool pool, Func<Random, long, string?> home, double share) =>
        (r, at) => r.NextDouble() < share ? pool.Any(r) : home(r, at);

    private static Func<Random, long, string?> Proxy(ProxyPool pool, Func<Random, long, string?> home, double share) =>
        (r, at) => r.NextDouble() < share ? pool.Exit(r) : home(r, at);
}
