namespace LinkGraph.Synthetic.World.Fraud;

/// <summary>
/// A campaign's accounts come into the data in batches of sign-ups spread over days to weeks, or not at all:
/// bought or aged accounts have no sign-up record in the window (0–100% of a campaign).
/// </summary>
internal static class FraudSignups
{
    /// <summary>Writes the sign-up records and returns, per account, when it may first be active.</summary>
    public static long[] Open(Population population, Random random, IReadOnlyList<string> accounts, double boughtShare, long campaignStart,
        string? emailDomain, string? org, string country)
    {
        var from = new long[accounts.Count];
        var batches = Math.Max(1, Math.Min(accounts.Count / 3, random.Next(1, 21)));
        var spreadDays = WorldParameters.Uniform(random, 1, 28);
        var batchStarts = Enumerable.Range(0, batches)
            .Select(_ => campaignStart - (long)(random.NextDouble() * spreadDays * Clock.Day)).ToArray();
        var batchMinutes = WorldParameters.Uniform(random, 5, 600);
        for (var i = 0; i < accounts.Count; i++)
        {
            if (random.NextDouble() < boughtShare)
            {
                from[i] = population.StartMs;
                continue;
            }

            var at = batchStarts[random.Next(batches)] + (long)(random.NextDouble() * batchMinutes * Clock.Minute);
            var mail = emailDomain ?? population.Shared.FreeMail(random);
            population.Signup(accounts[i], at, mail, country, org);
            from[i] = at + random.Next(60_000, 3_600_000);
        }

        return from;
    }
}
