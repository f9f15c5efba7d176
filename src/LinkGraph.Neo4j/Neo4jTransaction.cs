using LinkGraph.Neo4j.Contracts;

namespace LinkGraph.Neo4j;

/// <summary>
/// An explicit Query API transaction (<c>/query/v2/tx/{id}</c>, https://neo4j.com/docs/query-api/current/transactions).
/// Disposing it without <see cref="CommitAsync"/> rolls it back.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jQueryClient _client;
    private readonly string? _affinity;

    internal Neo4jTransaction(Neo4jQueryClient client, string id, string? affinity)
    {
        _client = client;
        Id = id;
        _affinity = affinity;
    }

    public string Id { get; }

    /// <summary>False once committed or rolled back, or after the server closed it on an error.</summary>
    public bool IsOpen { get; private set; } = true;

    /// <summary>Runs a statement in the transaction. Most errors close it on the server; roll back anyway, which is harmless then.</summary>
    public Task<QueryResponse> RunAsync(string statement, object? parameters, CancellationToken cancellationToken)
    {
        EnsureOpen();
        return _client.SendAsync(HttpMethod.Post, _client.TransactionUri(Id), new QueryRequest(statement, parameters), _affinity, "statement in transaction", cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        EnsureOpen();
        try
        {
            await _client.SendAsync(HttpMethod.Post, _client.TransactionUri(Id, "commit"), null, _affinity, "commit", cancellationToken);
        }
        finally
        {
            IsOpen = false;
        }
    }

    /// <summary>Rolls back; a transaction the server already closed (404, or any error) is treated as rolled back.</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        if (!IsOpen)
        {
            return;
        }

        IsOpen = false;
        try
        {
            await _client.SendAsync(HttpMethod.Delete, _client.TransactionUri(Id), null, _affinity, "rollback", cancellationToken);
        }
        catch (Neo4jException)
        {
            // Nothing to undo on our side: the server drops an unfinished transaction when it times out anyway.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await RollbackAsync(CancellationToken.None);
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException($"Neo4j transaction {Id} is already closed.");
        }
    }
}
