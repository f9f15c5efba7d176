using LinkGraph.Core.Hashing;
using LinkGraph.Core.Signals;

namespace LinkGraph.Neo4j.Graph;

/// <summary>How an identifier kind appears in the graph: its kind token, its label, its upsert file and its node key.</summary>
public static class IdentifierNodes
{
    /// <summary>Stable kind token stored as <c>kind</c> and used as the key prefix.</summary>
    public static string Token(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Payment => "payment",
        IdentifierKind.Ip => "ip",
        IdentifierKind.IpPrefix => "ip_prefix",
        IdentifierKind.Device => "device",
        IdentifierKind.PromptExact => "prompt_exact",
        IdentifierKind.PromptTemplate => "prompt_template",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown identifier kind."),
    };

    /// <summary>The node label besides <c>:Identifier</c>; both prompt kinds are <c>:PromptTemplate</c>, told apart by <c>kind</c>.</summary>
    public static string Label(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Payment => "Payment",
        IdentifierKind.Ip => "Ip",
        IdentifierKind.IpPrefix => "IpPrefix",
        IdentifierKind.Device => "Device",
        IdentifierKind.PromptExact or IdentifierKind.PromptTemplate => "PromptTemplate",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown identifier kind."),
    };

    public static string UpsertFile(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Payment => CypherFiles.UpsertPayments,
        IdentifierKind.Ip => CypherFiles.UpsertIps,
        IdentifierKind.IpPrefix => CypherFiles.UpsertIpPrefixes,
        IdentifierKind.Device => CypherFiles.UpsertDevices,
        IdentifierKind.PromptExact or IdentifierKind.PromptTemplate => CypherFiles.UpsertPromptTemplates,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown identifier kind."),
    };

    /// <summary>
    /// The node key: kind token + ':' + XXH64 of token and value. Stable across runs, stores and machines, so a
    /// re-sync or a later import meets the same node; short, whatever the value's length.
    /// </summary>
    public static string Key(IdentifierKind kind, string value)
    {
        var token = Token(kind);
        return token + ":" + XxHash64.HashHex(token + "\n" + value);
    }

    public static IdentifierRow Row(IdentifierKind kind, string value) => new(Key(kind, value), value, Token(kind));
}
