using LinkGraph.Core.Events;
using LinkGraph.Core.Hashing;
using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Tests.Signals;

public sealed class EventNormalizerTests
{
    private static readonly DateTimeOffset At = new(2026, 2, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Normalize_EventWithId_KeyIsTheId()
    {
        var normalized = new EventNormalizer().Normalize(new AccountEvent(EventType.Payment, "a", At, "card", Id: "ev-9"));

        Assert.Equal("id:ev-9", normalized.EventKey);
    }

    /// <remarks>Stored keys of id-less events are these hashes: a change here breaks idempotency with existing stores.</remarks>
    [Fact]
    public void Normalize_ContentKey_IsStableAcrossVersions()
    {
        var normalizer = new EventNormalizer();

        var ip = normalizer.Normalize(new AccountEvent(EventType.Ip, "acc_17", At, "203.0.113.7")).EventKey;
        var account = normalizer.Normalize(new AccountEvent(EventType.Account, "acc_17", At, null, EmailDomain: "example.com", Country: "SG", Org: "team-42")).EventKey;

        Assert.Equal(("h:bdf1b38b2da011f9", "h:e73d726f141689d6"), (ip, account));
    }

    [Fact]
    public void Normalize_SameContentWithoutId_SameHashKey()
    {
        var normalizer = new EventNormalizer();
        var a = normalizer.Normalize(new AccountEvent(EventType.Ip, "a", At, "10.0.0.1", Line: 1));
        var b = normalizer.Normalize(new AccountEvent(EventType.Ip, "a", At.ToOffset(TimeSpan.FromHours(2)), "10.0.0.1", Line: 7));

        Assert.Equal(a.EventKey, b.EventKey);
        Assert.Matches("^h:[0-9a-f]{16}$", a.EventKey);
    }

    [Theory]
    [InlineData(EventType.Ip, "b", 0, "10.0.0.1")]
    [InlineData(EventType.Ip, "a", 1, "10.0.0.1")]
    [InlineData(EventType.Ip, "a", 0, "10.0.0.2")]
    [InlineData(EventType.Device, "a", 0, "10.0.0.1")]
    public void Normalize_DifferentContentWithoutId_DifferentKey(EventType type, string account, int addSeconds, string value)
    {
        var normalizer = new EventNormalizer();
        var baseline = normalizer.Normalize(new AccountEvent(EventType.Ip, "a", At, "10.0.0.1")).EventKey;

        var other = normalizer.Normalize(new AccountEvent(type, account, At.AddSeconds(addSeconds), value)).EventKey;

        Assert.NotEqual(baseline, other);
    }

    [Fact]
    public void Normalize_AccountAttributes_AreInTheContentKey()
    {
        var normalizer = new EventNormalizer();
        var a = normalizer.Normalize(new AccountEvent(EventType.Account, "a", At, null, EmailDomain: "x.com"));
        var b = normalizer.Normalize(new AccountEvent(EventType.Account, "a", At, null, Country: "x.com"));

        Assert.NotEqual(a.EventKey, b.EventKey);
        Assert.Empty(a.Identifiers);
        Assert.Equal("x.com", a.EmailDomain);
    }

    [Fact]
    public void Normalize_Ip_GivesAddressAndPrefix()
    {
        var normalized = new EventNormalizer().Normalize(new AccountEvent(EventType.Ip, "a", At, "::ffff:203.0.113.7"));

        Assert.Equal(
            [new Identifier(IdentifierKind.Ip, "203.0.113.7"), new Identifier(IdentifierKind.IpPrefix, "203.0.113.0/24")],
            normalized.Identifiers);
    }

    [Theory]
    [InlineData(EventType.Payment, IdentifierKind.Payment)]
    [InlineData(EventType.Device, IdentifierKind.Device)]
    public void Normalize_PaymentAndDevice_AreTrimmedAsGiven(EventType type, IdentifierKind kind)
    {
        var normalized = new EventNormalizer().Normalize(new AccountEvent(type, "a", At, "  FP:Ab_1 "));

        Assert.Equal([new Identifier(kind, "FP:Ab_1")], normalized.Identifiers);
    }

    [Fact]
    public void Normalize_Prompt_HashesNormalisedTextAndDropsTheRawText()
    {
        string? sketched = null;
        var normalizer = new EventNormalizer(text =>
        {
            sketched = text;
            return [1, 2, 3];
        });

        var normalized = normalizer.Normalize(new AccountEvent(EventType.Prompt, "a", At, "Explain STEP by step: problem 17"));

        Assert.Equal("explain step by step: problem 0", sketched);
        Assert.Equal([new Identifier(IdentifierKind.PromptExact, XxHash64.HashHex("explain step by step: problem 0"))], normalized.Identifiers);
        Assert.Equal([1, 2, 3], normalized.PromptSketch);
        Assert.DoesNotContain("Explain", normalized.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Normalize_PromptTemplateCopies_ShareTheExactIdentifier()
    {
        var normalizer = new EventNormalizer();
        var a = normalizer.Normalize(new AccountEvent(EventType.Prompt, "a", At, "Solve   problem 1 step by step"));
        var b = normalizer.Normalize(new AccountEvent(EventType.Prompt, "b", At, "solve problem 982 STEP BY STEP"));

        Assert.Equal(a.Identifiers, b.Identifiers);
        Assert.Null(a.PromptSketch);
        Assert.NotEqual(a.EventKey, b.EventKey);
    }

    [Fact]
    public void Normalize_MalformedIp_Throws()
    {
        Assert.Throws<ArgumentException>(() => new EventNormalizer().Normalize(new AccountEvent(EventType.Ip, "a", At, "999.1.1.1")));
    }
}
