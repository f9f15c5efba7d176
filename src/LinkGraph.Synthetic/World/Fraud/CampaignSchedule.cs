namespace LinkGraph.Synthetic.World.Fraud;

/// <summary>
/// When a campaign's accounts work. Waves: at 1–4 fixed times a day, a share of the accounts start a session
/// within a few minutes of each other, repeated over the campaign's days. Drip: each account's sessions are
/// spread evenly at random over the campaign. Paced: each account works at a fixed interval (programmatic
/// pacing, seconds of jitter). Either way an account stays far below a per-account cap.
/// </summary>
internal sealed class CampaignSchedule
{
    private readonly bool _waves;
    private readonly bool _paced;
    private readonly long[] _waveOffsets;
    private readonly long _waveWidth;
    private readonly double _participation;
    private readonly double _dayShare;
    private readonly int _dripSessions;

    public CampaignSchedule(Random random, bool waves, int members, long from, long to, double targetSessions, bool paced = false)
    {
        _waves = waves && !paced;
        _paced = paced;
        _waveOffsets = [.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => (long)random.Next(0, 1440) * Clock.Minute)];
        _waveWidth = random.Next(2, 21) * Clock.Minute;
        _dayShare = WorldParameters.Uniform(random, 0.5, 1);
        var days = Math.Max(1, (to - from) / (double)Clock.Day);
        var slots = days * _dayShare * _waveOffsets.Length;
        // Enough participation for the target, but a wave is always "many accounts" when the campaign is big.
        _participation = Math.Clamp(targetSessions / slots, Math.Min(1, 3.0 / Math.Max(1, members)), 0.9);
        _dripSessions = (int)Math.Max(2, targetSessions * WorldParameters.Uniform(random, 0.5, 1.5));
        From = from;
        To = to;
    }

    public long From { get; }

    public long To { get; }

    public bool Waves => _waves;

    /// <summary>(member, session start) pairs in time order per wave; members may not be active before <paramref name="activeFrom"/>.</summary>
    public IEnumerable<(int Member, long At)> Sessions(Random random, long[] activeFrom)
    {
        if (_paced)
        {
            var period = Math.Max(5 * Clock.Minute, (To - From) / _dripSessions);
            for (var m = 0; m < activeFrom.Length; m++)
            {
                var phase = (long)(random.NextDouble() * period);
                for (var at = From + phase; at < To; at += period)
                {
                    if (at >= activeFrom[m])
                    {
                        yield return (m, at + random.Next(-30_000, 30_000));
                    }
                }
            }

            yield break;
        }

        if (!_waves)
        {
            for (var m = 0; m < activeFrom.Length; m++)
            {
                var start = Math.Max(From, activeFrom[m]);
                for (var s = 0; s < _dripSessions; s++)
                {
                    yield return (m, start + (long)(random.NextDouble() * Math.Max(Clock.Minute, To - start)));
                }
            }

            yield break;
        }

        for (var day = From / Clock.Day * Clock.Day; day < To; day += Clock.Day)
        {
            if (random.NextDouble() >= _dayShare)
            {
                continue;
            }

            foreach (var offset in _waveOffsets)
            {
                var wave = day + offset + random.Next(-5, 6) * Clock.Minute;
                if (wave < From || wave >= To)
                {
                    continue;
                }

                for (var m = 0; m < activeFrom.Length; m++)
                {
                    if (activeFrom[m] <= wave && random.NextDouble() < _participation)
                    {
                        yield return (m, wave + (long)(random.NextDouble() * _waveWidth));
                    }
                }
            }
        }
    }
}
