using LinkGraph.Core.Events;

namespace LinkGraph.Synthetic.World.Honest;

/// <summary>
/// A batch job's schedule: every period at a fixed phase, seconds of jitter, with a volume cap (the period
/// stretches rather than the job flooding a long window).
/// </summary>
internal sealed class CronSchedule
{
    private static readonly long[] Periods = [15 * Clock.Minute, 30 * Clock.Minute, Clock.Hour, 2 * Clock.Hour, 6 * Clock.Hour, Clock.Day];

    private readonly long _period;
    private readonly long _phase;
    private readonly long _from;
    private readonly long _to;

    public CronSchedule(Random random, long from, long to, int maxRuns)
    {
        _from = from;
        _to = to;
        var period = Periods[random.Next(Periods.Length)];
        while ((to - from) / period > maxRuns)
        {
            period *= 2;
        }

        _period = period;
        _phase = (long)(random.NextDouble() * period) / Clock.Minute * Clock.Minute;
    }

    public IEnumerable<long> Runs(Random random)
    {
        for (var at = _from - _from % _period + _phase; at < _to; at += _period)
        {
            if (at >= _from)
            {
                yield return at + random.Next(0, 20_000);
            }
        }
    }

    /// <summary>Runs a pipeline account: each run sends 1–3 rendered prompts from a cloud or office address, with its client library.</summary>
    public void Drive(Population population, Random random, string account, Func<Random, string> prompt, Func<Random, string> address, string client)
    {
        foreach (var at in Runs(random))
        {
            if (random.NextDouble() < 0.3)
            {
                population.Emit(EventType.Ip, account, at, address(random));
            }

            if (random.NextDouble() < 0.15)
            {
                population.Emit(EventType.Device, account, at, client);
            }

            var count = random.Next(1, 4);
            for (var i = 0; i < count; i++)
            {
                population.Emit(EventType.Prompt, account, at + i * random.Next(200, 3000), prompt(random));
            }
        }
    }
}
