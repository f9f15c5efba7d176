using System.Net;
using LinkGraph.Neo4j.Contracts;

namespace LinkGraph.Neo4j;

/// <summary>
/// Maps Query API failures to <see cref="Neo4jException"/> by the <c>Neo.*</c> code, never by message text
/// (Neo4j status codes: https://neo4j.com/docs/status-codes/current/). Transient errors arrive as HTTP 400 like
/// client errors, so the classification is decided by the code's prefix, not the status.
/// </summary>
public static class Neo4jErrorMapper
{
    public const string TransientPrefix = "Neo.TransientError.";
    public const string ClientPrefix = "Neo.ClientError.";
    public const string DatabasePrefix = "Neo.DatabaseError.";
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";

    public static Neo4jException Map(HttpStatusCode status, IReadOnlyList<QueryError>? errors, string context)
    {
        var first = errors is { Count: > 0 } ? errors[0] : null;
        var code = first?.Code;
        if (code is null && status == HttpStatusCode.Unauthorized)
        {
            code = Unauthorized;
        }

        var detail = first?.Message is { Length: > 0 } message ? $": {message}" : string.Empty;
        var text = $"Neo4j {context} failed with HTTP {(int)status} {code ?? "(no error code)"}{detail}";
        if (code is null)
        {
            var transient = status is HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;
            return new Neo4jException(transient ? "neo4j_transient" : "neo4j_protocol", text, null, status, transient);
        }

        if (code.StartsWith(TransientPrefix, StringComparison.Ordinal))
        {
            return new Neo4jException("neo4j_transient", text, code, status, isTransient: true);
        }

        if (code == Unauthorized || status == HttpStatusCode.Unauthorized || code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
        {
            return new Neo4jException("neo4j_unauthorized", text, code, status, isTransient: false);
        }

        if (code.StartsWith(DatabasePrefix, StringComparison.Ordinal))
        {
            return new Neo4jException("neo4j_database_error", text, code, status, isTransient: false);
        }

        return new Neo4jException("neo4j_client_error", text, code, status, isTransient: false);
    }
}
