using System.Text.Json.Nodes;

namespace LinkGraph.Neo4j.Tests.Fakes;

/// <summary>One request the fake Query API received.</summary>
public sealed record RecordedRequest(string Method, string Path, string Body, string? Authorization, string? Affinity, string? ContentType, long ContentLength)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    public string? Statement => Json?["statement"]?.GetValue<string>();

    public JsonNode? Parameters => Json?["parameters"];
}
