using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LinkGraph.Neo4j.Tests.Fakes;

/// <summary>
/// A loopback stand-in for Neo4j's Query API: a real HTTP listener on 127.0.0.1 that records every request and
/// answers through <see cref="Handler"/>. The default handler follows the documented wire format
/// (https://neo4j.com/docs/query-api/current/): 202 with plain-JSON results, explicit transactions with ids,
/// 200 on rollback. It keeps one piece of state, the run marked current by a committed transaction, so a
/// second sync can be seen to skip.
/// </summary>
public sealed class FakeQueryApi : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Dictionary<string, List<RecordedRequest>> _openTransactions = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private int _nextTransaction;

    public FakeQueryApi()
    {
        var port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUri.AbsoluteUri);
        _listener.Start();
        Handler = Default;
        _loop = Task.Run(LoopAsync);
    }

    public Uri BaseUri { get; }

    /// <summary>A client for the clients under test, disposed with the fake.</summary>
    public HttpClient Http { get; } = new();

    public Func<RecordedRequest, FakeResponse> Handler { get; set; }

    /// <summary>The run a committed transaction marked current (via 070_mark_run_synced).</summary>
    public string? CurrentRun { get; private set; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public void ClearRequests() => _requests.Clear();

    /// <summary>Answers like a Neo4j 5.26 server with an empty result for every statement.</summary>
    public FakeResponse Default(RecordedRequest request)
    {
        const string Prefix = "/db/neo4j/query/v2";
        var path = request.Path;
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return FakeResponse.Error(404, "Neo.ClientError.Database.DatabaseNotFound", "Database does not exist.");
        }

        var rest = path[Prefix.Length..];
        lock (_gate)
        {
            if (rest.Length == 0)
            {
                var isReadCurrent = request.Statement == CypherCatalog.Get(CypherFiles.ReadRunCurrent);
                var current = isReadCurrent && request.Parameters?["runId"]?.GetValue<string>() == CurrentRun;
                return FakeResponse.Accepted(Result(isReadCurrent ? $$"""{"fields":["current"],"values":[[{{(current ? "true" : "false")}}]]}""" : null, null));
            }

            if (rest == "/tx" && request.Method == "POST")
            {
                var id = "tx" + (++_nextTransaction);
                _openTransactions[id] = [];
                return FakeResponse.Accepted(Result(null, id));
            }

            var parts = rest.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && parts[0] == "tx" && _openTransactions.TryGetValue(parts[1], out var statements))
            {
                if (request.Method == "DELETE")
                {
                    _openTransactions.Remove(parts[1]);
                    return new FakeResponse(200, Result(null, null));
                }

                if (parts.Length == 3 && parts[2] == "commit")
                {
                    _openTransactions.Remove(parts[1]);
                    foreach (var statement in statements.Where(s => s.Statement == CypherCatalog.Get(CypherFiles.MarkRunSynced)))
                    {
                        CurrentRun = statement.Parameters?["runId"]?.GetValue<string>();
                    }

                    return FakeResponse.Accepted(Result(null, null));
                }

                statements.Add(request);
                return FakeResponse.Accepted(Result(null, parts[1]));
            }

            return FakeResponse.Error(404, "Neo.ClientError.Request.Invalid", "Transaction has timed out or does not exist.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (HttpListenerException)
        {
            // Stopping the listener ends the pending GetContextAsync this way.
        }
        catch (ObjectDisposedException)
        {
            // Same, on some platforms.
        }
        catch (InvalidOperationException)
        {
            // The loop asked for the next request just as the listener stopped (between its IsListening check and the call).
        }
    }

    private static string Result(string? data, string? transaction)
    {
        var tx = transaction is null ? string.Empty : $$""","transaction":{"id":"{{transaction}}","expires":"2026-11-22T12:00:00Z"}""";
        return $$"""{"data":{{data ?? """{"fields":[],"values":[]}"""}},"counters":{"containsUpdates":false,"nodesCreated":0,"nodesDeleted":0,"propertiesSet":0,"relationshipsCreated":0,"relationshipsDeleted":0,"labelsAdded":0,"labelsRemoved":0,"indexesAdded":0,"indexesRemoved":0,"constraintsAdded":0,"constraintsRemoved":0,"containsSystemUpdates":false,"systemUpdates":0},"bookmarks":["FB:kcwQ"]{{tx}}}""";
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            var context = await _listener.GetContextAsync();
            string body;
            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                body = await reader.ReadToEndAsync();
            }

            var request = new RecordedRequest(
                context.Request.HttpMethod,
                context.Request.Url!.AbsolutePath,
                body,
                context.Request.Headers["Authorization"],
                context.Request.Headers["neo4j-cluster-affinity"],
                context.Request.ContentType,
                context.Request.ContentLength64);
            _requests.Enqueue(request);
            FakeResponse response;
            try
            {
                response = Handler(request);
            }
            catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or FormatException)
            {
                response = new FakeResponse(500, $$"""{"errors":[{"code":"Test.Fake","message":"{{ex.GetType().Name}}"}]}""");
            }

            context.Response.StatusCode = response.Status;
            context.Response.ContentType = "application/json";
            foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            var bytes = Encoding.UTF8.GetBytes(response.Body);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
