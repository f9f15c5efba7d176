namespace LinkGraph.Synthetic.World.Prompts;

/// <summary>
/// A course assignment: its text is fixed when the class gets it; each student pastes all or part of it and wraps it
/// in their own words, typed their own way.
/// </summary>
internal sealed class GrammarBAssignmentTemplate : IPromptTemplate
{
    private static readonly string[] Subjects = ["cs", "math", "bio", "hist", "econ", "phys", "engl", "psych"];

    private readonly GrammarBRules _rules;
    private readonly string _header;
    private readonly string[] _sentences;

    private GrammarBAssignmentTemplate(GrammarBRules rules, string header, string[] sentences)
    {
        _rules = rules;
        _header = header;
        _sentences = sentences;
    }

    public static GrammarBAssignmentTemplate Create(GrammarBRules rules, Random random)
    {
        // The course code in the header names the subject of the task.
        var subject = Subjects[random.Next(Subjects.Length)];
        var header = rules.Expand("c.intro", random).Replace("{code}", rules.Expand("c.code." + subject, random), StringComparison.Ordinal);
        var task = rules.Expand("c." + subject, random);
        var sentences = task.Split(". ", StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.EndsWith('.') || s.EndsWith('?') ? s : s + ".")
            .ToArray();
        return new GrammarBAssignmentTemplate(rules, header, sentences);
    }

    public string Render(Random random)
    {
        // Each student types differently; the habit is drawn from the caller's random, not from a new one.
        var surface = GrammarBSurface.ForKey((ulong)random.NextInt64() | 1);
        var pasted = random.NextDouble() switch
        {
            < 0.55 => _header + "\n" + string.Join(' ', _sentences),
            < 0.8 => string.Join(' ', _sentences),
            _ => Excerpt(random),
        };

        var pre = surface.Apply(_rules.Expand("c.pre", random), random);
        var post = surface.Apply(_rules.Expand("c.post", random), random);
        if (pre.Length == 0 && post.Length == 0 && random.NextDouble() < 0.5)
        {
            post = surface.Apply(_rules.Expand("tail", random), random);
        }

        var parts = new List<string>(3);
        if (pre.Length > 0)
        {
            parts.Add(pre);
        }

        parts.Add(pasted);
        if (post.Length > 0)
        {
            parts.Add(post);
        }

        return string.Join(random.NextDouble() < 0.6 ? "\n\n" : " ", parts);
    }

    /// <summary>Students stuck on one part paste only that part.</summary>
    private string Excerpt(Random random)
    {
        var start = random.Next(_sentences.Length);
        var length = 1 + random.Next(Math.Min(3, _sentences.Length - start));
        return string.Join(' ', _sentences, start, length);
    }
}
