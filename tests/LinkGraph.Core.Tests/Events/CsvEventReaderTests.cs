using System.Text;
using LinkGraph.Core.Events;

namespace LinkGraph.Core.Tests.Events;

public sealed class CsvEventReaderTests
{
    private const string Header = "type,account,at,value,id,email_domain,country,org";

    [Fact]
    public void Read_ContractHeader_YieldsEventsWithAttributes()
    {
        var results = ReadAll($"""
            {Header}
            account,acc_17,2026-02-01T12:00:00Z,,,example.com,SG,team-1
            payment,acc_17,2026-02-01T12:03:10Z,card_fp_9f8a21,ev-1,,,
            ip,acc_17,2026-02-01T12:03:11Z,203.0.113.7,,,,
            """);

        var events = results.Select(r => r.Event!).ToList();
        Assert.Equal([EventType.Account, EventType.Payment, EventType.Ip], events.Select(e => e.Type));
        Assert.Equal(("example.com", "SG", "team-1"), (events[0].EmailDomain, events[0].Country, events[0].Org));
        Assert.Null(events[0].Id);
        Assert.Equal("ev-1", events[1].Id);
        Assert.Equal([2L, 3, 4], events.Select(e => e.Line));
    }

    [Fact]
    public void Read_QuotedFields_FollowRfc4180()
    {
        var results = ReadAll($"""
            {Header}
            prompt,a,2026-02-01T12:00:00Z,"Say ""hi"", then, explain",,,,
            prompt,a,2026-02-01T12:00:01Z,"line one
            line two",,,,
            device,a,2026-02-01T12:00:02Z,"ja4:x",,,,
            bad,a,2026-02-01T12:00:03Z,v,,,,
            """);

        Assert.Equal("Say \"hi\", then, explain", results[0].Event!.Value);
        Assert.Equal("line one\nline two", results[1].Event!.Value!.ReplaceLineEndings("\n"));
        Assert.Equal(3, results[1].Event!.Line);
        Assert.Equal(5, results[2].Event!.Line);
        Assert.Equal("ja4:x", results[2].Event!.Value);
        Assert.Equal(new EventRejection(6, "type", "unknown type 'bad'; expected account, payment, ip, device or prompt"), results[3].Rejection);
    }

    [Fact]
    public void Read_HeaderInAnyOrderWithoutOptionalColumns_Works()
    {
        var e = Assert.Single(ReadAll("value,at,account,type,extra\n10.0.0.1,2026-02-01T12:00:00Z,a,ip,zzz\n")).Event!;

        Assert.Equal(("a", EventType.Ip, "10.0.0.1"), (e.Account, e.Type, e.Value));
    }

    [Fact]
    public void Read_BlankLines_AreSkipped()
    {
        var results = ReadAll($"{Header}\n\nip,a,2026-02-01T12:00:00Z,10.0.0.1,,,,\n\n");

        Assert.Equal(3, Assert.Single(results).Event!.Line);
    }

    [Fact]
    public void Read_EmptyInput_YieldsNothing()
    {
        Assert.Empty(ReadAll(string.Empty));
    }

    [Theory]
    [InlineData("type,account,value,id", "missing column 'at'")]
    [InlineData("type,account,at,value,at", "column 'at' appears more than once")]
    public void Read_BadHeader_IsOneRejection(string header, string reason)
    {
        var rejection = Assert.Single(ReadAll($"{header}\nip,a,2026-02-01T12:00:00Z,10.0.0.1\n")).Rejection!;

        Assert.Equal(("header", 1L), (rejection.Field, rejection.Line));
        Assert.Contains(reason, rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongFieldCount_IsRejected()
    {
        var rejection = Assert.Single(ReadAll($"{Header}\nip,a,2026-02-01T12:00:00Z,10.0.0.1\n")).Rejection!;

        Assert.Equal(new EventRejection(2, "line", "record has 4 fields; the header has 8"), rejection);
    }

    [Fact]
    public void Read_StrayQuote_IsRejectedAsMalformedQuoting()
    {
        var results = ReadAll($"{Header}\npayment,a,2026-02-01T12:00:00Z,ab\"c,,,,\nip,a,2026-02-01T12:00:00Z,10.0.0.1,,,,\n");

        Assert.Equal("line", results[0].Rejection!.Field);
        Assert.Contains("malformed CSV quoting", results[0].Rejection!.Reason, StringComparison.Ordinal);
        Assert.True(results[1].IsValid);
    }

    [Fact]
    public void Read_FieldLongerThanTheLineCap_StopsWithARejection()
    {
        var huge = new string('x', EventLimits.MaxLineLength + 10);

        var results = ReadAll($"{Header}\nip,a,2026-02-01T12:00:00Z,10.0.0.1,,,,\nprompt,a,2026-02-01T12:00:00Z,{huge},,,,\nip,b,2026-02-01T12:00:00Z,10.0.0.1,,,,\n");

        Assert.Equal(2, results.Count);
        Assert.True(results[0].IsValid);
        Assert.Equal(("line", 3L), (results[1].Rejection!.Field, results[1].Rejection!.Line));
        Assert.Contains("the rest of the file cannot be read", results[1].Rejection!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ValidationRules_MatchNdjson()
    {
        var results = ReadAll($"{Header}\nip,a,2026-02-01T12:00:00,10.0.0.1,,,,\nip,a b,2026-02-01T12:00:00Z,10.0.0.1,,,,\nip,a,2026-02-01T12:00:00Z,1.2.3,,,,\ndevice,a,2026-02-01T12:00:00Z,,,,,\n");

        Assert.Equal(["at", "account", "value", "value"], results.Select(r => r.Rejection!.Field));
    }

    private static List<EventReadResult> ReadAll(string text) =>
        [.. CsvEventReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken)];
}
