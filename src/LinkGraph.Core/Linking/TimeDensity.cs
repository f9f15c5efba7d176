namespace LinkGraph.Core.Linking;

/// <summary>
/// The empirical density of one kind of event over the data's time range (per second, integrating to 1), from
/// hourly counts smoothed over three hours: how likely a random event of that kind is to fall at a given time.
/// Timing evidence divides by it, so a burst counts only as far as it stands out from everyone's own rhythm (the
/// evening peak, the first day of a data set whose old accounts all "appear" then), not from an even spread.
/// </summary>
internal sealed class TimeDensity
{
    private const long BinSeconds = 3_600;

    private readonly long _origin;
    private readonly double[] _density;

    private TimeDensity(long origin, double[] density)
    {
        _origin = origin;
        _density = density;
    }

    /// <summary>Builds the density of the times <paramref name="count"/> yields, inside [<paramref name="min"/>, <paramref name="max"/>] widened by a day.</summary>
    public static TimeDensity Build(long min, long max, int count, Func<int, long> timeAt)
    {
        var origin = min - 86_400;
        var bins = (int)Math.Min(1 << 24, ((max + 86_400 - origin) / BinSeconds) + 1);
        var counts = new double[bins];
        var total = 0L;
        for (var i = 0; i < count; i++)
        {
            var offset = timeAt(i) - origin;
            if (offset >= 0 && offset / BinSeconds < bins)
            {
                counts[offset / BinSeconds]++;
                total++;
            }
        }

        var density = new double[bins];
        var floor = 1.0 / (bins * BinSeconds);
        for (var b = 0; b < bins; b++)
        {
            var sum = counts[b] + (b > 0 ? counts[b - 1] : 0) + (b + 1 < bins ? counts[b + 1] : 0);
            var width = 1 + (b > 0 ? 1 : 0) + (b + 1 < bins ? 1 : 0);

            // With no events at all the spread is even; an empty hour keeps a tenth of the even density, so one
            // meeting at 4 a.m. is surprising but not infinitely so.
            density[b] = total == 0 ? floor : Math.Max(0.1 * floor, sum / width / total / BinSeconds);
        }

        return new TimeDensity(origin, density);
    }

    /// <summary>Density per second at <paramref name="unixSeconds"/>, or 0 outside the range (no timing can be judged there).</summary>
    public double At(long unixSeconds)
    {
        var offset = unixSeconds - _origin;
        if (offset < 0)
        {
            return 0;
        }

        var bin = offset / BinSeconds;
        return bin < _density.Length ? _density[bin] : 0;
    }
}
