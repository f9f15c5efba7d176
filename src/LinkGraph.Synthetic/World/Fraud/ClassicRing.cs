using LinkGraph.Core.Events;

namespace LinkGraph.Synthetic.World.Fraud;

/// <summary>
/// A classic small ring of 3–15 accounts run by one person or shop (trial farming, resale): one or two machines
/// for all, one to three cards, the operator's home line (re-leased) or mobile addresses, sign-ups within days.
/// Prompts are ordinary.
/// </summary>
internal static class ClassicRing
{
    public static void Emit(Population population, Random random, string campaign, int size)
    {
        var machines = Enumerable.Range(0, random.Next(1, 3)).Select(_ => random.NextDouble() < 0.5 ? population.Shared.PopularBuild(random) : population.Ids.DeviceKey()).ToArray();
        var cards = Enumerable.Range(0, random.Next(1, 4)).Select(_ => population.Ids.Card()).ToArray();
        var line = HomeLine.Draw(random, population.Parameters);
        var mobile = random.NextDouble() < 0.4;
        var carrier = population.Shared.Carriers[random.Next(population.Shared.Carriers.Count)];
        var key = (ulong)random.NextInt64();
        var (country, offset) = population.Shared.Country(random);
        var span = population.EndMs - population.StartMs;
        var signupDays = WorldParameters.Uniform(random, 0.2, 6);
        // Some rings predate the window; the rest sign up inside it with time left to work.
        var signupStart = population.StartMs + (long)((random.NextDouble() * 1.1 - 0.2) * span);
        signupStart = Math.Min(signupStart, population.EndMs - (long)((signupDays + 0.5) * Clock.Day));
        var rhythm = random.NextDouble() < 0.5 ? Rhythm.Personal : Rhythm.Anytime;
        var payShare = WorldParameters.Uniform(random, 0.5, 1);
        for (var i = 0; i < size; i++)
        {
            var account = population.NewAccount(AccountLabel.FraudIn(WorldLabels.ClassicRing, campaign));
            var signup = signupStart + (long)(random.NextDouble() * signupDays * Clock.Day);
            population.Signup(account, signup, population.Shared.FreeMail(random), country, null);
            var from = Math.Max(signup + random.Next(60_000, 3_600_000), population.StartMs);
            var machine = machines[random.Next(machines.Length)];
            var life = new Life
            {
                Account = account,
                Rhythm = rhythm,
                OffsetHours = offset,
                Address = (r, at) => mobile && r.NextDouble() < 0.7 ? carrier.Sticky(key, at, 3) : line.Address(at, r),
                Device = (_, at) => population.Shared.BuildFingerprint(machine, at, 0),
                Prompt = People(population, random),
                Card = null,
                Sessions = Life.SessionCount(random, population.Parameters, 0.8),
                FromMs = from,
            };
            if (random.NextDouble() < payShare)
            {
                population.Emit(EventType.Payment, account, from + random.Next(0, 600_000), cards[random.Next(cards.Length)]);
            }

            life.Live(population, random);
        }

        population.EndUnit(random);
    }

    private static Func<Random, long, string> People(Population population, Random random)
    {
        var topic = random.Next();
        return (r, _) => population.Grammar.OrdinaryPrompt(r, topic);
    }
}
