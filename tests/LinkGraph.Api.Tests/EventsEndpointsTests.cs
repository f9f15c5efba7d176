using System.Net;
using System.Text;
using LinkGraph.Core.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace LinkGraph.Api.Tests;

public sealed class EventsEndpointsTests : IDisposable
{
    private readonly ApiHost _host = new();

    private long StoredEvents => _host.Services.GetRequiredService<IEventStore>().CountEvents();

    [Fact]
    public async Task PostEvents_ValidNdjson_StoresAllAndCounts()
    {
        var response = await Post(TestData.Ndjson());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal((7, 7, 0), (body.GetProperty("received").GetInt32(), body.GetProperty("stored").GetInt32(), body.GetProperty("duplicates").GetInt32()));
        Assert.Equal(TestData.NdjsonEvents, StoredEvents);
    }

    [Fact]
    public async Task PostEvents_SameBatchTwice_StoredOnce()
    {
        await Post(TestData.Ndjson());

        var again = await (await Post(TestData.Ndjson())).JsonAsync();

        Assert.Equal((0, 7), (again.GetProperty("stored").GetInt32(), again.GetProperty("duplicates").GetInt32()));
        Assert.Equal(TestData.NdjsonEvents, StoredEvents);
    }

    [Fact]
    public async Task PostEvents_OneBadLine_Rejects400AndStoresNothing()
    {
        await Post(TestData.Ndjson("old"));
        var before = StoredEvents;
        var batch = TestData.Ndjson("new") + """{"type":"ip","account":"new_9","at":"2026-02-01T12:00:00Z","value":"300.1.2.3"}""" + "\n";

        var response = await Post(batch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("invalid_input", problem.GetProperty("code").GetString());
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal((8, "value"), (error.GetProperty("line").GetInt32(), error.GetProperty("field").GetString()));
        Assert.Equal(before, StoredEvents);
    }

    [Fact]
    public async Task PostEvents_150BadLines_ListsFirst100WithLineNumbers()
    {
        var batch = new StringBuilder();
        for (var i = 0; i < 150; i++)
        {
            batch.Append("""{"type":"payment","account":"acc_1","at":"not a time","value":"card"}""").Append('\n');
        }

        var response = await Post(batch.ToString());

        var errors = (await response.JsonAsync()).GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(100, errors.Count);
        Assert.Equal(Enumerable.Range(1, 100), errors.Select(e => e.GetProperty("line").GetInt32()));
        Assert.Equal(0, StoredEvents);
    }

    [Fact]
    public async Task PostEvents_RejectedPromptLine_NeverEchoesPromptText()
    {
        var line = $$"""{"type":"prompt","account":"bad account!","at":"2026-02-01T12:00:00Z","value":"{{TestData.SecretPrompt}}"}""";

        var response = await Post(line + "\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("secret launch plan", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostEvents_Csv_Stored()
    {
        const string Csv = "type,account,at,value,id,email_domain,country,org\n" +
            "account,csv_1,2026-02-01T12:00:00Z,,c1,example.com,SG,\n" +
            "ip,csv_1,2026-02-01T12:01:00Z,198.51.100.4,c2,,,\n";

        var response = await Post(Csv, "text/csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.JsonAsync()).GetProperty("stored").GetInt32());
    }

    [Fact]
    public async Task PostEvents_UnsupportedContentType_Returns415()
    {
        var response = await Post(TestData.Ndjson(), "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, StoredEvents);
    }

    [Fact]
    public async Task PostEvents_ConcurrentBatchesSharingAccounts_EachAccountAndIdentifierStoredOnce()
    {
        var batches = Enumerable.Range(0, 4).Select(b => string.Concat(Enumerable.Range(0, 50).Select(j =>
            $$"""{"type":"ip","account":"acc_{{j % 10}}","at":"2026-02-01T12:{{j % 60:00}}:00Z","value":"10.0.0.{{j % 5}}","id":"b{{b}}-{{j}}"}""" + "\n"))).ToList();

        var responses = await Task.WhenAll(batches.Select(batch => Post(batch)));

        foreach (var response in responses)
        {
            Assert.Equal(50, (await response.JsonAsync()).GetProperty("stored").GetInt32());
        }

        Assert.Equal(200, StoredEvents);
        Assert.Equal(["10|6|200"], Rows(
            "SELECT (SELECT count(*) FROM accounts), (SELECT count(*) FROM identifiers), (SELECT sum(o.count) FROM observations o JOIN identifiers i ON i.id = o.identifier_id WHERE i.kind = 2)"));
    }

    [Fact]
    public async Task PostEvents_AfterRejectedBatch_LaterBatchesLinkToTheRightRows()
    {
        await Post("""{"type":"payment","account":"a","at":"2026-02-01T12:00:00Z","value":"card-1"}""" + "\n");
        var rejected = await Post("""{"type":"payment","account":"b","at":"2026-02-01T12:00:00Z","value":"card-2"}""" + "\nnot json\n");

        await Post("""{"type":"payment","account":"c","at":"2026-02-01T12:00:00Z","value":"card-3"}""" + "\n"
            + """{"type":"payment","account":"b","at":"2026-02-01T12:00:00Z","value":"card-2"}""" + "\n"
            + """{"type":"payment","account":"a","at":"2026-02-01T12:00:00Z","value":"card-3"}""" + "\n");

        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Equal(["a:card-1", "a:card-3", "b:card-2", "c:card-3"], Rows(
            "SELECT a.external_id || ':' || i.value FROM observations o JOIN accounts a ON a.id = o.account_id JOIN identifiers i ON i.id = o.identifier_id ORDER BY 1"));
    }

    private List<string> Rows(string sql) => StoreRows.Query(_host.Services, sql);

    private Task<HttpResponseMessage> Post(string body, string contentType = "application/x-ndjson") =>
        _host.ClientFor(TestKeys.Ingest).PostAsync(TestData.Url("/api/v1/events"), TestData.Body(body, contentType), TestContext.Current.CancellationToken);

    public void Dispose() => _host.Dispose();
}
