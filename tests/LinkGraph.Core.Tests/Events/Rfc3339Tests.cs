using LinkGraph.Core.Events;

namespace LinkGraph.Core.Tests.Events;

public sealed class Rfc3339Tests
{
    [Theory]
    [InlineData("2026-02-01T12:00:00Z", "2026-02-01T12:00:00.0000000+00:00")]
    [InlineData("2026-02-01t12:00:00z", "2026-02-01T12:00:00.0000000+00:00")]
    [InlineData("2026-02-01T12:00:00.5Z", "2026-02-01T12:00:00.5000000+00:00")]
    [InlineData("2026-02-01T12:00:00.123456789Z", "2026-02-01T12:00:00.1234567+00:00")]
    [InlineData("2026-02-01T12:00:00+05:30", "2026-02-01T12:00:00.0000000+05:30")]
    [InlineData("2026-02-01T12:00:00-08:00", "2026-02-01T12:00:00.0000000-08:00")]
    [InlineData("2024-02-29T23:59:59Z", "2024-02-29T23:59:59.0000000+00:00")]
    [InlineData("2026-02-01T12:00:00+23:00", "2026-01-31T13:00:00.0000000+00:00")]
    public void TryParse_Valid_GivesTheInstant(string text, string expected)
    {
        Assert.True(Rfc3339.TryParse(text, out var value, out var error), error);
        Assert.Equal(expected, value.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("", "too short")]
    [InlineData("2026-02-01", "too short")]
    [InlineData("2026-02-01T12:00", "too short")]
    [InlineData("2026-02-01T12:00:00", "missing offset")]
    [InlineData("2026-02-01T12:00:00.25", "missing offset")]
    [InlineData("2026-02-01T12:00:00 ", "offset is not Z or ±HH:MM")]
    [InlineData("2026-02-01T12:00:00+0100", "offset is not Z or ±HH:MM")]
    [InlineData("2026-02-01T12:00:00+24:00", "no such offset")]
    [InlineData("2026-02-01T12:00Z+00:00", "time is not HH:MM:SS")]
    [InlineData("2026-2-01T12:00:00Z0", "date is not YYYY-MM-DD")]
    [InlineData("2026-13-01T12:00:00Z", "no such date")]
    [InlineData("2025-02-29T12:00:00Z", "no such date")]
    [InlineData("0000-01-01T00:00:00Z", "no such date")]
    [InlineData("2026-02-01T24:00:00Z", "no such time of day")]
    [InlineData("2026-02-01T12:60:00Z", "no such time of day")]
    [InlineData("2016-12-31T23:59:60Z", "leap seconds")]
    [InlineData("2026-02-01T12:00:00.Z", "fraction digits")]
    [InlineData("2026-02-01T12:00:00ZZ", "offset is not Z")]
    [InlineData("0001-01-01T00:00:00+01:00", "out of the representable range")]
    public void TryParse_Invalid_SaysWhy(string text, string reason)
    {
        Assert.False(Rfc3339.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
