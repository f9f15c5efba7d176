namespace LinkGraph.Synthetic.World.Prompts;

/// <summary>
/// Prompt grammar "b": a probabilistic context-free grammar over a hand-written lexicon for ordinary prompts and
/// template payloads, plus phrase-level skeletons for reasoning-elicitation playbooks. All randomness comes from the
/// <see cref="Random"/> passed in; the grammar itself is immutable and shared.
/// </summary>
public sealed class GrammarB : IPromptGrammar
{
    private static readonly GrammarBRules Rules = new(
        GrammarBLexicon.Shared,
        GrammarBLexicon.Ordinary,
        GrammarBContentLexicon.Extraction,
        GrammarBContentLexicon.Automation,
        GrammarBContentLexicon.Course);

    /// <summary>Trends: a few texts, the first far more popular than the rest.</summary>
    private static readonly string[] ViralTexts =
    [
        "Based on everything you know about me, describe what my life will look like in ten years.",
        "Roast me based on what you know about me. Don't hold back.",
        "Turn me into an action figure in a blister pack, with accessories that match my hobbies.",
        "How many r's are in the word strawberry?",
        "Tell me something about myself that I might not know.",
        "What is the most embarrassing thing I've ever asked you?",
        "Draw a comic strip about how you feel about our conversations.",
        "If you were human for a day, what would you do first?",
        "Write a breakup letter from my phone to me.",
    ];

    private static readonly int[] ViralWeights = [30, 22, 16, 10, 8, 6, 4, 2, 2];

    /// <summary>The parsed rules, for tests that walk every symbol.</summary>
    internal static GrammarBRules SharedRules => Rules;

    public string Name => "b";

    public IPromptTemplate ExtractionTemplate(Random random, double paraphrase, int slots)
    {
        ArgumentNullException.ThrowIfNull(random);
        return GrammarBExtractionTemplate.Create(Rules, random, paraphrase, slots);
    }

    public IPromptTemplate AutomationTemplate(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return GrammarBAutomationTemplate.Create(Rules, random);
    }

    public IPromptTemplate AssignmentTemplate(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return GrammarBAssignmentTemplate.Create(Rules, random);
    }

    public string OrdinaryPrompt(Random random, int topic)
    {
        ArgumentNullException.ThrowIfNull(random);
        var person = GrammarBPersona.ForTopic(topic);
        if (random.NextDouble() < person.Chat)
        {
            return person.Surface.Apply(Rules.Expand("chat", random, person.Key), random);
        }

        var domain = person.PickDomain(random);
        var text = Rules.Expand("d." + domain, random, person.Key);
        if (random.NextDouble() < person.Follow)
        {
            // A second question in the same breath, usually on the same subject.
            var joiner = text[^1] is '?' or '.' or '!' ? " also " : random.NextDouble() < 0.5 ? " also " : ". and ";
            text += joiner + Rules.Expand("d." + domain, random, person.Key);
        }

        if (random.NextDouble() < person.Lead)
        {
            text = Rules.Expand("lead", random) + " " + text;
        }

        if (random.NextDouble() < person.Tail)
        {
            text = EndSentence(text) + " " + Rules.Expand("tail", random);
        }

        return person.Surface.Apply(text, random);
    }

    public string ViralPrompt(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var pick = random.Next(ViralWeights.Sum());
        var index = 0;
        while (pick >= ViralWeights[index])
        {
            pick -= ViralWeights[index];
            index++;
        }

        var text = ViralTexts[index];

        // Copies are exact; now and then someone lowercases it or drops the last mark, and that is all.
        return random.Next(100) switch
        {
            < 92 => text,
            < 95 => text.ToLowerInvariant(),
            < 98 => text[..^1],
            _ => text + " 😂",
        };
    }

    private static string EndSentence(string text) =>
        text.Length == 0 || text[^1] is '.' or '?' or '!' or ':' or '`' or '"' ? text : text + ".";
}
