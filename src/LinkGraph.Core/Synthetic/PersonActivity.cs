namespace LinkGraph.Core.Synthetic;

/// <summary>
/// Plays out a legit person's sessions: a heavy-tailed number of sessions spread from sign-up to the end of the
/// window, on days and hours from their diurnal curve; each session logs its IP and device, then a few prompts
/// minutes apart. Some accounts stay dormant after signing up; during a viral trend a session may open with
/// the trend's prompt.
/// </summary>
public static class PersonActivity
{
    public static void Run(Emitter emitter, PersonHabits habits, SyntheticRandom random)
    {
        var world = emitter.World;
        if (random.Chance(world.Spec.DormantShare))
        {
            return;
        }

        var sessions = Math.Clamp((int)Math.Round(random.LogNormal(habits.SessionMedian, 1.0)), 1, 250);
        var times = new long[sessions];
        times[0] = habits.Signup + random.Between(10, 600);
        for (var i = 1; i < sessions; i++)
        {
            var day = Diurnal.DayBetween(world.Start, habits.Signup, world.End, habits.Profile, random);
            times[i] = Math.Max(habits.Signup + 60, Diurnal.On(day, habits.UtcOffset, habits.Profile, random));
        }

        Array.Sort(times);
        foreach (var start in times)
        {
            var at = Math.Min(start, world.End - 1);
            emitter.Ip(habits.Account, at, habits.Ip(random));
            emitter.Device(habits.Account, at, habits.Devices[random.Next(habits.Devices.Count)]);
            var trend = Trending(world, at, random);
            var prompts = random.Geometric(habits.PromptsPerSession);
            for (var p = 0; p < prompts; p++)
            {
                at += 20 + (long)random.Exponential(150);
                var text = p == 0 && trend is not null ? trend.Render(random) : habits.Prompt(random);
                emitter.Prompt(habits.Account, Math.Min(at, world.End - 1), text);
            }
        }
    }

    private static ViralTrend? Trending(World world, long at, SyntheticRandom random)
    {
        foreach (var trend in world.Trends)
        {
            if (trend.IsActiveAt(at))
            {
                return random.Chance(world.Spec.TrendShare) ? trend : null;
            }
        }

        return null;
    }
}
