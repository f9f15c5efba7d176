namespace LinkGraph.Synthetic;

/// <summary>
/// A prompt fashion that sweeps through ordinary users for a day or two ("turn my photo into an anime
/// character"): thousands of unrelated accounts on one template in a short window — synchrony without a ring.
/// </summary>
public sealed record ViralTrend(PhraseTemplate Template, long Peak, long HalfWidth)
{
    public static readonly PhraseTemplate[] Templates =
    [
        new("{turn|make|transform} {me|my photo|this picture|my dog} into {a studio ghibli|a pixar|an anime|a lego} {character|style portrait|scene}"),
        new("{write|make} a {rap|poem|song|limerick} about {my cat|my boss|mondays|my ex|coffee} in the style of {shakespeare|taylor swift|eminem|dr seuss}"),
        new("{explain|summarize} the {new|latest} {phone launch|election results|solar eclipse|cup final} {news|drama|controversy} {in 3 sentences|like I'm five|in one paragraph}"),
        new("{roast|rate} my {linkedin profile|resume|dating profile|outfit} {honestly|brutally|in one line}"),
        new("{what|which} {harry potter house|pokemon|tarot card|mbti type} {am I|would I be} based on {my last prompts|my vibe|this description}"),
    ];

    public bool IsActiveAt(long at) => Math.Abs(at - Peak) < HalfWidth;

    public string Render(SyntheticRandom random)
    {
        var text = new System.Text.StringBuilder(96);
        Template.Render(text, random, null, 1.0, string.Empty);
        return text.ToString();
    }
}
