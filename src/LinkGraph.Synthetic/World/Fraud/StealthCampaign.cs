using LinkGraph.Core.Events;

namespace LinkGraph.Synthetic.World.Fraud;

/// <summary>
/// A stealth campaign: every account has its own card, line and device (aged or bought identities), so no
/// infrastructure links them. They share only 2–5 heavily paraphrased templates and a few fixed times of day
/// (to within minutes) over many days, each account active on only some of them.
/// </summary>
internal static class StealthCampaign
{
    public static void Emit(Population population, Random random, string campaign, int size)
    {
        var playbook = new Playbook(random, population.Grammar, 2, 5, 0.6, 1, 0.5, population.Parameters.ReleaseMs);
        var times = Enumerable.Range(0, random.Next(1, 5)).Select(_ => (long)random.Next(0, 1440) * Clock.Minute).ToArray();
        var jitter = random.Next(1, 6) * Clock.Minute;
        var participation = WorldParameters.Uniform(random, 0.1, 0.5);
        var span = population.EndMs - population.StartMs;
        var from = population.StartMs + (long)(random.NextDouble() * 0.3 * span);
        var to = Math.Min(population.EndMs, from + (long)(WorldParameters.LogUniform(random, Math.Min(7, population.Parameters.SpanDays), Math.Max(1.01, population.Parameters.SpanDays)) * Clock.Day));
        var bought = random.NextDouble() < 0.3 ? 1 : random.NextDouble();
        var days = Math.Max(1, (to - from) / Clock.Day);
        // Keep an account's sessions modest even over a long campaign.
        participation = Math.Min(participation, 25.0 / (days * times.Length));
        for (var i = 0; i < size; i++)
        {
            var account = population.NewAccount(AccountLabel.FraudIn(WorldLabels.Stealth, campaign));
            var (country, _) = population.Shared.Country(random);
            if (random.NextDouble() >= bought)
            {
                // Aged identities: signed up long before the campaign.
                population.Signup(account, from - (long)(WorldParameters.LogUniform(random, 30, 900) * Clock.Day), population.Shared.FreeMail(random), country, null);
            }

            var line = HomeLine.Draw(random, population.Parameters);
            var device = population.Ids.DeviceKey();
            var lag = random.Next(0, 15);
            var topic = random.Next();
            var card = random.NextDouble() < 0.8 ? population.Ids.Card() : null;
            if (card is not null)
            {
                CampaignWallet.Charge(population, random, account, card, from, to);
            }

            for (var day = from / Clock.Day * Clock.Day; day < to; day += Clock.Day)
            {
                foreach (var time in times)
                {
                    if (random.NextDouble() >= participation)
                    {
                        continue;
                    }

                    var at = day + time + (long)((random.NextDouble() * 2 - 1) * jitter);
                    if (random.NextDouble() < 0.6)
                    {
                        population.Emit(EventType.Ip, account, at, line.Address(at, random));
                    }

                    if (random.NextDouble() < 0.4)
                    {
                        population.Emit(EventType.Device, account, at, population.Shared.BuildFingerprint(device, at, lag));
                    }

                    var prompts = random.Next(1, 4);
                    for (var p = 0; p < prompts; p++)
                    {
                        population.Emit(EventType.Prompt, account, at + p * random.Next(20_000, 120_000), playbook.Prompt(random, at, topic));
                    }
                }
            }
        }

        population.EndUnit(random);
    }
}
