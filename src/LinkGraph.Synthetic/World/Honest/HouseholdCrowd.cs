namespace LinkGraph.Synthetic.World.Honest;

/// <summary>Households of 2–8: the router's line, often one card, sometimes a family computer; own phones, own interests.</summary>
internal static class HouseholdCrowd
{
    public static void Emit(Population population, Random random, int accounts)
    {
        foreach (var size in GroupSizes.Draw(random, accounts, 2, 8))
        {
            var group = "g" + IdMint.Hex((ulong)random.NextInt64())[..10];
            var (country, offset) = population.Shared.Country(random);
            var line = HomeLine.Draw(random, population.Parameters);
            var familyCard = random.NextDouble() < 0.7 ? People.MaybeCard(population, random, 1) : null;
            var computer = random.NextDouble() < 0.4 ? People.PersonalDevice(population, random) : null;
            for (var m = 0; m < size; m++)
            {
                var account = population.NewAccount(AccountLabel.LegitIn(WorldLabels.Household, group));
                var from = People.Open(population, random, account, population.Shared.FreeMail(random), country, null);
                var phone = People.PersonalDevice(population, random);
                new Life
                {
                    Account = account,
                    Rhythm = random.NextDouble() < 0.8 ? Rhythm.Personal : Rhythm.Student,
                    OffsetHours = offset,
                    Address = People.HomeAddress(population, random, line),
                    Device = computer is null ? phone : People.TwoDevices(computer, phone, 0.4),
                    Prompt = People.Ordinary(population, random),
                    Card = familyCard is not null && random.NextDouble() < 0.85 ? familyCard : People.MaybeCard(population, random, 0.4),
                    Sessions = Life.SessionCount(random, population.Parameters),
                    FromMs = from,
                }.Live(population, random);
            }

            population.EndUnit(random);
        }
    }
}
