using System.Text.Json.Serialization;

namespace LinkGraph.Neo4j.Contracts;

/// <summary>The <c>transaction</c> object of an explicit-transaction response; absent once the transaction is closed.</summary>
public sealed record TransactionInfo(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("expires")] DateTimeOffset? Expires);
