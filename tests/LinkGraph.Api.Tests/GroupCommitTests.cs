using System.Collections.Concurrent;
using System.Net;
using LinkGraph.Api.Ingest;
using LinkGraph.Core.Abstractions;
using LinkGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LinkGraph.Api.Tests;

/// <summary>
/// Batches posted while the writer is busy share its next transaction (group commit), over real HTTP. The writer is
/// held at a gate while the batches queue behind it, so the grouping is deterministic: the first batch commits
/// alone, the queued ones together.
/// </summary>
public sealed class GroupCommitTests : IDisposable
{
    private static readonly TimeSpan SignalTimeout = TimeSpan.FromSeconds(30);

    // Observations of exact IP addresses (kind 2; an IP event also observes its prefix), one count per stored event.
    private const string IpObservations =
        "FROM observations o JOIN accounts a ON a.id = o.account_id JOIN identifiers i ON i.id = o.identifier_id WHERE i.kind = 2";

    private readonly ApiHost _host = new(kestrel: true, testServices: services =>
    {
        services.Remove(services.Single(d => d.ServiceType == typeof(IEventStore)));
        services.AddSingleton(sp => new GatedEventStore(sp.GetRequiredService<SqliteConnectionFactory>()));
        services.AddSingleton<IEventStore>(sp => sp.GetRequiredService<GatedEventStore>());
    });

    private readonly ConcurrentQueue<int> _groups = new();
    private readonly TaskCompletionSource _queued = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HttpClient? _client;
    private GatedEventStore? _store;

    [Fact]
    public async Task PostEvents_ConcurrentBatches_OneCommitAndEachStoredWhole()
    {
        var (first, queued) = await PostBehindBusyWriter(Batch("z", 5), Batch("a", 20), Batch("b", 30), Batch("c", 40));

        Assert.Equal((HttpStatusCode.OK, 5), await Outcome(first));
        Assert.Equal([(HttpStatusCode.OK, 20), (HttpStatusCode.OK, 30), (HttpStatusCode.OK, 40)], await Task.WhenAll(queued.Select(Outcome)));
        Assert.Equal([1, 3], _groups);
        Assert.Equal(95, StoredEvents);
        Assert.Equal(["a|20", "b|30", "c|40", "z|5"], Rows("SELECT substr(a.external_id, 1, 1), sum(o.count) " + IpObservations + " GROUP BY 1 ORDER BY 1"));
    }

    [Fact]
    public async Task PostEvents_BadBatchAmongConcurrentGoodOnes_RejectedAloneOthersGrouped()
    {
        var bad = Batch("x", 10) + """{"type":"ip","account":"x_bad","at":"2026-02-01T12:00:00Z","value":"300.1.2.3"}""" + "\n";

        var (first, queued) = await PostBehindBusyWriter(Batch("z", 5), Batch("a", 20), bad, Batch("c", 40));

        Assert.Equal((HttpStatusCode.OK, 5), await Outcome(first));
        var outcomes = await Task.WhenAll(queued.Select(Outcome));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.OK], outcomes.Select(o => o.Status));
        Assert.Equal(11, (await (await queued[1]).JsonAsync()).GetProperty("errors")[0].GetProperty("line").GetInt32());
        Assert.Equal([1, 2], _groups);
        Assert.Equal(65, StoredEvents);
        Assert.Equal(["0"], Rows("SELECT count(*) FROM accounts WHERE external_id LIKE 'x%'"));
    }

    [Fact]
    public async Task PostEvents_SameEventsInConcurrentBatches_StoredOnce()
    {
        // Two deliveries of the same 30 events (same ids) and one more batch, all in one transaction.
        var (first, queued) = await PostBehindBusyWriter(Batch("z", 5), Batch("a", 30), Batch("a", 30), Batch("c", 10));

        Assert.Equal((HttpStatusCode.OK, 5), await Outcome(first));
        var bodies = await Task.WhenAll(queued.Select(async r => await (await r).JsonAsync()));
        Assert.All(bodies, b => Assert.Equal(b.GetProperty("received").GetInt64(), b.GetProperty("stored").GetInt64() + b.GetProperty("duplicates").GetInt64()));
        Assert.Equal(30, bodies[0].GetProperty("stored").GetInt64() + bodies[1].GetProperty("stored").GetInt64());
        Assert.Equal(30, bodies[0].GetProperty("duplicates").GetInt64() + bodies[1].GetProperty("duplicates").GetInt64());
        Assert.Equal([1, 3], _groups);
        Assert.Equal(45, StoredEvents);
        Assert.Equal(["30"], Rows("SELECT sum(o.count) " + IpObservations + " AND a.external_id LIKE 'a%'"));
    }

    [Fact]
    public async Task PostEvents_GroupedWriteFails_NoneOfTheGroupStoredAndWriterRecovers()
    {
        // A real SQLite failure while the group's new identifiers are written: the poisoned value is in batch c only.
        Execute("""
            CREATE TRIGGER reject_poison BEFORE INSERT ON identifiers WHEN NEW.value = 'poison.example'
            BEGIN SELECT RAISE(ABORT, 'poisoned identifier'); END
            """);
        var poisoned = Batch("c", 10) + """{"type":"device","account":"c_x","at":"2026-02-01T12:00:00Z","value":"poison.example","id":"c-poison"}""" + "\n";

        var (first, queued) = await PostBehindBusyWriter(Batch("z", 5), Batch("a", 20), Batch("b", 30), poisoned);

        Assert.Equal((HttpStatusCode.OK, 5), await Outcome(first));
        var failed = await Task.WhenAll(queued);
        Assert.All(failed, r => Assert.Equal(HttpStatusCode.InternalServerError, r.StatusCode));
        Assert.Equal("internal_error", (await failed[0].JsonAsync()).GetProperty("code").GetString());
        Assert.Equal([1], _groups);
        Assert.Equal(5, StoredEvents);
        Assert.Equal(["z"], Rows("SELECT DISTINCT substr(external_id, 1, 1) FROM accounts"));

        // The writer lives on, with nothing of the failed group cached: the same batches go in on retry.
        Execute("DROP TRIGGER reject_poison");
        var retried = await Task.WhenAll(Post(Batch("a", 20)), Post(Batch("b", 30)), Post(poisoned));
        Assert.Equal([(HttpStatusCode.OK, 20), (HttpStatusCode.OK, 30), (HttpStatusCode.OK, 11)], await Task.WhenAll(retried.Select(r => Outcome(Task.FromResult(r)))));
        Assert.Equal(66, StoredEvents);
        Assert.Equal(["c_x|poison.example"], Rows("SELECT a.external_id || '|' || i.value FROM observations o JOIN accounts a ON a.id = o.account_id JOIN identifiers i ON i.id = o.identifier_id WHERE i.value LIKE 'poison%'"));
    }

    /// <summary>
    /// Posts the first batch and waits until the writer holds it at the closed gate; posts the others and waits
    /// until every valid one is queued behind it; then opens the gate.
    /// </summary>
    private async Task<(Task<HttpResponseMessage> First, Task<HttpResponseMessage>[] Queued)> PostBehindBusyWriter(string first, params string[] others)
    {
        _host.StartServer();
        _store = _host.Services.GetRequiredService<GatedEventStore>();
        var writer = ((EventBatchImporter)_host.Services.GetRequiredService<IEventBatchImporter>()).Writer;
        var valid = others.Count(b => !b.Contains("300.1.2.3", StringComparison.Ordinal));
        writer.Queued = n =>
        {
            if (n == valid)
            {
                _queued.TrySetResult();
            }
        };
        writer.Committed = _groups.Enqueue;
        _client = _host.ClientFor(TestKeys.Ingest);

        _store.Close();
        var head = Post(first);
        await _store.Arrived.Task.WaitAsync(SignalTimeout, TestContext.Current.CancellationToken);
        var queued = others.Select(Post).ToArray();
        await _queued.Task.WaitAsync(SignalTimeout, TestContext.Current.CancellationToken);
        _store.Open();
        return (head, queued);
    }

    /// <summary>Events of accounts prefix_0..prefix_9 with ids prefix-0..: the same prefix and count give the same events.</summary>
    private static string Batch(string prefix, int events) => string.Concat(Enumerable.Range(0, events).Select(j =>
        $$"""{"type":"ip","account":"{{prefix}}_{{j % 10}}","at":"2026-02-01T12:{{j % 60:00}}:00Z","value":"10.{{prefix[0] % 200}}.0.{{j % 7}}","id":"{{prefix}}-{{j}}"}""" + "\n"));

    private static async Task<(HttpStatusCode Status, long Stored)> Outcome(Task<HttpResponseMessage> response)
    {
        var message = await response;
        return message.StatusCode == HttpStatusCode.OK
            ? (message.StatusCode, (await message.JsonAsync()).GetProperty("stored").GetInt64())
            : (message.StatusCode, 0);
    }

    private long StoredEvents => _host.Services.GetRequiredService<IEventStore>().CountEvents();

    private Task<HttpResponseMessage> Post(string body) =>
        (_client ?? _host.ClientFor(TestKeys.Ingest)).PostAsync(TestData.Url("/api/v1/events"), TestData.Body(body), TestContext.Current.CancellationToken);

    private void Execute(string sql)
    {
        using var connection = _host.Services.GetRequiredService<SqliteConnectionFactory>().Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private List<string> Rows(string sql) => StoreRows.Query(_host.Services, sql);

    public void Dispose()
    {
        _client?.Dispose();
        _host.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
