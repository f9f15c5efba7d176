namespace LinkGraph.Synthetic.World.Prompts;

/// <summary>
/// Prompt grammar "a": English prompts built from phrase pools (see <see cref="ExtractionClauses"/> and
/// <see cref="GrammarAWords"/>). Stateless; all variety comes from the <see cref="Random"/> passed in.
/// </summary>
public sealed class GrammarA : IPromptGrammar
{
    private static readonly string[] ViralSubjects = GrammarAWords.Split("my-cat|my-dog|me-as-a-baby|my-city|my-job|my-ex|this-meme|my-houseplant|my-desk|our-team", '|');

    private static readonly string[] ViralStyles = GrammarAWords.Split("a-1990s-anime-still|a-renaissance-oil-painting|a-pirate-sea-shanty|a-tv-infomercial|a-haiku-sequence|a-corporate-press-release|a-shakespearean-sonnet|an-action-figure-box", '|');

    public string Name => "a";

    public IPromptTemplate ExtractionTemplate(Random random, double paraphrase, int slots)
    {
        ArgumentNullException.ThrowIfNull(random);
        return new ExtractionTemplate(random, paraphrase, slots);
    }

    public IPromptTemplate AutomationTemplate(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return new AutomationTemplate(random);
    }

    public IPromptTemplate AssignmentTemplate(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return new AssignmentTemplate(random);
    }

    public string OrdinaryPrompt(Random random, int topic)
    {
        ArgumentNullException.ThrowIfNull(random);
        return OrdinaryPrompts.Render(random, topic);
    }

    public string ViralPrompt(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var subject = GrammarAWords.Pick(random, ViralSubjects).Replace('-', ' ');
        var style = GrammarAWords.Pick(random, ViralStyles).Replace('-', ' ');
        return random.Next(3) switch
        {
            0 => $"Turn {subject} into {style}",
            1 => $"Describe {subject} as if it were {style}.",
            _ => $"Rewrite the story of {subject} in the style of {style}",
        };
    }
}
