using System.Collections.Frozen;
using System.Reflection;

namespace LinkGraph.Neo4j;

/// <summary>
/// The Cypher files of <c>cypher/</c>, embedded in this assembly. Every statement the adapter sends comes from
/// here and carries its values in parameters: no Cypher is assembled from values.
/// </summary>
/// <remarks>
/// A file holds one statement, or several separated by a <c>;</c> at the end of a line (the schema file); the
/// linter (<c>cypher/lint.mjs</c>) splits by the same rule, so what is linted is exactly what is sent.
/// </remarks>
public static class CypherCatalog
{
    private const string Prefix = "cypher/";
    private const string Extension = ".cypher";

    private static readonly FrozenDictionary<string, IReadOnlyList<string>> Files = Load();

    /// <summary>File names without extension, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Files.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The single statement of a file such as <c>010_upsert_accounts</c>.</summary>
    public static string Get(string name)
    {
        var statements = GetAll(name);
        if (statements.Count != 1)
        {
            throw new InvalidOperationException($"Cypher file '{name}' holds {statements.Count} statements; expected exactly one.");
        }

        return statements[0];
    }

    /// <summary>Every statement of a file, in order.</summary>
    public static IReadOnlyList<string> GetAll(string name) =>
        Files.TryGetValue(name, out var statements)
            ? statements
            : throw new KeyNotFoundException($"No Cypher file '{name}{Extension}' is embedded; known: {string.Join(", ", Names)}.");

    /// <summary>Splits at a <c>;</c> ending a line; the <c>;</c> itself is dropped, comment lines are kept.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var statements = new List<string>();
        var current = new List<string>();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (current.Count == 0 && line.Trim().Length == 0)
            {
                continue;
            }

            var trimmed = line.TrimEnd();
            if (trimmed.EndsWith(';'))
            {
                current.Add(trimmed[..^1]);
                statements.Add(string.Join('\n', current));
                current.Clear();
            }
            else
            {
                current.Add(line);
            }
        }

        if (current.Exists(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("//", StringComparison.Ordinal)))
        {
            throw new FormatException("A Cypher statement does not end with ';' at the end of a line.");
        }

        return statements;
    }

    private static FrozenDictionary<string, IReadOnlyList<string>> Load()
    {
        var assembly = typeof(CypherCatalog).Assembly;
        var files = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(Extension, StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[Prefix.Length..^Extension.Length];
            files[name] = Split(Read(assembly, resource));
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource '{resource}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
