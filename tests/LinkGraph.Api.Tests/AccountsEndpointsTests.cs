using System.Net;
using System.Text.Json;

namespace LinkGraph.Api.Tests;

public sealed class AccountsEndpointsTests : IDisposable
{
    private readonly ApiHost _host = new();

    [Fact]
    public async Task GetAccount_RingMember_RingIdentifiersWithSharingAndLinks()
    {
        await _host.ClientFor(TestKeys.Ingest).PostAsync(TestData.Url("/api/v1/events"), TestData.Body(TestData.Ndjson()), TestContext.Current.CancellationToken);
        _host.Detector.Result = TestData.Result();
        var run = (await (await _host.ClientFor(TestKeys.Admin).PostAsync(TestData.Url("/api/v1/runs"), null, TestContext.Current.CancellationToken)).JsonAsync()).GetProperty("id").GetString()!;
        await _host.Runs.WaitFinishedAsync(run);

        var response = await Get("/api/v1/accounts/acc_2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(("ring-a", run, 3), (body.GetProperty("ring").GetProperty("id").GetString(), body.GetProperty("ring").GetProperty("run_id").GetString(), body.GetProperty("ring").GetProperty("size").GetInt32()));
        var identifiers = body.GetProperty("identifiers").EnumerateArray().ToList();
        var card = identifiers.Single(i => i.GetProperty("kind").GetString() == "payment");
        Assert.Equal(("card_fp_9f8a21", 3), (card.GetProperty("value").GetString(), card.GetProperty("accounts").GetInt32()));
        Assert.Contains(identifiers, i => i.GetProperty("kind").GetString() == "prompt");
        Assert.Equal(["acc_3", "acc_1"], body.GetProperty("strongest_links").EnumerateArray().Select(l => l.GetProperty("account").GetString()));
        Assert.DoesNotContain("secret launch plan", body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccount_StoredButInNoRing_ProfileWithoutRing()
    {
        await _host.ClientFor(TestKeys.Ingest).PostAsync(TestData.Url("/api/v1/events"), TestData.Body(TestData.Ndjson("solo")), TestContext.Current.CancellationToken);

        var body = await (await Get("/api/v1/accounts/solo_1")).JsonAsync();

        Assert.Equal(JsonValueKind.Null, body.GetProperty("ring").ValueKind);
        Assert.Equal(("example.com", "SG"), (body.GetProperty("email_domain").GetString(), body.GetProperty("country").GetString()));
    }

    [Fact]
    public async Task GetAccount_Unknown_Returns404()
    {
        var response = await Get("/api/v1/accounts/nobody");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("account_not_found", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetAccount_InvalidId_Returns400()
    {
        var response = await Get("/api/v1/accounts/" + Uri.EscapeDataString("bad id!"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_account_id", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    private Task<HttpResponseMessage> Get(string path) =>
        _host.ClientFor(TestKeys.Reader).GetAsync(TestData.Url(path), TestContext.Current.CancellationToken);

    public void Dispose() => _host.Dispose();
}
