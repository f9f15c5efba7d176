using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Signals;
using static LinkGraph.Storage.Sqlite.Tests.EventImport;

namespace LinkGraph.Storage.Sqlite.Tests;

public sealed class SqliteDetectionSourceTests
{
    [Fact]
    public void Read_EmptyStore_NothingAndZeroMaxIds()
    {
        using var db = new TempDatabase();
        var source = new SqliteDetectionSource(db.Factory);
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal((0, 0), (source.MaxAccountId, source.MaxIdentifierId));
        Assert.Empty(source.ReadAccounts(ct));
        Assert.Empty(source.ReadIdentifiers(ct));
        Assert.Empty(source.ReadObservations(ct));
        Assert.Empty(source.ReadPrompts(ct));
        Assert.Empty(source.ReadPromptSketches(ct));
    }

    [Fact]
    public void Read_AfterImport_RoundTripsEveryTable()
    {
        using var db = new TempDatabase();
        var ct = TestContext.Current.CancellationToken;
        Ndjson(
            new SqliteEventStore(db.Factory),
            Line("payment", "b", "2026-02-01T12:00:00Z", "card_1")
            + Line("account", "a", "2026-02-01T11:00:00+01:00", extra: "\"email_domain\":\"x.com\",\"country\":\"SG\",\"org\":\"o\"")
            + Line("payment", "a", "2026-02-01T12:00:01.5Z", "card_1")
            + Line("prompt", "a", "2026-02-01T12:09:00Z", "second prompt")
            + Line("prompt", "a", "2026-02-01T12:05:00Z", "first prompt")
            + Line("ip", "b", "2026-02-01T12:00:02Z", "2001:db8::7"),
            sketcher: text => [(byte)text.Length]);
        var source = new SqliteDetectionSource(db.Factory);

        var accounts = source.ReadAccounts(ct).ToList();
        var identifiers = source.ReadIdentifiers(ct).ToList();
        var observations = source.ReadObservations(ct).ToList();
        var prompts = source.ReadPrompts(ct).ToList();
        var sketches = source.ReadPromptSketches(ct).Select(s => (s.IdentifierId, Convert.ToHexString(s.Sketch.Span))).ToList();

        var at = new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero);
        Assert.Equal(
            [
                new AccountRecord(1, "b", null, new DateTimeOffset(2026, 2, 1, 12, 0, 0, TimeSpan.Zero), null, null, null),
                new AccountRecord(2, "a", at, at, "o", "x.com", "SG"),
            ],
            accounts);
        Assert.Equal((2, identifiers.Count), (source.MaxAccountId, source.MaxIdentifierId));
        Assert.Equal(
            [IdentifierKind.Payment, IdentifierKind.PromptExact, IdentifierKind.PromptExact, IdentifierKind.Ip, IdentifierKind.IpPrefix],
            identifiers.Select(i => i.Kind));
        Assert.Equal(["card_1", "2001:db8::7", "2001:db8::/64"], identifiers.Where(i => i.Kind is not IdentifierKind.PromptExact).Select(i => i.Value));

        Assert.Equal(observations.OrderBy(o => o.IdentifierId).ThenBy(o => o.AccountId), observations);
        var card = observations.Where(o => o.IdentifierId == identifiers[0].Id).ToList();
        Assert.Equal([1, 2], card.Select(o => o.AccountId));
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 12, 0, 1, 500, TimeSpan.Zero), card[1].FirstSeen);
        Assert.All(observations, o => Assert.Equal(1, o.Count));

        // One sketch per exact prompt, by identifier id (the writer resolved "second prompt" first).
        prompts = [.. prompts.OrderBy(p => p.At)];
        Assert.Equal(2, prompts.Count);
        Assert.All(prompts, p => Assert.Equal(2, p.AccountId));
        Assert.Equal([5, 9], prompts.Select(p => p.At.Minute));
        Assert.Equal(IdentifierKind.PromptExact, identifiers.Single(i => i.Id == prompts[0].ExactIdentifierId).Kind);
        Assert.NotEqual(prompts[0].ExactIdentifierId, prompts[1].ExactIdentifierId);
        Assert.Equal(
            [(prompts[1].ExactIdentifierId, "0D"), (prompts[0].ExactIdentifierId, "0C")],
            sketches);
    }

    [Fact]
    public void ReadObservations_ManyIdentifiersAndAccounts_OrderedByIdentifierThenAccount()
    {
        using var db = new TempDatabase();
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < 500; i++)
        {
            text.Append(Line("device", $"acc_{(i * 37) % 101}", "2026-02-01T12:00:00Z", $"dev_{(i * 13) % 29}"));
        }

        Ndjson(new SqliteEventStore(db.Factory), text.ToString());

        var observations = new SqliteDetectionSource(db.Factory).ReadObservations(TestContext.Current.CancellationToken)
            .Select(o => (o.IdentifierId, o.AccountId)).ToList();
        Assert.Equal(observations.Order(), observations);
        Assert.Equal(observations.Distinct().Count(), observations.Count);
    }

    [Fact]
    public void ReadPromptSketches_RepeatedAndShortPrompts_OneSketchPerSketchedPrompt()
    {
        using var db = new TempDatabase();
        var ct = TestContext.Current.CancellationToken;
        Ndjson(
            new SqliteEventStore(db.Factory),
            Line("prompt", "a", "2026-02-01T12:00:00Z", "the same long prompt")
            + Line("prompt", "b", "2026-02-01T12:01:00Z", "the same long prompt")
            + Line("prompt", "a", "2026-02-01T12:02:00Z", "hi")
            + Line("prompt", "a", "2026-02-01T12:03:00Z", "another long prompt")
            + Line("prompt", "b", "2026-02-01T12:04:00Z", "the same long prompt"),
            sketcher: text => text.Length < 5 ? null : [(byte)text.Length, 7]);
        var source = new SqliteDetectionSource(db.Factory);

        var prompts = source.ReadPrompts(ct).ToList();
        var sketches = source.ReadPromptSketches(ct).Select(s => (s.IdentifierId, Convert.ToHexString(s.Sketch.Span))).ToList();

        Assert.Equal(5, prompts.Count);
        var exact = prompts.Select(p => p.ExactIdentifierId).Distinct().Order().ToList();
        Assert.Equal(3, exact.Count);
        var hi = prompts.Single(p => p.At.Minute == 2).ExactIdentifierId;
        var same = prompts.Single(p => p.At.Minute == 0).ExactIdentifierId;
        var another = prompts.Single(p => p.At.Minute == 3).ExactIdentifierId;
        Assert.Equal(
            new[] { (same, "1407"), (another, "1307") }.OrderBy(s => s.Item1),
            sketches);
        Assert.DoesNotContain(sketches, s => s.IdentifierId == hi);
    }

    [Fact]
    public void ReadAccounts_Cancelled_Throws()
    {
        using var db = new TempDatabase();
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            text.Append(Line("device", $"acc_{i}", "2026-02-01T12:00:00Z", "dev"));
        }

        Ndjson(new SqliteEventStore(db.Factory), text.ToString());
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() => new SqliteDetectionSource(db.Factory).ReadAccounts(cts.Token).ToList());
    }
}
