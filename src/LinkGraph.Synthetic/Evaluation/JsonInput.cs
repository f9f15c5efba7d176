using System.Text.Json;
using LinkGraph.Core.Errors;

namespace LinkGraph.Synthetic.Evaluation;

/// <summary>Shared JSON reading for evaluation inputs: syntax and type errors become one clear input error.</summary>
internal static class JsonInput
{
    public static T? Deserialize<T>(Stream stream, string source)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(stream);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, byte {ex.BytePositionInLine + 1}" : string.Empty;
            var path = string.IsNullOrEmpty(ex.Path) ? string.Empty : $" ({ex.Path})";
            var reason = ex.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];
            throw new LinkGraphException("invalid_input", $"{source} is not valid JSON{where}{path}: {reason}", ex);
        }
    }

    public static LinkGraphException Invalid(string source, string reason) => new("invalid_input", $"{source}: {reason}");
}
