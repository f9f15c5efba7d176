using System.Globalization;
using System.Text;

namespace LinkGraph.Synthetic.World;

/// <summary>RFC 3339 text of an instant, written in a given UTC offset ("Z" for zero).</summary>
public static class Timestamps
{
    public static void Append(StringBuilder builder, long unixMs, int offsetMinutes, bool milliseconds)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var local = DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToOffset(TimeSpan.FromMinutes(offsetMinutes));
        Span<char> text = stackalloc char[40];
        local.DateTime.TryFormat(text, out var written, milliseconds ? "yyyy-MM-ddTHH:mm:ss.fff" : "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        builder.Append(text[..written]);
        if (offsetMinutes == 0)
        {
            builder.Append('Z');
            return;
        }

        var sign = offsetMinutes < 0 ? '-' : '+';
        var magnitude = Math.Abs(offsetMinutes);
        builder.Append(sign).Append((magnitude / 60).ToString("D2", CultureInfo.InvariantCulture)).Append(':').Append((magnitude % 60).ToString("D2", CultureInfo.InvariantCulture));
    }
}
