namespace LinkGraph.Synthetic.World.Honest;

/// <summary>
/// People on the most popular device builds, and app developers on the emulator images that fraud campaigns
/// also run. Own line, card and prompts.
/// </summary>
internal static class DevicePopularCrowd
{
    public static void Emit(Population population, Random random, int accounts)
    {
        var shared = population.Shared;
        var developers = WorldParameters.Uniform(random, 0.2, 0.6);
        for (var i = 0; i < accounts; i++)
        {
            var (country, offset) = shared.Country(random);
            var account = population.NewAccount(AccountLabel.LegitIn(WorldLabels.DevicePopular, null));
            var from = People.Open(population, random, account, shared.FreeMail(random), country, null);
            var developer = random.NextDouble() < developers;
            var key = developer ? shared.EmulatorImages[random.Next(shared.EmulatorImages.Length)] : shared.BuildKeys[random.Next(Math.Min(3, shared.BuildKeys.Length))];
            var lag = random.Next(0, 10);
            new Life
            {
                Account = account,
                Rhythm = random.NextDouble() < 0.5 ? Rhythm.Work : Rhythm.Personal,
                OffsetHours = offset,
                Address = People.HomeAddress(population, random),
                Device = (_, at) => shared.BuildFingerprint(key, at, lag),
                Prompt = People.Ordinary(population, random),
                Card = People.MaybeCard(population, random, 0.6),
                Client = developer ? People.Developer(population, random, 0.6) : null,
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
}
