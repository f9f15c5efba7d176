using System.Text;

namespace LinkGraph.Synthetic.World.Prompts;

/// <summary>
/// A reasoning-elicitation template of grammar "a": a fixed choice of phrasing per part (role, core request,
/// slots, constraints). Each render fills the slots afresh; with probability <see cref="_paraphrase"/> a part is
/// reworded, words are swapped for synonyms, constraints are reordered and the role is dropped, so heavily
/// paraphrased instances share few word 3-shingles.
/// </summary>
internal sealed class ExtractionTemplate : IPromptTemplate
{
    private readonly double _paraphrase;
    private readonly string _field;
    private readonly int _role;
    private readonly int _family;
    private readonly int _core;
    private readonly int[] _slotKinds;
    private readonly int[] _slotPhrasing;
    private readonly int[] _constraints;
    private readonly string _header;

    public ExtractionTemplate(Random random, double paraphrase, int slots)
    {
        _paraphrase = Math.Clamp(paraphrase, 0, 1);
        _field = GrammarAWords.Pick(random, GrammarAWords.Fields);
        _role = random.Next(ExtractionClauses.Roles.Length);
        _family = random.Next(ExtractionClauses.Cores.Length);
        _core = random.Next(ExtractionClauses.Cores[_family].Length);
        var count = Math.Clamp(slots, 1, 6);
        _slotKinds = new int[count];
        _slotPhrasing = new int[count];
        for (var i = 0; i < count; i++)
        {
            // The question comes first; the rubric family always carries a rubric slot when there is room.
            _slotKinds[i] = i == 0 ? 0 : i == 1 && _family == 1 ? 2 : i;
            _slotPhrasing[i] = random.Next(ExtractionClauses.Slots[_slotKinds[i]].Length);
        }

        _constraints = new int[random.Next(1, 4)];
        for (var i = 0; i < _constraints.Length; i++)
        {
            _constraints[i] = random.Next(ExtractionClauses.Constraints.Length);
        }

        _header = random.NextDouble() < 0.4 ? GrammarAWords.Header(random) : "";
    }

    public string Render(Random random)
    {
        var parts = new List<string>(12);
        if (_header.Length > 0 && !Reword(random))
        {
            parts.Add(_header);
        }

        if (!(Reword(random) && random.NextDouble() < 0.5))
        {
            parts.Add(Pick(random, ExtractionClauses.Roles, _role));
        }

        var core = Pick(random, ExtractionClauses.Cores[_family], _core);
        var slots = new List<string>(_slotKinds.Length);
        for (var i = 0; i < _slotKinds.Length; i++)
        {
            slots.Add(Pick(random, ExtractionClauses.Slots[_slotKinds[i]], _slotPhrasing[i]));
        }

        // Heavy paraphrase also moves the request after the material.
        if (Reword(random))
        {
            parts.AddRange(slots);
            parts.Add(core);
        }
        else
        {
            parts.Add(core);
            parts.AddRange(slots);
        }

        var constraints = _constraints.Select(c => Pick(random, ExtractionClauses.Constraints, c)).ToList();
        if (Reword(random))
        {
            GrammarAWords.Shuffle(random, constraints);
        }

        parts.AddRange(constraints);
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            if (text.Length > 0)
            {
                text.Append(random.NextDouble() < 0.5 ? ' ' : '\n');
            }

            text.Append(Fill(random, Synonymise(random, part)));
        }

        return text.ToString();
    }

    private bool Reword(Random random) => random.NextDouble() < _paraphrase;

    private string Pick(Random random, string[] variants, int fixedChoice) =>
        Reword(random) ? variants[random.Next(variants.Length)] : variants[fixedChoice];

    private string Synonymise(Random random, string clause)
    {
        if (_paraphrase <= 0)
        {
            return clause;
        }

        var words = clause.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (ExtractionClauses.Synonyms.TryGetValue(words[i], out var options) && random.NextDouble() < _paraphrase * 0.7)
            {
                words[i] = options[random.Next(options.Length)];
            }
        }

        return string.Join(' ', words);
    }

    private string Fill(Random random, string clause)
    {
        if (!clause.Contains('{', StringComparison.Ordinal))
        {
            return clause;
        }

        // Content is generated only for the markers present (a clause has one or two).
        clause = Replace(clause, "{F}", _ => _field, random);
        clause = Replace(clause, "{Q}", GrammarAWords.Question, random);
        clause = Replace(clause, "{A}", GrammarAWords.Answer, random);
        clause = Replace(clause, "{R}", GrammarAWords.Rubric, random);
        clause = Replace(clause, "{C}", GrammarAWords.Sentence, random);
        clause = Replace(clause, "{E}", GrammarAWords.Sentence, random);
        return Replace(clause, "{N}", GrammarAWords.Sentence, random);
    }

    private static string Replace(string clause, string marker, Func<Random, string> content, Random random) =>
        clause.Contains(marker, StringComparison.Ordinal) ? clause.Replace(marker, content(random), StringComparison.Ordinal) : clause;
}
