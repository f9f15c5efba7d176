using System.Text.Json;

namespace LinkGraph.Core.Rings;

/// <summary>Reads and writes the rings document of CONTRACT §2 with one set of serializer options.</summary>
public static class RingsJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        // Scores are rounded where they are computed; write them as they are, without culture.
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
    };

    public static void Write(Stream stream, RingsDocument document)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(document);
        JsonSerializer.Serialize(stream, document, Options);
    }

    public static string Serialize(RingsDocument document) => JsonSerializer.Serialize(document, Options);
}
