namespace LinkGraph.Synthetic.World.Honest;

/// <summary>One person with 2–4 accounts (work and private, a trial): same card, devices and line; one person's rhythm.</summary>
internal static class MultiAccountCrowd
{
    public static void Emit(Population population, Random random, int accounts)
    {
        foreach (var size in GroupSizes.Draw(random, accounts, 2, 4))
        {
            var group = "g" + IdMint.Hex((ulong)random.NextInt64())[..10];
            var (country, offset) = population.Shared.Country(random);
            var address = People.HomeAddress(population, random);
            var device = People.TwoDevices(People.PersonalDevice(population, random), People.PersonalDevice(population, random), 0.5);
            var card = random.NextDouble() < 0.8 ? People.MaybeCard(population, random, 1) : null;
            var topic = random.Next();
            var rhythm = random.NextDouble() < 0.6 ? Rhythm.Personal : Rhythm.Work;
            var mail = population.Shared.FreeMail(random);
            for (var m = 0; m < size; m++)
            {
                var account = population.NewAccount(AccountLabel.LegitIn(WorldLabels.MultiAccount, group));
                var from = People.Open(population, random, account, random.NextDouble() < 0.7 ? mail : population.Shared.FreeMail(random), country, null);
                var ownTopic = random.NextDouble() < 0.5 ? topic : random.Next();
                new Life
                {
                    Account = account,
                    Rhythm = rhythm,
                    OffsetHours = offset,
                    Address = address,
                    Device = device,
                    Prompt = (r, _) => population.Grammar.OrdinaryPrompt(r, ownTopic),
                    Card = card ?? People.MaybeCard(population, random, 0.5),
                    Sessions = Life.SessionCount(random, population.Parameters, 0.7),
                    FromMs = from,
                }.Live(population, random);
            }

            population.EndUnit(random);
        }
    }
}
