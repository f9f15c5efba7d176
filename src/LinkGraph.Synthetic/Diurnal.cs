namespace LinkGraph.Synthetic;

/// <summary>Samples times of day by local-hour activity curves (people sleep; offices keep office hours).</summary>
public static class Diurnal
{
    public const long Day = 86_400;

    private static readonly double[] Consumer =
        [2, 1, 0.5, 0.3, 0.3, 0.5, 1, 2, 3, 4, 5, 5, 6, 5, 5, 5, 5, 6, 7, 8, 9, 8, 6, 4];

    private static readonly double[] Work =
        [0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 2, 6, 9, 10, 9, 6, 8, 10, 9, 8, 5, 2, 1, 0.8, 0.5, 0.3, 0.2];

    private static readonly double[] Student =
        [5, 3, 2, 1, 0.5, 0.3, 0.3, 1, 2, 4, 5, 5, 5, 6, 6, 6, 5, 5, 6, 7, 8, 9, 9, 7];

    private static readonly double[][] Cumulative = [Accumulate(Consumer), Accumulate(Work), Accumulate(Student)];

    /// <summary>A moment on the UTC day starting at <paramref name="dayStart"/>, by the local-hour curve.</summary>
    public static long On(long dayStart, int utcOffset, DiurnalProfile profile, SyntheticRandom random)
    {
        var localHour = profile == DiurnalProfile.Flat ? random.Next(24) : Hour(Cumulative[(int)profile], random);
        var hourUtc = ((localHour - utcOffset) % 24 + 24) % 24;
        return dayStart + (hourUtc * 3600L) + random.Next(3600);
    }

    /// <summary>A day start in [from, to), shifted off weekends for office work (the window starts on a Monday).</summary>
    public static long DayBetween(long windowStart, long from, long to, DiurnalProfile profile, SyntheticRandom random)
    {
        var first = (from - windowStart) / Day;
        var last = Math.Max(first, ((to - windowStart) / Day) - 1);
        var day = first + random.Next((int)(last - first + 1));
        if (profile == DiurnalProfile.Work && day % 7 >= 5 && random.Chance(0.9))
        {
            day = Math.Min(day + (7 - (day % 7)), last);
        }

        return windowStart + (day * Day);
    }

    private static int Hour(double[] cumulative, SyntheticRandom random)
    {
        var u = random.NextDouble();
        var index = Array.BinarySearch(cumulative, u);
        return Math.Min(index < 0 ? ~index : index, 23);
    }

    private static double[] Accumulate(double[] weights)
    {
        var total = weights.Sum();
        var cumulative = new double[weights.Length];
        var running = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            running += weights[i];
            cumulative[i] = running / total;
        }

        return cumulative;
    }
}
