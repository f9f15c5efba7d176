using System.Text;
using LinkGraph.Core.Events;

namespace LinkGraph.Core.Tests.Events;

/// <summary>The reader reuses the previous line's strings for repeated values: results must be as if decoded afresh.</summary>
public sealed class NdjsonRepeatedValuesTests
{
    [Fact]
    public void ParseLine_RepeatedAndEscapedValues_DecodeAsWritten()
    {
        string[] lines =
        [
            """{"type":"ip","account":"acc_1","at":"2026-02-01T12:00:00Z","value":"203.0.113.7"}""",
            """{"type":"ip","account":"acc_1","at":"2026-02-01T12:00:00Z","value":"203.0.113.7"}""",
            """{"type":"i\u0070","account":"acc_\u0031","at":"2026-02-01T12:00:00Z","value":"203.0.113.8"}""",
            """{"type":"device","account":"acc_12","at":"2026-02-01T12:00:01Z","value":"dfp_é"}""",
            """{"type":"device","account":"acc_1","at":"2026-02-01T12:00:01Z","value":"dfp_\u00e9"}""",
        ];
        var scratch = new RawEventFields();

        var events = lines.Select((line, i) => NdjsonEventReader.ParseLine(Encoding.UTF8.GetBytes(line), i + 1, scratch).Event!).ToList();

        Assert.Equal(["acc_1", "acc_1", "acc_1", "acc_12", "acc_1"], events.Select(e => e.Account));
        Assert.Equal(["203.0.113.7", "203.0.113.7", "203.0.113.8", "dfp_é", "dfp_é"], events.Select(e => e.Value));
        Assert.Equal([EventType.Ip, EventType.Ip, EventType.Ip, EventType.Device, EventType.Device], events.Select(e => e.Type));
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 12, 0, 1, TimeSpan.Zero), events[4].At);
    }

    [Fact]
    public void ParseLine_InvalidUtf8AfterAValidRepeat_StillRejected()
    {
        var scratch = new RawEventFields();
        var good = Encoding.UTF8.GetBytes("""{"type":"device","account":"acc_1","at":"2026-02-01T12:00:00Z","value":"dfp_1"}""");
        var bad = good.ToArray();
        bad[Array.LastIndexOf(bad, (byte)'1')] = 0xFF;

        var first = NdjsonEventReader.ParseLine(good, 1, scratch);
        var second = NdjsonEventReader.ParseLine(bad, 2, scratch);
        var fresh = NdjsonEventReader.ParseLine(bad, 2, new RawEventFields());

        Assert.True(first.IsValid);
        Assert.Equal(fresh.Rejection, second.Rejection);
        Assert.Equal(EventFields.Line, second.Rejection!.Field);
    }
}
