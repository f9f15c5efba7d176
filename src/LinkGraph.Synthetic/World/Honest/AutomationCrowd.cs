namespace LinkGraph.Synthetic.World.Honest;

/// <summary>
/// Power users and their pipelines, 1–50 accounts per owner: one card, often a declared org, the same client
/// library, cloud or office addresses, and templated prompts on schedules. One owner, not a ring.
/// </summary>
internal static class AutomationCrowd
{
    public static void Emit(Population population, Random random, int accounts)
    {
        foreach (var size in GroupSizes.Draw(random, accounts, 1, 50))
        {
            var group = "g" + IdMint.Hex((ulong)random.NextInt64())[..10];
            var (country, _) = population.Shared.Country(random);
            var card = People.MaybeCard(population, random, 0.9);
            var org = random.NextDouble() < 0.6 ? population.Ids.Org() : null;
            var mail = random.NextDouble() < 0.5 ? population.Ids.Domain(random) : population.Shared.FreeMail(random);
            var client = population.Shared.ClientLibraries[random.Next(population.Shared.ClientLibraries.Length)];
            var templates = Enumerable.Range(0, random.Next(1, 4)).Select(_ => population.Grammar.AutomationTemplate(random)).ToArray();
            var block = population.Shared.CloudBlocks[random.Next(population.Shared.CloudBlocks.Count)];
            var addresses = new NatPool(random, random.Next(1, 5), 24, random.NextDouble() < 0.7 ? block : null);
            for (var m = 0; m < size; m++)
            {
                var account = population.NewAccount(AccountLabel.LegitIn(WorldLabels.Automation, group));
                var from = Math.Max(population.StartMs, People.Open(population, random, account, mail, country, org));
                if (card is not null)
                {
                    population.Emit(LinkGraph.Core.Events.EventType.Payment, account, from + random.Next(0, 3_600_000), card);
                }

                var template = templates[random.Next(templates.Length)];
                new CronSchedule(random, from, population.EndMs, random.Next(5, 40))
                    .Drive(population, random, account, template.Render, addresses.Any, client);
            }

            population.EndUnit(random);
        }
    }
}
