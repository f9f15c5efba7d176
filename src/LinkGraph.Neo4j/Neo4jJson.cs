using System.Text.Json;
using System.Text.Json.Serialization;

namespace LinkGraph.Neo4j;

/// <summary>JSON settings of the Query API wire: camelCase row fields, nulls written (a null clears a property).</summary>
internal static class Neo4jJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.Strict,
        WriteIndented = false,
    };
}
