using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Errors;
using LinkGraph.Core.Pipeline;

namespace LinkGraph.Storage.Sqlite.Tests;

public sealed class RunStoreQueryTests : IDisposable
{
    private readonly RunStoreFixture _db = new();

    [Fact]
    public void QueryRings_NoSucceededRun_ReturnsNull()
    {
        _db.Store.CreateRun("api", RunStoreFixture.T0);

        Assert.Null(_db.Store.QueryRings(new RingQuery()));
    }

    [Theory]
    [InlineData(0.5, null, null, null, "r-top,r-mid")]
    [InlineData(null, false, null, null, "r-low")]
    [InlineData(null, null, 3, null, "r-mid,r-low")]
    [InlineData(null, null, null, "ip", "r-mid")]
    [InlineData(null, null, null, "device", "r-top")]
    [InlineData(null, true, 3, "ip", "r-mid")]
    [InlineData(null, null, null, "ip_prefix", "")]
    public void QueryRings_Filters_ReturnMatchingRingsByScore(double? minScore, bool? flagged, int? minSize, string? signal, string expected)
    {
        _db.Publish(RunStoreFixture.ThreeRings(), 0);

        var page = _db.Store.QueryRings(new RingQuery(minScore, flagged, minSize, signal))!;

        Assert.Equal(expected, string.Join(',', page.Rings.Select(r => r.Id)));
        Assert.Null(page.NextCursor);
    }

    [Fact]
    public void QueryRings_SortBySize_LargestFirst()
    {
        _db.Publish(RunStoreFixture.ThreeRings(), 0);

        var page = _db.Store.QueryRings(new RingQuery(Sort: "size"))!;

        Assert.Equal(["r-low", "r-mid", "r-top"], page.Rings.Select(r => r.Id));
    }

    [Theory]
    [InlineData("score")]
    [InlineData("size")]
    public void QueryRings_PagedByOne_VisitsEveryRingOnceInOrder(string sort)
    {
        _db.Publish(RunStoreFixture.ThreeRings(), 0);
        var all = _db.Store.QueryRings(new RingQuery(Sort: sort))!.Rings.Select(r => r.Id).ToList();

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = _db.Store.QueryRings(new RingQuery(Sort: sort, Limit: 1, Cursor: cursor))!;
            seen.AddRange(page.Rings.Select(r => r.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(all, seen);
    }

    [Fact]
    public void QueryRings_CursorAfterNewerRunPublished_StaysOnItsRun()
    {
        var first = _db.Publish(RunStoreFixture.ThreeRings("old-"), 0);
        var page1 = _db.Store.QueryRings(new RingQuery(Limit: 1))!;
        _db.Publish(RunStoreFixture.ThreeRings("new-"), 1);

        var page2 = _db.Store.QueryRings(new RingQuery(Limit: 1, Cursor: page1.NextCursor))!;

        Assert.Equal(first, page2.Run.Id);
        Assert.Equal("old-r-mid", Assert.Single(page2.Rings).Id);
    }

    [Theory]
    [InlineData(1.5, null, null, null, 50, "minScore")]
    [InlineData(null, 0, null, null, 50, "minSize")]
    [InlineData(null, null, "email", null, 50, "signal")]
    [InlineData(null, null, null, "age", 50, "sort")]
    [InlineData(null, null, null, null, 501, "limit")]
    public void QueryRings_InvalidQuery_ThrowsInvalidQueryNamingTheParameter(double? minScore, int? minSize, string? signal, string? sort, int limit, string named)
    {
        _db.Publish(RunStoreFixture.ThreeRings(), 0);

        var e = Assert.Throws<LinkGraphException>(() =>
            _db.Store.QueryRings(new RingQuery(minScore, null, minSize, signal, sort ?? "score", limit)));

        Assert.Equal("invalid_query", e.Code);
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not base64 !")]
    [InlineData("djF8eA")]
    public void QueryRings_ForeignCursor_ThrowsInvalidCursor(string cursor)
    {
        _db.Publish(RunStoreFixture.ThreeRings(), 0);

        var e = Assert.Throws<LinkGraphException>(() => _db.Store.QueryRings(new RingQuery(Cursor: cursor)));

        Assert.Equal("invalid_cursor", e.Code);
    }

    [Fact]
    public void QueryRings_CursorUnderOtherSort_ThrowsInvalidCursor()
    {
        _db.Publish(RunStoreFixture.ThreeRings(), 0);
        var cursor = _db.Store.QueryRings(new RingQuery(Limit: 1))!.NextCursor;

        var e = Assert.Throws<LinkGraphException>(() => _db.Store.QueryRings(new RingQuery(Sort: "size", Cursor: cursor)));

        Assert.Equal("invalid_cursor", e.Code);
    }

    [Fact]
    public void GetRing_KnownAndUnknown_ReturnsRingOrNull()
    {
        _db.Publish(RunStoreFixture.ThreeRings(), 0);

        Assert.Equal(["b1", "b2"], _db.Store.GetRing("r-top")!.Accounts);
        Assert.Null(_db.Store.GetRing("r-nope"));
    }

    [Fact]
    public void RunStateValues_Persisted_NeverChange()
    {
        // Stored in runs.state and read back by other tools: append-only.
        Assert.Equal([0, 1, 2, 3], Enum.GetValues<RunState>().Select(s => (int)s));
    }

    public void Dispose() => _db.Dispose();
}
