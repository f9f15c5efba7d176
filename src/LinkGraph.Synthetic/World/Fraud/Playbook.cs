using LinkGraph.Synthetic.World.Prompts;

namespace LinkGraph.Synthetic.World.Fraud;

/// <summary>
/// A campaign's prompts: 2–8 reasoning-elicitation templates (paraphrase strength and slot count drawn per
/// campaign), a share of ordinary cover prompts, and optionally a pivot: from some moment on, part of the
/// traffic moves to a new set of templates (a new target model).
/// </summary>
internal sealed class Playbook
{
    private readonly IPromptTemplate[] _templates;
    private readonly IPromptTemplate[] _pivotTemplates;
    private readonly IPromptGrammar _grammar;
    private readonly int _topic;

    public Playbook(Random random, IPromptGrammar grammar, int minTemplates, int maxTemplates, double minParaphrase, double maxParaphrase, double maxCover, long pivotCandidateMs)
    {
        _grammar = grammar;
        _topic = random.Next();
        Paraphrase = WorldParameters.Uniform(random, minParaphrase, maxParaphrase);
        Slots = random.Next(1, 7);
        _templates = [.. Enumerable.Range(0, random.Next(minTemplates, maxTemplates + 1)).Select(_ => grammar.ExtractionTemplate(random, Paraphrase, Slots))];
        CoverShare = random.NextDouble() < 0.3 ? 0 : WorldParameters.Uniform(random, 0, maxCover);
        SharedCover = random.NextDouble() < 0.5 ? 0 : WorldParameters.Uniform(random, 0, 0.6);
        if (random.NextDouble() < 0.4)
        {
            PivotMs = random.NextDouble() < 0.6 ? pivotCandidateMs + random.Next(0, 86_400_000) : long.MinValue;
            PivotShare = WorldParameters.Uniform(random, 0.2, 0.7);
            _pivotTemplates = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => grammar.ExtractionTemplate(random, Paraphrase, Slots))];
        }
        else
        {
            PivotMs = long.MaxValue;
            _pivotTemplates = [];
        }
    }

    public double Paraphrase { get; }

    public int Slots { get; }

    public double CoverShare { get; }

    /// <summary>Share of cover prompts on the campaign's own topic rather than the account's.</summary>
    public double SharedCover { get; }

    public long PivotMs { get; set; }

    public double PivotShare { get; }

    public int Templates => _templates.Length;

    public string Prompt(Random random, long atMs, int accountTopic)
    {
        if (random.NextDouble() < CoverShare)
        {
            // Some operators keep one list of cover topics for the whole campaign, others vary them per account.
            return _grammar.OrdinaryPrompt(random, random.NextDouble() < SharedCover ? _topic : accountTopic);
        }

        if (atMs >= PivotMs && _pivotTemplates.Length > 0 && random.NextDouble() < PivotShare)
        {
            return _pivotTemplates[random.Next(_pivotTemplates.Length)].Render(random);
        }

        return _templates[random.Next(_templates.Length)].Render(random);
    }
}
