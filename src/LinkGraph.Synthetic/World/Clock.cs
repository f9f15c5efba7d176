namespace LinkGraph.Synthetic.World;

/// <summary>Draws activity times: a day in a range and an hour by <see cref="Rhythm"/>, in the person's local time.</summary>
public static class Clock
{
    public const long Minute = 60_000;
    public const long Hour = 3_600_000;
    public const long Day = 86_400_000;

    private static readonly double[] Personal = [1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.8, 1.5, 2, 2, 2, 2.5, 3, 2.5, 2.5, 2.5, 3, 3.5, 4.5, 5.5, 6, 5.5, 4, 2];
    private static readonly double[] Work = [0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.3, 1, 4, 6, 6, 5.5, 3.5, 5, 6, 6, 5, 3.5, 1.5, 0.8, 0.5, 0.4, 0.3, 0.2];
    private static readonly double[] Student = [3, 2, 1, 0.5, 0.2, 0.2, 0.3, 0.6, 1, 2, 2.5, 3, 3, 3, 3.5, 4, 4.5, 4.5, 4.5, 5, 5.5, 5.5, 5, 4];

    /// <summary>A moment in [<paramref name="fromMs"/>, <paramref name="toMs"/>) for someone at UTC offset <paramref name="offsetHours"/>.</summary>
    public static long Sample(Random random, Rhythm rhythm, int offsetHours, long fromMs, long toMs)
    {
        if (toMs <= fromMs)
        {
            return fromMs;
        }

        for (var attempt = 0; attempt < 6; attempt++)
        {
            var day = fromMs + (long)(random.NextDouble() * (toMs - fromMs));
            var localMidnight = (day + offsetHours * Hour) / Day * Day - offsetHours * Hour;
            if (rhythm == Rhythm.Work && IsWeekend(localMidnight + offsetHours * Hour) && random.NextDouble() < 0.9)
            {
                continue;
            }

            var at = localMidnight + Hour * HourOf(random, rhythm) + (long)(random.NextDouble() * Hour);
            if (at >= fromMs && at < toMs)
            {
                return at;
            }
        }

        return fromMs + (long)(random.NextDouble() * (toMs - fromMs));
    }

    private static bool IsWeekend(long localMs)
    {
        // 1970-01-01 was a Thursday.
        var weekday = (int)((localMs / Day + 3) % 7);
        return weekday >= 5;
    }

    private static int HourOf(Random random, Rhythm rhythm)
    {
        var weights = rhythm switch
        {
            Rhythm.Personal => Personal,
            Rhythm.Work => Work,
            Rhythm.Student => Student,
            _ => null,
        };
        if (weights is null)
        {
            return random.Next(24);
        }

        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var draw = random.NextDouble() * total;
        for (var h = 0; h < 24; h++)
        {
            draw -= weights[h];
            if (draw < 0)
            {
                return h;
            }
        }

        return 23;
    }
}
