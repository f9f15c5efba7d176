namespace LinkGraph.Synthetic.World.Prompts;

/// <summary>A source of prompt text; the generator picks one grammar per seed (or as told).</summary>
public interface IPromptGrammar
{
    string Name { get; }

    /// <summary>A reasoning-elicitation template of a campaign's playbook. <paramref name="paraphrase"/> in [0, 1]: 0 keeps the skeleton's words fixed, 1 rewords heavily; <paramref name="slots"/> (1–6) places filled with a different question or content per instance.</summary>
    IPromptTemplate ExtractionTemplate(Random random, double paraphrase, int slots);

    /// <summary>A template of an honest batch pipeline (a company's or power user's automation): fixed wording, varying payload.</summary>
    IPromptTemplate AutomationTemplate(Random random);

    /// <summary>A course assignment shared by a class: students paste its text with their own additions.</summary>
    IPromptTemplate AssignmentTemplate(Random random);

    /// <summary>One ordinary prompt of a person whose interests are <paramref name="topic"/> (any int; the same topic gives related prompts).</summary>
    string OrdinaryPrompt(Random random, int topic);

    /// <summary>A viral prompt: one text that thousands send unchanged (a few variants at most).</summary>
    string ViralPrompt(Random random);
}

/// <summary>One template; each call renders a new instance.</summary>
public interface IPromptTemplate
{
    string Render(Random random);
}
