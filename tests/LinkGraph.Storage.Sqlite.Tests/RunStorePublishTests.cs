using LinkGraph.Core.Errors;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Signals;

namespace LinkGraph.Storage.Sqlite.Tests;

/// <summary>The atomic switch: readers see the latest succeeded run whole, never a run in flight or a failed publish.</summary>
public sealed class RunStorePublishTests : IDisposable
{
    private readonly RunStoreFixture _db = new(retainedRuns: 2);

    [Fact]
    public void GetRingsDocument_Published_RingsByDescendingScoreRoundTrip()
    {
        var input = RunStoreFixture.ThreeRings();
        var id = _db.Publish(input, 0);

        var document = _db.Store.GetRingsDocument(id)!;

        Assert.Equal(["r-top", "r-mid", "r-low"], document.Rings.Select(r => r.Id));
        var top = document.Rings[0];
        var expected = input.Rings[1];
        Assert.Equal((expected.Score, expected.Flagged, expected.Size), (top.Score, top.Flagged, top.Size));
        Assert.Equal(expected.Accounts, top.Accounts);
        Assert.Equal(expected.Signals, top.Signals);
        Assert.Equal(expected.Evidence, top.Evidence);
        Assert.Equal(expected.Reasons, top.Reasons);
        Assert.Equal((id, 20, 40L), (document.Run.Id, document.Run.Accounts, document.Run.Links));
    }

    [Fact]
    public void QueryRings_WhileNextRunRunning_ServesPreviousRunThenNewAfterPublish()
    {
        var first = _db.Publish(RunStoreFixture.ThreeRings("old-"), 0);
        var next = _db.Store.CreateRun("api", RunStoreFixture.T0.AddMinutes(5));
        _db.Store.TryStartRun(next.Id, RunStoreFixture.T0.AddMinutes(5));
        _db.Store.ReportProgress(next.Id, RunStages.Score, 80);

        Assert.Equal(first, _db.Store.QueryRings(new())!.Run.Id);
        Assert.NotNull(_db.Store.GetRing("old-r-top"));

        _db.Store.CompleteRun(next.Id, RunStoreFixture.ThreeRings("new-"), RunStoreFixture.T0.AddMinutes(6));

        var page = _db.Store.QueryRings(new())!;
        Assert.Equal(next.Id, page.Run.Id);
        Assert.All(page.Rings, r => Assert.StartsWith("new-", r.Id, StringComparison.Ordinal));
        Assert.Null(_db.Store.GetRing("old-r-top"));
    }

    [Fact]
    public void CompleteRun_AccountInTwoRings_ThrowsAndLeavesPreviousRunPublished()
    {
        var first = _db.Publish(RunStoreFixture.ThreeRings(), 0);
        var bad = RunStoreFixture.ThreeRings("x-") with
        {
            Rings = [RunStoreFixture.Ring("x1", 0.9, true, ["dup", "a"]), RunStoreFixture.Ring("x2", 0.8, true, ["dup", "b"])],
        };
        var run = _db.Store.CreateRun("api", RunStoreFixture.T0.AddMinutes(1));
        _db.Store.TryStartRun(run.Id, RunStoreFixture.T0.AddMinutes(1));

        var e = Assert.Throws<LinkGraphException>(() => _db.Store.CompleteRun(run.Id, bad, RunStoreFixture.T0.AddMinutes(2)));

        Assert.Equal("account_in_two_rings", e.Code);
        Assert.Equal(first, _db.Store.GetLatestSucceededRun()!.Id);
        Assert.Null(_db.Store.GetRing("x1"));
        Assert.Equal(RunState.Running, _db.Store.GetRun(run.Id)!.State);
        Assert.Empty(_db.Store.GetStrongLinks(run.Id));
    }

    [Fact]
    public void CompleteRun_BeyondRetention_PrunesOldestRunRows()
    {
        var first = _db.Publish(RunStoreFixture.ThreeRings("1-"), 0);
        var second = _db.Publish(RunStoreFixture.ThreeRings("2-"), 1);
        var third = _db.Publish(RunStoreFixture.ThreeRings("3-"), 2);

        Assert.Empty(_db.Store.GetStrongLinks(first));
        Assert.Empty(_db.Store.GetRingsDocument(first)!.Rings);
        Assert.Equal(3, _db.Store.GetRingsDocument(second)!.Rings.Count);
        Assert.Equal(3, _db.Store.GetStrongLinks(third).Count);
    }

    [Fact]
    public void GetStrongLinksAndDerived_Published_RoundTripInOrder()
    {
        var input = RunStoreFixture.ThreeRings();
        var id = _db.Publish(input, 0);

        var links = _db.Store.GetStrongLinks(id);
        var derived = _db.Store.GetDerivedObservations(id);

        Assert.Equal(input.StrongLinks.Select(l => (l.AccountA, l.AccountB, l.Weight, string.Join(',', l.Kinds))),
            links.Select(l => (l.AccountA, l.AccountB, l.Weight, string.Join(',', l.Kinds))));
        Assert.Equal(input.DerivedObservations, derived);
    }

    [Fact]
    public void GetAccount_RingMember_ReturnsRingAndStrongestLinksFromEitherEnd()
    {
        _db.Publish(RunStoreFixture.ThreeRings(), 0);

        var profile = _db.Store.GetAccount("a1")!;

        Assert.Equal(("r-mid", 0.6, true, 3), (profile.Ring!.RingId, profile.Ring.Score, profile.Ring.Flagged, profile.Ring.Size));
        Assert.Equal(["a3", "a2"], profile.StrongestLinks.Select(l => l.Account));
        Assert.Equal(20.25, profile.StrongestLinks[0].Weight);
        Assert.Equal(["ip", "device"], profile.StrongestLinks[1].Kinds);
    }

    [Fact]
    public void GetAccount_Unknown_ReturnsNull()
    {
        _db.Publish(RunStoreFixture.ThreeRings(), 0);

        Assert.Null(_db.Store.GetAccount("nobody"));
    }

    [Fact]
    public void GetDerivedObservations_PromptTemplate_KeepsKind()
    {
        var id = _db.Publish(RunStoreFixture.ThreeRings(), 0);

        Assert.Equal(IdentifierKind.PromptTemplate, Assert.Single(_db.Store.GetDerivedObservations(id)).Kind);
    }

    public void Dispose() => _db.Dispose();
}
