namespace LinkGraph.Synthetic.World.Honest;

/// <summary>
/// Companies of 20–5,000: NAT addresses, corporate cards, a declared org (not always) and an SSO domain;
/// office hours and diverse prompts; some run batch pipelines with templated prompts on schedules.
/// </summary>
internal static class CompanyCrowd
{
    public static void Emit(Population population, Random random, int accounts)
    {
        var max = Math.Max(20, Math.Min(5000, accounts / 3));
        var index = 0;
        foreach (var size in GroupSizes.Draw(random, accounts, 20, max))
        {
            EmitCompany(population, random, size, alwaysPipelines: index++ == 0);
            population.EndUnit(random);
        }
    }

    private static void EmitCompany(Population population, Random random, int size, bool alwaysPipelines)
    {
        var group = "g" + IdMint.Hex((ulong)random.NextInt64())[..10];
        var (country, offset) = population.Shared.Country(random);
        var nat = new NatPool(random, random.Next(1, 9) + size / 400, size > 1000 ? 20 : 24);
        var cards = Enumerable.Range(0, random.Next(1, 4)).Select(_ => population.Ids.Card()).ToArray();
        var cardShare = WorldParameters.Uniform(random, 0.1, 1);
        var org = random.NextDouble() < 0.6 ? population.Ids.Org() : null;
        var domain = population.Ids.Domain(random);
        var remote = WorldParameters.Uniform(random, 0.05, 0.5);
        // Batch pipelines in some companies (always in the first, so every world has them).
        var pipelines = alwaysPipelines || random.NextDouble() < 0.6 ? random.Next(1, 4) : 0;
        var client = population.Shared.ClientLibraries[random.Next(population.Shared.ClientLibraries.Length)];
        for (var m = 0; m < size; m++)
        {
            var account = population.NewAccount(AccountLabel.LegitIn(WorldLabels.Company, group));
            var from = People.Open(population, random, account, random.NextDouble() < 0.9 ? domain : population.Shared.FreeMail(random), country,
                org is not null && random.NextDouble() < 0.9 ? org : null);
            var card = random.NextDouble() < cardShare ? cards[random.Next(cards.Length)] : People.MaybeCard(population, random, 0.2);
            if (m < pipelines)
            {
                var template = population.Grammar.AutomationTemplate(random);
                var block = population.Shared.CloudBlocks[random.Next(population.Shared.CloudBlocks.Count)];
                var cloud = new NatPool(random, random.Next(1, 4), 24, block);
                if (card is not null)
                {
                    population.Emit(LinkGraph.Core.Events.EventType.Payment, account, Math.Max(from, population.StartMs) + Clock.Hour, card);
                }

                new CronSchedule(random, Math.Max(from, population.StartMs), population.EndMs, random.Next(10, 60))
                    .Drive(population, random, account, template.Render, r => r.NextDouble() < 0.5 ? cloud.Any(r) : nat.Any(r), client);
                continue;
            }

            var home = People.HomeAddress(population, random);
            new Life
            {
                Account = account,
                Rhythm = Rhythm.Work,
                OffsetHours = offset,
                Address = (r, at) => r.NextDouble() < remote ? home(r, at) : nat.Any(r),
                Device = People.PersonalDevice(population, random),
                Prompt = People.Ordinary(population, random),
                Card = card,
                Client = People.Developer(population, random, 0.2),
                Sessions = Life.SessionCount(random, population.Parameters),
                FromMs = from,
            }.Live(population, random);
        }
    }
}
