namespace LinkGraph.Synthetic.World.Honest;

/// <summary>People on their own: own line, device and card; a few of them send the day's viral prompt too.</summary>
internal static class SingleCrowd
{
    public static void Emit(Population population, Random random, int accounts)
    {
        for (var i = 0; i < accounts; i++)
        {
            var (country, offset) = population.Shared.Country(random);
            var account = population.NewAccount(AccountLabel.LegitIn(WorldLabels.SingleAccount, null));
            var from = People.Open(population, random, account, population.Shared.FreeMail(random), country, null);
            var rhythm = random.NextDouble() < 0.75 ? Rhythm.Personal : Rhythm.Anytime;
            People.Ordinary(population, random, account, from, rhythm, offset).Live(population, random);
            if ((i & 1023) == 1023)
            {
                population.EndUnit(random);
            }
        }

        population.EndUnit(random);
    }
}
