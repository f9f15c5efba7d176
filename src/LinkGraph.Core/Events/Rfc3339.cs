namespace LinkGraph.Core.Events;

/// <summary>
/// Strict RFC 3339 §5.6 <c>date-time</c>: <c>YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)</c>. An offset or Z is
/// required (a local time is ambiguous); 'T' and 'Z' may be lower case as the RFC allows. Fractions beyond
/// 100 ns (7 digits) are truncated. A leap second (:60) is rejected: <see cref="DateTimeOffset"/> cannot hold it.
/// </summary>
public static class Rfc3339
{
    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    public static bool TryParse(string text, out DateTimeOffset value, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = default;
        var s = text.AsSpan();
        if (s.Length < 19)
        {
            error = "too short for YYYY-MM-DDTHH:MM:SS followed by Z or an offset";
            return false;
        }

        if (!Digits(s, 0, 4, out var year) || s[4] != '-' || !Digits(s, 5, 2, out var month) || s[7] != '-'
            || !Digits(s, 8, 2, out var day))
        {
            error = "date is not YYYY-MM-DD";
            return false;
        }

        if (s[10] is not ('T' or 't'))
        {
            error = "date and time must be separated by 'T'";
            return false;
        }

        if (!Digits(s, 11, 2, out var hour) || s[13] != ':' || !Digits(s, 14, 2, out var minute) || s[16] != ':'
            || !Digits(s, 17, 2, out var second))
        {
            error = "time is not HH:MM:SS";
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = "no such date";
            return false;
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            error = second == 60 ? "leap seconds are not supported" : "no such time of day";
            return false;
        }

        var i = 19;
        long fractionTicks = 0;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            var start = i;
            var scale = TimeSpan.TicksPerSecond / 10;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                fractionTicks += (s[i] - '0') * scale;
                scale /= 10;
                i++;
            }

            if (i == start)
            {
                error = "a '.' must be followed by fraction digits";
                return false;
            }
        }

        if (!TryParseOffset(s[i..], out var offset, out error))
        {
            return false;
        }

        var utcTicks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).Ticks + fractionTicks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            error = "out of the representable range";
            return false;
        }

        // DateTimeOffset holds offsets up to ±14:00 only; a larger (valid RFC 3339) offset keeps the instant in UTC.
        var localTicks = utcTicks + offset.Ticks;
        value = offset.Duration() <= MaxOffset && localTicks >= DateTime.MinValue.Ticks && localTicks <= DateTime.MaxValue.Ticks
            ? new DateTimeOffset(localTicks, offset)
            : new DateTimeOffset(utcTicks, TimeSpan.Zero);
        error = string.Empty;
        return true;
    }

    private static bool TryParseOffset(ReadOnlySpan<char> s, out TimeSpan offset, out string error)
    {
        offset = TimeSpan.Zero;
        error = string.Empty;
        if (s.Length == 1 && s[0] is 'Z' or 'z')
        {
            return true;
        }

        if (s.Length == 0)
        {
            error = "missing offset: end with Z or ±HH:MM";
            return false;
        }

        if (s.Length != 6 || s[0] is not ('+' or '-') || !Digits(s, 1, 2, out var hours) || s[3] != ':'
            || !Digits(s, 4, 2, out var minutes))
        {
            error = "offset is not Z or ±HH:MM";
            return false;
        }

        if (hours > 23 || minutes > 59)
        {
            error = "no such offset";
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (s[0] == '-')
        {
            offset = -offset;
        }

        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }

            value = (value * 10) + (s[i] - '0');
        }

        return true;
    }
}
