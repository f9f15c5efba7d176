using System.Net;
using LinkGraph.Core.Errors;

namespace LinkGraph.Neo4j;

/// <summary>
/// A failure reported by Neo4j (its <c>Neo.*</c> status code in <see cref="Neo4jCode"/>) or on the way to it.
/// <see cref="LinkGraphException.Code"/> is one of <c>neo4j_unauthorized</c>, <c>neo4j_transient</c>,
/// <c>neo4j_client_error</c>, <c>neo4j_database_error</c>, <c>neo4j_unreachable</c>, <c>neo4j_protocol</c>.
/// </summary>
public sealed class Neo4jException : LinkGraphException
{
    public Neo4jException(string code, string message, string? neo4jCode, HttpStatusCode? status, bool isTransient, Exception? innerException = null)
        : base(code, message, innerException)
    {
        Neo4jCode = neo4jCode;
        Status = status;
        IsTransient = isTransient;
    }

    /// <summary>The server's code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>; null when no error body came back.</summary>
    public string? Neo4jCode { get; }

    public HttpStatusCode? Status { get; }

    /// <summary>True when the same request may succeed if sent again (a <c>Neo.TransientError.*</c> or a broken connection).</summary>
    public bool IsTransient { get; }
}
