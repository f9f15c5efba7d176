namespace LinkGraph.Synthetic.World.Honest;

/// <summary>
/// A viral prompt or a model release: thousands send the same text (a few variants) within hours of the day,
/// many of them signing up that day. Nothing else in common.
/// </summary>
internal static class TrendCrowd
{
    public static void Emit(Population population, Random random, int accounts)
    {
        var variants = Enumerable.Range(0, random.Next(1, 4)).Select(_ => population.Grammar.ViralPrompt(random)).ToArray();
        var release = population.Parameters.ReleaseMs;
        var newcomers = WorldParameters.Uniform(random, 0.2, 0.7);
        var decayHours = WorldParameters.Uniform(random, 2, 36);
        for (var i = 0; i < accounts; i++)
        {
            var (country, offset) = population.Shared.Country(random);
            var account = population.NewAccount(AccountLabel.LegitIn(WorldLabels.Trend, null));
            var at = release + (long)(-Math.Log(1 - random.NextDouble()) * decayHours * Clock.Hour);
            var isNew = random.NextDouble() < newcomers;
            var from = People.Open(population, random, account, population.Shared.FreeMail(random), country, null, isNew ? at - random.Next(60_000, 1_800_000) : null);
            var life = People.Ordinary(population, random, account, from, Rhythm.Personal, offset, 0.6);
            life.Live(population, random);
            life.Session(population, random, at);
            People.EmitPrompt(population, account, at + random.Next(1000, 120_000), variants[random.Next(variants.Length)]);
            if ((i & 1023) == 1023)
            {
                population.EndUnit(random);
            }
        }

        population.EndUnit(random);
    }
}
