namespace LinkGraph.Synthetic.World.Prompts;

/// <summary>
/// The prompt grammars by name, in one place: a new grammar is one line in <see cref="Factories"/>. The default
/// alternates with the seed (even seeds "a", odd seeds "b") so that a detector tuned on the tuning seeds meets
/// both kinds of text.
/// </summary>
public static class PromptGrammars
{
    private static readonly SortedDictionary<string, Func<IPromptGrammar>> Factories = new(StringComparer.Ordinal)
    {
        ["a"] = () => new GrammarA(),
        ["b"] = () => new GrammarB(),
    };

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    /// <summary>The grammar called <paramref name="name"/>; throws <see cref="ArgumentException"/> naming the ones there are.</summary>
    public static IPromptGrammar ByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Factories.TryGetValue(name, out var create)
            ? create()
            : throw new ArgumentException($"prompt grammar '{name}' is not available in this build; available: {string.Join(", ", Factories.Keys)}", nameof(name));
    }

    /// <summary>The grammar a seed uses when none is asked for.</summary>
    public static string DefaultFor(ulong seed) => seed % 2 == 1 && Factories.ContainsKey("b") ? "b" : "a";
}
