using System.Globalization;

namespace LinkGraph.Neo4j.Graph;

/// <summary>Times on the wire and in CSV: ISO-8601 in UTC with a 'Z', which both datetime() and neo4j-admin parse.</summary>
public static class GraphTime
{
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    public static string? Format(DateTimeOffset? value) => value is { } v ? Format(v) : null;
}
