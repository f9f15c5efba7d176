using System.Text;
using System.Text.Json.Nodes;
using LinkGraph.Neo4j.Tests.Fakes;

namespace LinkGraph.Neo4j.Tests;

public sealed class Neo4jQueryClientTests : IAsyncDisposable
{
    // The documented plain-JSON success body (https://neo4j.com/docs/query-api/current/plain-json).
    private const string DocumentedSuccess = """
        { "data": { "fields": ["person","name"],
                    "values": [ [ {"elementId":"4:abc:2","labels":["Person"],"properties":{"name":"Phil"}}, "Phil" ] ] },
          "counters": { "containsUpdates": true, "nodesCreated": 1, "nodesDeleted": 0, "propertiesSet": 1,
                        "relationshipsCreated": 0, "relationshipsDeleted": 0, "labelsAdded": 1, "labelsRemoved": 0,
                        "indexesAdded": 0, "indexesRemoved": 0, "constraintsAdded": 0, "constraintsRemoved": 0,
                        "containsSystemUpdates": false, "systemUpdates": 0 },
          "bookmarks": ["FB:kcwQ"] }
        """;

    private readonly FakeQueryApi _api = new();

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task RunAsync_Statement_PostsStatementWithValuesInParameters()
    {
        var client = Client();

        await client.RunAsync("MATCH (a:Account {id: $id}) RETURN a", new Dictionary<string, object?> { ["id"] = "acc_1' OR 1=1" }, Token);

        var request = Assert.Single(_api.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetByteCount(request.Body), request.ContentLength);
        var expected = JsonNode.Parse("""{"statement":"MATCH (a:Account {id: $id}) RETURN a","parameters":{"id":"acc_1' OR 1=1"},"includeCounters":true}""");
        Assert.True(JsonNode.DeepEquals(expected, request.Json), request.Body);
    }

    [Fact]
    public async Task RunAsync_DocumentedSuccessBody_ParsesRowsCountersAndBookmarks()
    {
        _api.Handler = _ => FakeResponse.Accepted(DocumentedSuccess);

        var response = await Client().RunAsync("RETURN 1", null, Token);

        Assert.Equal(["person", "name"], response.Data!.Fields);
        Assert.Equal("Phil", response.Data.Values[0][1].GetString());
        Assert.Equal("Phil", response.Data.Values[0][0].GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal(1, response.Counters!.NodesCreated);
        Assert.Equal(["FB:kcwQ"], response.Bookmarks);
        Assert.Null(JsonNode.Parse(Assert.Single(_api.Requests).Body)!["parameters"]);
    }

    [Fact]
    public async Task RunAsync_SyntaxError400_ThrowsClientErrorWithoutRetry()
    {
        _api.Handler = _ => FakeResponse.Error(400, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRN'");

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => Client().RunAsync("RETRN 1", null, Token));

        Assert.Equal("neo4j_client_error", ex.Code);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", ex.Neo4jCode);
        Assert.False(ex.IsTransient);
        Assert.Contains("HTTP 400", ex.Message, StringComparison.Ordinal);
        Assert.Single(_api.Requests);
    }

    [Fact]
    public async Task RunAsync_TransientErrorTwice_RetriesSameBodyThenSucceeds()
    {
        var calls = 0;
        _api.Handler = request => ++calls <= 2
            ? FakeResponse.Error(400, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire lock")
            : _api.Default(request);

        await Client().RunAsync("RETURN $x", new Dictionary<string, object?> { ["x"] = 1 }, Token);

        Assert.Equal(3, _api.Requests.Count);
        Assert.Single(_api.Requests.Select(r => r.Body).Distinct());
    }

    [Fact]
    public async Task RunAsync_TransientErrorEveryTime_GivesUpAfterMaxRetries()
    {
        _api.Handler = _ => FakeResponse.Error(400, "Neo.TransientError.General.DatabaseUnavailable", "Database unavailable");

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => Client(o => o.MaxRetries = 2).RunAsync("RETURN 1", null, Token));

        Assert.Equal("neo4j_transient", ex.Code);
        Assert.True(ex.IsTransient);
        Assert.Equal(3, _api.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_DatabaseError500_ThrowsDatabaseErrorWithoutRetry()
    {
        _api.Handler = _ => FakeResponse.Error(500, "Neo.DatabaseError.General.UnknownError", "boom");

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => Client().RunAsync("RETURN 1", null, Token));

        Assert.Equal("neo4j_database_error", ex.Code);
        Assert.Single(_api.Requests);
    }

    [Theory]
    [InlineData("""{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid credential."}]}""")]
    [InlineData("")]
    public async Task RunAsync_Unauthorized401_ThrowsUnauthorizedWithoutRetry(string body)
    {
        _api.Handler = _ => new FakeResponse(401, body);

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => Client().RunAsync("RETURN 1", null, Token));

        Assert.Equal("neo4j_unauthorized", ex.Code);
        Assert.Equal("Neo.ClientError.Security.Unauthorized", ex.Neo4jCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, ex.Status);
        Assert.Single(_api.Requests);
    }

    [Fact]
    public async Task RunAsync_ErrorsIn202Body_Throws()
    {
        // Results stream after the status line, so a late failure shows only in the body.
        _api.Handler = _ => FakeResponse.Accepted("""{"data":{"fields":["x"],"values":[]},"errors":[{"code":"Neo.ClientError.Statement.ArithmeticError","message":"/ by zero"}]}""");

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => Client().RunAsync("RETURN 1/0", null, Token));

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", ex.Neo4jCode);
    }

    [Fact]
    public async Task RunAsync_DatabaseMissing404_ThrowsClientError()
    {
        var ex = await Assert.ThrowsAsync<Neo4jException>(() => Client(o => o.Database = "nope").RunAsync("RETURN 1", null, Token));

        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", ex.Neo4jCode);
        Assert.Equal("/db/nope/query/v2", Assert.Single(_api.Requests).Path);
    }

    [Fact]
    public async Task RunAsync_BasicAuth_SendsBase64OfUserColonPassword()
    {
        await Client(o => { o.User = "neo4j"; o.Password = "pässwörd!"; }).RunAsync("RETURN 1", null, Token);

        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:pässwörd!"));
        Assert.Equal(expected, Assert.Single(_api.Requests).Authorization);
    }

    [Fact]
    public async Task RunAsync_BearerToken_SendsBearerInsteadOfBasic()
    {
        await Client(o => { o.Password = "ignored"; o.BearerToken = "tok-123"; }).RunAsync("RETURN 1", null, Token);

        Assert.Equal("Bearer tok-123", Assert.Single(_api.Requests).Authorization);
    }

    [Fact]
    public async Task RunAsync_NothingListening_ThrowsUnreachableAfterRetries()
    {
        var closed = new FakeQueryApi();
        var uri = closed.BaseUri;
        await closed.DisposeAsync();
        var client = new Neo4jQueryClient(_api.Http, new Neo4jOptions { Uri = uri, RetryDelay = TimeSpan.Zero, MaxRetries = 1 });

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 1", null, Token));

        Assert.Equal("neo4j_unreachable", ex.Code);
        Assert.True(ex.IsTransient);
    }

    [Fact]
    public async Task Transaction_BeginRunCommit_UsesTxPathsAndEchoesAffinity()
    {
        _api.Handler = request =>
        {
            var response = _api.Default(request);
            return request.Path.EndsWith("/tx", StringComparison.Ordinal)
                ? response with { Headers = new Dictionary<string, string> { ["neo4j-cluster-affinity"] = "MTAuMC4wLjE6NzQ3NA==" } }
                : response;
        };
        var client = Client();

        await using (var transaction = await client.BeginTransactionAsync(Token))
        {
            await transaction.RunAsync("RETURN $x", new Dictionary<string, object?> { ["x"] = 1 }, Token);
            await transaction.CommitAsync(Token);
            Assert.False(transaction.IsOpen);
        }

        var requests = _api.Requests;
        Assert.Equal(["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx1", "POST /db/neo4j/query/v2/tx/tx1/commit"], requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Null(requests[0].Affinity);
        Assert.All(requests.Skip(1), r => Assert.Equal("MTAuMC4wLjE6NzQ3NA==", r.Affinity));
    }

    [Fact]
    public async Task Transaction_DisposedWithoutCommit_RollsBackWithDelete()
    {
        var client = Client();

        await using (var transaction = await client.BeginTransactionAsync(Token))
        {
            await transaction.RunAsync("RETURN 1", null, Token);
        }

        Assert.Equal("DELETE /db/neo4j/query/v2/tx/tx1", $"{_api.Requests[^1].Method} {_api.Requests[^1].Path}");
    }

    [Fact]
    public async Task Transaction_RollbackOfExpiredTransaction_DoesNotThrow()
    {
        var client = Client();
        var transaction = await client.BeginTransactionAsync(Token);
        _api.Handler = _ => FakeResponse.Error(404, "Neo.ClientError.Request.Invalid", "Transaction has timed out");

        await transaction.RollbackAsync(Token);

        Assert.False(transaction.IsOpen);
    }

    [Fact]
    public void BackoffDelay_Attempts_DoublesAndCaps()
    {
        var client = Client(o => { o.RetryDelay = TimeSpan.FromMilliseconds(100); o.MaxRetryDelay = TimeSpan.FromMilliseconds(500); });

        Assert.Equal([100, 200, 400, 500, 500], Enumerable.Range(0, 5).Select(a => client.BackoffDelay(a).TotalMilliseconds));
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private Neo4jQueryClient Client(Action<Neo4jOptions>? configure = null)
    {
        var options = new Neo4jOptions { Uri = _api.BaseUri, Password = "secret-pw", RetryDelay = TimeSpan.Zero };
        configure?.Invoke(options);
        return new Neo4jQueryClient(_api.Http, options);
    }
}
