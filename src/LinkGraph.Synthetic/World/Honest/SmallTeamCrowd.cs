namespace LinkGraph.Synthetic.World.Honest;

/// <summary>Teams of 3–20 without a declared org: the founder's card, the office line; own devices, office hours.</summary>
internal static class SmallTeamCrowd
{
    public static void Emit(Population population, Random random, int accounts)
    {
        foreach (var size in GroupSizes.Draw(random, accounts, 3, 20))
        {
            var group = "g" + IdMint.Hex((ulong)random.NextInt64())[..10];
            var (country, offset) = population.Shared.Country(random);
            var office = new NatPool(random, random.Next(1, 3), 24, population.Parameters.Isps[random.Next(population.Parameters.Isps.Length)]);
            var founderCard = random.NextDouble() < 0.7 ? People.MaybeCard(population, random, 1) : null;
            var domain = random.NextDouble() < 0.5 ? population.Ids.Domain(random) : null;
            var atOffice = WorldParameters.Uniform(random, 0.4, 0.9);
            for (var m = 0; m < size; m++)
            {
                var account = population.NewAccount(AccountLabel.LegitIn(WorldLabels.SmallTeam, group));
                var from = People.Open(population, random, account, domain ?? population.Shared.FreeMail(random), country, null);
                var home = People.HomeAddress(population, random);
                new Life
                {
                    Account = account,
                    Rhythm = Rhythm.Work,
                    OffsetHours = offset,
                    Address = (r, at) => r.NextDouble() < atOffice ? office.Any(r) : home(r, at),
                    Device = People.PersonalDevice(population, random),
                    Prompt = People.Ordinary(population, random),
                    Card = founderCard ?? People.MaybeCard(population, random, 0.5),
                    Sessions = Life.SessionCount(random, population.Parameters),
                    FromMs = from,
                }.Live(population, random);
            }

            population.EndUnit(random);
        }
    }
}
