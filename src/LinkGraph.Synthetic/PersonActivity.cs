namespace LinkGraph.Synthetic;

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
        var world = emitter.ScenarioWorld;
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
            var at = Diurnal.On(day, habits.UtcOffset, habits.Profile, random);

            // A moment earlier on the sign-up day becomes a later session that same day, not a pile-up at sign-up.
            times[i] = at > habits.Signup + 60 ? at : habits.Signup + 60 + random.Next(6 * 3600);
        }

        Array.Sort(times);
        foreach (var start in times)
        {
            // The window is the observation period: activity after it is simply not seen.
            if (start >= world.End)
            {
                break;
            }

            var at = start;
            emitter.Ip(habits.Account, at, habits.Ip(random));
            emitter.Device(habits.Account, at, habits.Devices[random.Next(habits.Devices.Count)]);
            var trend = Trending(world, at, random);
            var prompts = random.Geometric(habits.PromptsPerSession);
            for (var p = 0; p < prompts; p++)
            {
                at += 20 + (long)random.Exponential(150);
                if (at >= world.End)
                {
                    break;
                }

                var text = p == 0 && trend is not null ? trend.Render(random) : habits.Prompt(random);
                emitter.Prompt(habits.Account, at, text);
            }
        }
    }

    private static ViralTrend? Trending(ScenarioWorld world, long at, SyntheticRandom random)
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
