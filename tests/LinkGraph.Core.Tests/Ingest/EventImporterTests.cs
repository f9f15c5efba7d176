using System.Text;
using LinkGraph.Core.Errors;
using LinkGraph.Core.Events;
using LinkGraph.Core.Ingest;
using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Tests.Ingest;

public sealed class EventImporterTests
{
    private static string Ip(string account, string ip, string? id = null) =>
        id is null
            ? $$"""{"type":"ip","account":"{{account}}","at":"2026-02-01T12:00:00Z","value":"{{ip}}"}"""
            : $$"""{"type":"ip","account":"{{account}}","at":"2026-02-01T12:00:00Z","value":"{{ip}}","id":"{{id}}"}""";

    [Fact]
    public void Import_ValidInput_StoresAndCommits()
    {
        var session = new RecordingWriteSession();

        var result = Import($"{Ip("a", "10.0.0.1")}\n\n{Ip("b", "10.0.0.1")}\n", session);

        Assert.True(session.Committed);
        Assert.Equal(new ImportResult(2, 2, 0, 0, []), result with { Rejections = [] });
        Assert.Empty(result.Rejections);
        Assert.Equal(["a", "b"], session.Pending.Select(e => e.Account));
    }

    [Fact]
    public void Import_SameIdTwice_StoredOnce()
    {
        var session = new RecordingWriteSession();

        var result = Import($"{Ip("a", "10.0.0.1", "e1")}\n{Ip("a", "10.0.0.2", "e1")}\n", session);

        Assert.Equal((1L, 1L), (result.Stored, result.Duplicates));
        Assert.Equal("10.0.0.1", session.Pending.Single().Identifiers[0].Value);
    }

    [Fact]
    public void Import_SameContentWithoutId_StoredOnce()
    {
        var result = Import($"{Ip("a", "10.0.0.1")}\n{Ip("a", "::ffff:10.0.0.1")}\n{Ip("a", "10.0.0.2")}\n", new RecordingWriteSession());

        Assert.Equal((2L, 1L), (result.Stored, result.Duplicates));
    }

    [Fact]
    public void Import_SecondImportOfTheSameFile_AllDuplicates()
    {
        var stored = new HashSet<string>();
        var text = $"{Ip("a", "10.0.0.1")}\n{Ip("b", "10.0.0.1", "x")}\n";
        Import(text, new RecordingWriteSession(stored));

        var again = Import(text, new RecordingWriteSession(stored));

        Assert.Equal((0L, 2L), (again.Stored, again.Duplicates));
    }

    [Fact]
    public void Import_AnyBadLine_ThrowsListingEveryBadLineAndDoesNotCommit()
    {
        var session = new RecordingWriteSession();
        var text = $"{Ip("a", "10.0.0.1")}\nnot json\n{Ip("b", "1.2.3")}\n{Ip("c", "10.0.0.3")}\n{{\"type\":\"login\"}}\n";

        var ex = Assert.Throws<InvalidInputException>(() => Import(text, session));

        Assert.False(session.Committed);
        Assert.Equal([2L, 3, 5], ex.Rejections.Select(r => r.Line));
        Assert.Equal(["line", "value", "type"], ex.Rejections.Select(r => r.Field));
        Assert.Equal("events.ndjson: 3 of 5 lines rejected; nothing was stored", ex.Message);
    }

    [Fact]
    public void Import_SkipInvalid_StoresTheRestAndReportsEveryBadLine()
    {
        var session = new RecordingWriteSession();
        var text = $"{Ip("a", "10.0.0.1")}\nnot json\n{Ip("b", "1.2.3")}\n{Ip("c", "10.0.0.3")}\n";

        var result = Import(text, session, new ImportOptions(SkipInvalid: true));

        Assert.True(session.Committed);
        Assert.Equal((4L, 2L, 0L, 2L), (result.Read, result.Stored, result.Duplicates, result.Rejected));
        Assert.Equal([2L, 3], result.Rejections.Select(r => r.Line));
        Assert.Equal(["a", "c"], session.Pending.Select(e => e.Account));
    }

    [Fact]
    public void Import_ManyBadLines_ListIsCappedButCounted()
    {
        var text = string.Concat(Enumerable.Repeat("bad\n", 2500));

        var ex = Assert.Throws<InvalidInputException>(() => Import(text, new RecordingWriteSession()));

        Assert.Equal(1000, ex.Rejections.Count);
        Assert.Equal(1000, ex.Rejections[^1].Line);
        Assert.Equal("events.ndjson: 2500 of 2500 lines rejected; nothing was stored (the first 1000 are listed)", ex.Message);
    }

    [Fact]
    public void Import_Progress_ReportedAtIntervalsAndAtTheEnd()
    {
        var text = string.Concat(Enumerable.Range(0, 5000).Select(i => Ip($"a{i}", "10.0.0.1") + "\n"));
        var reports = new List<long>();

        Import(text, new RecordingWriteSession(), new ImportOptions(ProgressInterval: 2048), reports.Add);

        Assert.Equal(5000, reports[^1]);
        Assert.Contains(reports, r => r is >= 2048 and < 5000);
        Assert.Equal(reports.Order(), reports);
    }

    [Fact]
    public void Import_ReaderFails_ExceptionSurfacesAndNothingCommits()
    {
        var session = new RecordingWriteSession();

        var ex = Assert.Throws<IOException>(() => new EventImporter(new EventNormalizer())
            .Import(Failing(), session, "x", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("disk gone", ex.Message);
        Assert.False(session.Committed);
    }

    [Fact]
    public void Import_Cancelled_ThrowsAndDoesNotCommit()
    {
        var session = new RecordingWriteSession();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var text = string.Concat(Enumerable.Range(0, 100).Select(i => Ip($"a{i}", "10.0.0.1") + "\n"));

        Assert.ThrowsAny<OperationCanceledException>(() => new EventImporter(new EventNormalizer())
            .Import(NdjsonEventReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken), session, "x", cancellationToken: cts.Token));
        Assert.False(session.Committed);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Import_ManyBatches_ReachTheSessionInLineOrder(bool concurrent)
    {
        var text = string.Concat(Enumerable.Range(0, 10_000).Select(i => Ip($"a{i}", $"10.0.{i / 250}.{i % 250}") + "\n"));
        var session = new RecordingWriteSession();

        var result = Import(text, session, new ImportOptions(Concurrent: concurrent));

        Assert.Equal(10_000, result.Stored);
        Assert.Equal(Enumerable.Range(0, 10_000).Select(i => $"a{i}"), session.Pending.Select(e => e.Account));
        Assert.Equal(Enumerable.Range(0, 10_000).Select(i => $"10.0.{i / 250}.{i % 250}"), session.Pending.Select(e => e.Identifiers[0].Value));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Import_BadLineInALaterBatch_ListsItWithItsLineAndDoesNotCommit(bool concurrent)
    {
        var lines = Enumerable.Range(0, 5000).Select(i => Ip($"a{i}", "10.0.0.1")).ToArray();
        lines[3070] = "{\"type\":\"ip\"";
        lines[4999] = Ip("z", "300.1.1.1");
        var session = new RecordingWriteSession();

        var ex = Assert.Throws<InvalidInputException>(() => Import(string.Join('\n', lines), session, new ImportOptions(Concurrent: concurrent)));

        Assert.False(session.Committed);
        Assert.Equal([3071L, 5000], ex.Rejections.Select(r => r.Line));
        Assert.Equal(3070, session.Pending.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Import_NormaliserFails_ExceptionSurfacesAndNothingCommits(bool concurrent)
    {
        var session = new RecordingWriteSession();
        var text = string.Concat(Enumerable.Range(0, 3000).Select(i => $$"""{"type":"prompt","account":"a{{i}}","at":"2026-02-01T12:00:00Z","value":"{{(i == 2500 ? "fail here" : "all good")}}"}""" + "\n"));
        var importer = new EventImporter(new EventNormalizer(p => p.Contains("fail", StringComparison.Ordinal) ? throw new InvalidOperationException("sketcher broke") : null));

        var ex = Assert.Throws<InvalidOperationException>(() => importer.Import(
            NdjsonEventReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken),
            session,
            "x",
            new ImportOptions(Concurrent: concurrent),
            cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("sketcher broke", ex.Message);
        Assert.False(session.Committed);
    }

    private static IEnumerable<EventReadResult> Failing()
    {
        yield return EventReadResult.Valid(new AccountEvent(EventType.Payment, "a", DateTimeOffset.UnixEpoch, "card"));
        throw new IOException("disk gone");
    }

    private static ImportResult Import(string text, RecordingWriteSession session, ImportOptions? options = null, Action<long>? progress = null) =>
        new EventImporter(new EventNormalizer()).Import(
            NdjsonEventReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken),
            session,
            "events.ndjson",
            options,
            progress,
            TestContext.Current.CancellationToken);
}
