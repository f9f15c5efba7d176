using System.Text;
using LinkGraph.Core.Events;

namespace LinkGraph.Core.Tests.Events;

public sealed class NdjsonEventReaderTests
{
    private const string Ip = """{"type":"ip","account":"acc_1","at":"2026-02-01T12:00:00Z","value":"203.0.113.7"}""";

    [Fact]
    public void Read_ContractExample_YieldsFiveEvents()
    {
        var text = """
            {"type":"account","account":"acc_17","at":"2026-02-01T12:00:00Z","email_domain":"example.com","country":"SG"}
            {"type":"payment","account":"acc_17","at":"2026-02-01T12:03:10Z","value":"card_fp_9f8a21"}
            {"type":"ip","account":"acc_17","at":"2026-02-01T12:03:11Z","value":"203.0.113.7"}
            {"type":"device","account":"acc_17","at":"2026-02-01T12:03:11Z","value":"ja4:t13d1516h2_8daaf6152771"}
            {"type":"prompt","account":"acc_17","at":"2026-02-01T12:05:00Z","value":"Imagine the reasoning behind this answer and write it out step by step: ..."}
            """;

        var events = ReadAll(text).Select(r => r.Event!).ToList();

        Assert.Equal([EventType.Account, EventType.Payment, EventType.Ip, EventType.Device, EventType.Prompt], events.Select(e => e.Type));
        Assert.All(events, e => Assert.Equal("acc_17", e.Account));
        Assert.Equal("example.com", events[0].EmailDomain);
        Assert.Equal("SG", events[0].Country);
        Assert.Null(events[0].Value);
        Assert.Equal("card_fp_9f8a21", events[1].Value);
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 12, 3, 10, TimeSpan.Zero), events[1].At);
        Assert.Equal([1L, 2, 3, 4, 5], events.Select(e => e.Line));
    }

    [Fact]
    public void Read_BlankLinesCrLfAndBom_SkippedButCounted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"{Ip}\r\n\r\n   \t\n{Ip}\r\n\n")).ToArray();

        var results = NdjsonEventReader.Read(new MemoryStream(bytes), TestContext.Current.CancellationToken).ToList();

        Assert.Equal([1L, 4], results.Select(r => r.Event!.Line));
    }

    [Fact]
    public void Read_LastLineWithoutNewline_IsRead()
    {
        var results = ReadAll($"{Ip}\n{Ip}");

        Assert.Equal(2, results.Count);
        Assert.True(results[1].IsValid);
    }

    [Fact]
    public void Read_UnknownFieldsAndNulls_AreIgnored()
    {
        var line = """{"type":"ip","extra":{"nested":[1,2,{"a":null}]},"account":"acc_1","at":"2026-02-01T12:00:00Z","value":"10.0.0.1","id":null,"n":5}""";

        var e = Single(line).Event!;

        Assert.Equal("10.0.0.1", e.Value);
        Assert.Null(e.Id);
    }

    [Fact]
    public void Read_EscapedStrings_AreUnescaped()
    {
        var e = Single("""{"type":"prompt","account":"a","at":"2026-02-01T12:00:00Z","value":"say \"hi\"\n\u00e9t\u00e9"}""").Event!;

        Assert.Equal("say \"hi\"\nété", e.Value);
    }

    [Fact]
    public void Read_AttributesOnNonAccountEvent_AreIgnored()
    {
        var e = Single("""{"type":"payment","account":"a","at":"2026-02-01T12:00:00Z","value":"card","email_domain":"x.com","org":"o"}""").Event!;

        Assert.Null(e.EmailDomain);
        Assert.Null(e.Org);
    }

    [Fact]
    public void Read_ValueOnAccountEvent_IsIgnored()
    {
        var e = Single("""{"type":"account","account":"a","at":"2026-02-01T12:00:00Z","value":"whatever","org":"team-1"}""").Event!;

        Assert.Null(e.Value);
        Assert.Equal("team-1", e.Org);
    }

    [Fact]
    public void Read_PaymentValue_IsTrimmedAndIpIsCanonical()
    {
        Assert.Equal("card_1", Single("""{"type":"payment","account":"a","at":"2026-02-01T12:00:00Z","value":"  card_1 "}""").Event!.Value);
        Assert.Equal("2001:db8::1", Single("""{"type":"ip","account":"a","at":"2026-02-01T12:00:00Z","value":"2001:DB8:0:0::0001"}""").Event!.Value);
    }

    [Fact]
    public void Read_OffsetTimestamp_KeepsTheInstant()
    {
        var e = Single("""{"type":"ip","account":"a","at":"2026-02-01T14:00:00.250+02:00","value":"10.0.0.1"}""").Event!;

        Assert.Equal(new DateTimeOffset(2026, 2, 1, 12, 0, 0, 250, TimeSpan.Zero).UtcTicks, e.At.UtcTicks);
    }

    [Theory]
    [InlineData("{\"type\":\"ip\",\"account\":\"a\",\"at\":\"2026-02-01T12:00:00Z\",\"value\":\"10.0.0.1\"", "line", "invalid JSON")]
    [InlineData("""not json""", "line", "invalid JSON")]
    [InlineData("""[1,2]""", "line", "not a JSON object")]
    [InlineData("\"text\"", "line", "not a JSON object")]
    [InlineData("""{"type":"ip","account":"a","at":"2026-02-01T12:00:00Z","value":"10.0.0.1"} {}""", "line", "invalid JSON")]
    [InlineData("""{"type":"ip","account":"a","at":"2026-02-01T12:00:00Z","value":"10.0.0.1",}""", "line", "invalid JSON")]
    [InlineData("""{"account":"a","at":"2026-02-01T12:00:00Z","value":"v"}""", "type", "required field is missing")]
    [InlineData("""{"type":null,"account":"a","at":"2026-02-01T12:00:00Z","value":"v"}""", "type", "required field is missing")]
    [InlineData("""{"type":"login","account":"a","at":"2026-02-01T12:00:00Z","value":"v"}""", "type", "unknown type 'login'")]
    [InlineData("""{"type":"IP","account":"a","at":"2026-02-01T12:00:00Z","value":"v"}""", "type", "unknown type 'IP'")]
    [InlineData("""{"type":"ip","at":"2026-02-01T12:00:00Z","value":"10.0.0.1"}""", "account", "required field is missing")]
    [InlineData("""{"type":"ip","account":"","at":"2026-02-01T12:00:00Z","value":"10.0.0.1"}""", "account", "account id is empty")]
    [InlineData("""{"type":"ip","account":"acc 1","at":"2026-02-01T12:00:00Z","value":"10.0.0.1"}""", "account", "character ' ' at position 4 is not allowed")]
    [InlineData("""{"type":"ip","account":"acc/1","at":"2026-02-01T12:00:00Z","value":"10.0.0.1"}""", "account", "character '/' at position 4")]
    [InlineData("""{"type":"ip","account":"é","at":"2026-02-01T12:00:00Z","value":"10.0.0.1"}""", "account", "is not allowed")]
    [InlineData("""{"type":"ip","account":"a","value":"10.0.0.1"}""", "at", "required field is missing")]
    [InlineData("""{"type":"ip","account":"a","at":"2026-02-01 12:00:00Z","value":"10.0.0.1"}""", "at", "separated by 'T'")]
    [InlineData("""{"type":"ip","account":"a","at":"2026-02-01T12:00:00","value":"10.0.0.1"}""", "at", "missing offset")]
    [InlineData("""{"type":"ip","account":"a","at":"1769947200","value":"10.0.0.1"}""", "at", "not an RFC 3339 timestamp")]
    [InlineData("""{"type":"ip","account":"a","at":"2026-02-30T12:00:00Z","value":"10.0.0.1"}""", "at", "no such date")]
    [InlineData("""{"type":"ip","account":"a","at":"2026-02-01T12:00:00Z"}""", "value", "required field is missing")]
    [InlineData("""{"type":"payment","account":"a","at":"2026-02-01T12:00:00Z","value":"   "}""", "value", "value is empty")]
    [InlineData("""{"type":"prompt","account":"a","at":"2026-02-01T12:00:00Z","value":" \n "}""", "value", "prompt text is empty")]
    [InlineData("""{"type":"ip","account":"a","at":"2026-02-01T12:00:00Z","value":"300.1.2.3"}""", "value", "is not an IPv4 or IPv6 address")]
    [InlineData("""{"type":"ip","account":"a","at":"2026-02-01T12:00:00Z","value":"fe80::1%eth0"}""", "value", "zone ids")]
    [InlineData("""{"type":"ip","account":"a","at":"2026-02-01T12:00:00Z","value":"example.com"}""", "value", "is not an IPv4 or IPv6 address")]
    [InlineData("""{"type":"ip","account":"a","at":"2026-02-01T12:00:00Z","value":10}""", "value", "expected a string, got a number")]
    [InlineData("""{"type":"ip","account":7,"at":"2026-02-01T12:00:00Z","value":"10.0.0.1"}""", "account", "expected a string, got a number")]
    [InlineData("""{"type":true,"account":"a","at":"2026-02-01T12:00:00Z","value":"10.0.0.1"}""", "type", "expected a string, got a boolean")]
    [InlineData("""{"type":"ip","account":"a","at":{"s":1},"value":"10.0.0.1"}""", "at", "expected a string, got an object")]
    [InlineData("""{"type":"ip","account":"a","at":"2026-02-01T12:00:00Z","value":["10.0.0.1"]}""", "value", "expected a string, got an array")]
    [InlineData("""{"type":"ip","account":"a","at":"2026-02-01T12:00:00Z","value":"10.0.0.1","id":5}""", "id", "expected a string, got a number")]
    [InlineData("""{"type":"account","account":"a","at":"2026-02-01T12:00:00Z","country":1}""", "country", "expected a string")]
    [InlineData("""{"type":"ip","account":"a","account":"b","at":"2026-02-01T12:00:00Z","value":"10.0.0.1"}""", "account", "field appears more than once")]
    public void Read_BadLine_IsRejectedWithFieldAndReason(string line, string field, string reason)
    {
        var rejection = Single(line).Rejection;

        Assert.NotNull(rejection);
        Assert.Equal(1, rejection.Line);
        Assert.Equal(field, rejection.Field);
        Assert.Contains(reason, rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AccountOf129Characters_IsRejectedAndOf128Accepted()
    {
        Assert.True(Single(LineWithAccount(new string('a', 128))).IsValid);

        var rejection = Single(LineWithAccount(new string('a', 129))).Rejection!;

        Assert.Equal("account", rejection.Field);
        Assert.Contains("129 characters is longer than the maximum of 128", rejection.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("payment", EventLimits.MaxValueLength)]
    [InlineData("device", EventLimits.MaxValueLength)]
    [InlineData("prompt", EventLimits.MaxPromptLength)]
    public void Read_OverLongValue_IsRejectedAtItsCap(string type, int max)
    {
        Assert.True(Single(LineWithValue(type, new string('x', max))).IsValid);

        var rejection = Single(LineWithValue(type, new string('x', max + 1))).Rejection!;

        Assert.Equal("value", rejection.Field);
        Assert.Contains($"longer than the maximum of {max}", rejection.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("email_domain")]
    [InlineData("country")]
    [InlineData("org")]
    public void Read_OverLongOptionalField_IsRejected(string field)
    {
        var line = $$"""{"type":"account","account":"a","at":"2026-02-01T12:00:00Z","{{field}}":"{{new string('x', 513)}}"}""";

        var rejection = Single(line).Rejection!;

        Assert.Equal(field, rejection.Field);
        Assert.Contains("longer than the maximum of 512", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LineLongerThanTheCap_IsRejectedAndTheNextLineRead()
    {
        var huge = $$"""{"type":"prompt","account":"a","at":"2026-02-01T12:00:00Z","value":"{{new string('x', EventLimits.MaxLineLength)}}"}""";

        var results = ReadAll($"{huge}\n{Ip}\n");

        Assert.Equal(2, results.Count);
        Assert.Equal(new EventRejection(1, "line", $"line is longer than the maximum of {EventLimits.MaxLineLength} bytes"), results[0].Rejection);
        Assert.Equal(2, results[1].Event!.Line);
    }

    [Fact]
    public void Read_InvalidUtf8_IsRejected()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"type":"payment","account":"a","at":"2026-02-01T12:00:00Z","value":"ab"}""").ToList();
        bytes.Insert(bytes.Count - 3, 0xFF);

        var result = NdjsonEventReader.Read(new MemoryStream([.. bytes]), TestContext.Current.CancellationToken).Single();

        Assert.Equal("line", result.Rejection!.Field);
        Assert.Contains("invalid JSON", result.Rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RejectionsAndEvents_KeepLineNumbers()
    {
        var results = ReadAll($"{Ip}\n\nnot json\n{Ip}\n{{\"type\":\"x\"}}\n");

        Assert.Equal([1L, 3, 4, 5], results.Select(r => r.Event?.Line ?? r.Rejection!.Line));
        Assert.Equal([true, false, true, false], results.Select(r => r.IsValid));
    }

    [Fact]
    public void Read_TextReader_MatchesStream()
    {
        var text = $"{Ip}\n\nnot json\r\n{Ip}\n";

        var fromStream = ReadAll(text);
        var fromText = NdjsonEventReader.Read(new StringReader(text), TestContext.Current.CancellationToken).ToList();

        Assert.Equal(fromStream.Select(r => r.Rejection), fromText.Select(r => r.Rejection));
        Assert.Equal(fromStream.Select(r => r.Event), fromText.Select(r => r.Event));
    }

    private static string LineWithAccount(string account) =>
        $$"""{"type":"ip","account":"{{account}}","at":"2026-02-01T12:00:00Z","value":"10.0.0.1"}""";

    private static string LineWithValue(string type, string value) =>
        $$"""{"type":"{{type}}","account":"a","at":"2026-02-01T12:00:00Z","value":"{{value}}"}""";

    private static EventReadResult Single(string line) => Assert.Single(ReadAll(line));

    private static List<EventReadResult> ReadAll(string text) =>
        [.. NdjsonEventReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken)];
}
