namespace LinkGraph.Synthetic.World.Honest;

/// <summary>
/// Universities of 500–50,000: a NAT spanning a /16, sign-up bursts at term start, and course assignments that
/// a class pastes (with its own words) in the days before each deadline. Otherwise unrelated people.
/// </summary>
internal static class CampusCrowd
{
    public static void Emit(Population population, Random random, int accounts)
    {
        var max = Math.Max(500, Math.Min(50_000, accounts));
        var index = 0;
        foreach (var size in GroupSizes.Draw(random, accounts, Math.Min(500, accounts), max))
        {
            EmitCampus(population, random, size, termInWindow: index++ == 0);
        }
    }

    private static void EmitCampus(Population population, Random random, int size, bool termInWindow)
    {
        var group = "g" + IdMint.Hex((ulong)random.NextInt64())[..10];
        var (country, offset) = population.Shared.Country(random);
        var nat = new NatPool(random, Math.Max(4, size / random.Next(3, 40)), 16);
        var domain = population.Ids.Domain(random);
        var start = population.StartMs;
        var end = population.EndMs;
        // Term start: inside the window for some campuses (always for the first, so every world has a burst), before it for others.
        var termStart = start + (long)((termInWindow ? random.NextDouble() * 0.8 : random.NextDouble() * 1.4 - 0.4) * (end - start));
        var burstShare = WorldParameters.Uniform(random, 0.2, 0.7);
        var courses = new List<(Prompts.IPromptTemplate Template, long[] Deadlines)>();
        for (var c = 0; c < Math.Max(2, size / random.Next(40, 300)); c++)
        {
            var deadlines = Enumerable.Range(0, random.Next(1, 7)).Select(_ => start + (long)(random.NextDouble() * (end - start))).ToArray();
            courses.Add((population.Grammar.AssignmentTemplate(random), deadlines));
        }

        for (var m = 0; m < size; m++)
        {
            var account = population.NewAccount(AccountLabel.LegitIn(WorldLabels.Campus, group));
            long? signup = termStart > start && random.NextDouble() < burstShare ? termStart + (long)(random.NextDouble() * 4 * Clock.Day) : null;
            var from = People.Open(population, random, account, random.NextDouble() < 0.85 ? domain : population.Shared.FreeMail(random), country, null, signup);
            var home = People.HomeAddress(population, random);
            var onCampus = WorldParameters.Uniform(random, 0.3, 0.9);
            var key = (ulong)random.NextInt64();
            var life = new Life
            {
                Account = account,
                Rhythm = Rhythm.Student,
                OffsetHours = offset,
                Address = (r, at) => r.NextDouble() < onCampus ? nat.Sticky(key, at, 2) : home(r, at),
                Device = People.PersonalDevice(population, random),
                Prompt = People.Ordinary(population, random),
                Card = People.MaybeCard(population, random, 0.3),
                Sessions = Life.SessionCount(random, population.Parameters, 0.8),
                FromMs = from,
            };
            life.Live(population, random);
            var taken = random.Next(1, 4);
            for (var c = 0; c < taken; c++)
            {
                var (template, deadlines) = courses[random.Next(courses.Count)];
                foreach (var deadline in deadlines)
                {
                    if (random.NextDouble() < 0.6)
                    {
                        // Most work happens in the last two days, bunched towards the deadline.
                        var at = deadline - (long)(Math.Pow(random.NextDouble(), 2) * 2 * Clock.Day);
                        if (at >= from)
                        {
                            People.EmitPrompt(population, account, at, template.Render(random));
                        }
                    }
                }
            }

            if ((m & 1023) == 1023)
            {
                population.EndUnit(random);
            }
        }

        population.EndUnit(random);
    }
}
