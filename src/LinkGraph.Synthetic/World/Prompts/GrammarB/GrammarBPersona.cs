namespace LinkGraph.Synthetic.World.Prompts;

/// <summary>
/// What a topic means for a person: a main interest, two side interests, how chatty they are and how they type.
/// Derived from the topic by hashing, so the same topic always yields the same person.
/// </summary>
internal readonly record struct GrammarBPersona(
    ulong Key, string Main, string Second, string Third, double Chat, double Lead, double Tail, double Follow, GrammarBSurface Surface)
{
    public static GrammarBPersona ForTopic(int topic)
    {
        var key = GrammarBHash.Mix((ulong)(uint)topic ^ 0xB5AD4ECEDA1CE2A9UL) | 1;
        var domains = GrammarBLexicon.Domains;
        var n = (ulong)domains.Length;
        var main = GrammarBHash.Mix(key ^ 1) % n;
        var second = GrammarBHash.Mix(key ^ 2) % n;
        var third = GrammarBHash.Mix(key ^ 3) % n;
        return new GrammarBPersona(
            key,
            domains[main],
            domains[second],
            domains[third],
            Chat: 0.01 + (0.12 * GrammarBHash.Unit(key, 21)),
            Lead: 0.4 * GrammarBHash.Unit(key, 22),
            Tail: 0.5 * GrammarBHash.Unit(key, 23),
            Follow: 0.15 * GrammarBHash.Unit(key, 24),
            GrammarBSurface.ForKey(key));
    }

    /// <summary>Mostly the main interest, sometimes a side one, now and then anything at all.</summary>
    public string PickDomain(Random random) => random.NextDouble() switch
    {
        < 0.55 => Main,
        < 0.78 => Second,
        < 0.92 => Third,
        _ => GrammarBLexicon.Domains[random.Next(GrammarBLexicon.Domains.Length)],
    };
}
