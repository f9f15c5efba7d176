using System.Globalization;
using System.Text;

namespace LinkGraph.Synthetic.World.Prompts;

/// <summary>
/// One playbook template: a skeleton fixed at creation (family, wording of each instruction, slot labels, layout)
/// rendered with fresh slot content and, with probability about <c>paraphrase</c> per phrase, other wording.
/// </summary>
internal sealed class GrammarBExtractionTemplate : IPromptTemplate
{
    private const int BankSize = 3;

    private readonly GrammarBRules _rules;
    private readonly double _paraphrase;
    private readonly Part[] _parts;
    private readonly string _separator;

    private GrammarBExtractionTemplate(GrammarBRules rules, double paraphrase, Part[] parts, string separator)
    {
        _rules = rules;
        _paraphrase = paraphrase;
        _parts = parts;
        _separator = separator;
    }

    public static GrammarBExtractionTemplate Create(GrammarBRules rules, Random random, double paraphrase, int slots)
    {
        paraphrase = double.IsNaN(paraphrase) ? 0 : Math.Clamp(paraphrase, 0, 1);
        slots = Math.Clamp(slots, 1, 6);
        var family = GrammarBSkeletons.Families[random.Next(GrammarBSkeletons.Families.Length)];

        var labelStyle = GrammarBSkeletons.LabelStyles[random.Next(GrammarBSkeletons.LabelStyles.Length)];
        var upperLabels = random.NextDouble() < 0.3;
        var multipartStyle = random.Next(4);
        var slotParts = new List<Part>(slots);
        var used = family.Slots.Take(slots).ToArray();
        var labelOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < used.Length; i++)
        {
            var symbol = used[i];
            string label;
            if (family.Name == "multipart")
            {
                label = multipartStyle switch
                {
                    0 => $"Part {i + 1}",
                    1 => $"({(char)('a' + i)})",
                    2 => $"Q{i + 1}",
                    _ => $"Sub-question {i + 1}",
                };
            }
            else
            {
                if (!labelOf.TryGetValue(symbol, out var word))
                {
                    var words = GrammarBSkeletons.SlotLabels[symbol];
                    word = words[random.Next(words.Length)];
                    labelOf[symbol] = word;
                }

                // A kind used twice (two responses to compare) is numbered.
                var count = used.Count(s => s == symbol);
                label = count > 1 ? $"{word} {used.Take(i + 1).Count(s => s == symbol)}" : word;
            }

            label = string.Format(CultureInfo.InvariantCulture, labelStyle, upperLabels ? label.ToUpperInvariant() : label);
            slotParts.Add(Part.Slot(label, symbol));
        }

        var instructions = new List<Part>(3);
        for (var g = 0; g < family.Groups.Length; g++)
        {
            var group = family.Groups[g];
            instructions.Add(Part.Phrase(Bank(group, random), 0, movable: false, droppable: g > 0));
        }

        var modifierCount = 1 + random.Next(3);
        var modifierOrder = Enumerable.Range(0, GrammarBSkeletons.Modifiers.Length).ToArray();
        random.Shuffle(modifierOrder);
        var modifiers = modifierOrder.Take(modifierCount)
            .Select(m => Part.Phrase(Bank(GrammarBSkeletons.Modifiers[m], random), 0, movable: true, droppable: true))
            .ToList();

        var parts = new List<Part>(12);
        if (random.NextDouble() < 0.65)
        {
            var intro = GrammarBSkeletons.Intros[random.Next(GrammarBSkeletons.Intros.Length)];
            parts.Add(Part.Phrase(Bank(intro, random), 0, movable: false, droppable: true));
        }

        // Some operators lead with the instruction, others paste the material first.
        if (family.Name == "multipart" || random.NextDouble() < 0.6)
        {
            parts.AddRange(instructions.Take(2));
            parts.AddRange(slotParts);
            parts.AddRange(instructions.Skip(2));
        }
        else
        {
            parts.AddRange(slotParts);
            parts.AddRange(instructions);
        }

        parts.AddRange(modifiers);
        if (random.NextDouble() < 0.5)
        {
            var closings = GrammarBSkeletons.Closings;
            parts.Add(Part.Phrase([closings[random.Next(closings.Length)]], 0, movable: false, droppable: true));
        }

        var separator = random.Next(3) switch
        {
            0 => " ",
            1 => "\n",
            _ => "\n\n",
        };
        return new GrammarBExtractionTemplate(rules, paraphrase, parts.ToArray(), separator);
    }

    public string Render(Random random)
    {
        var p = _paraphrase;

        // Rewording proper (another wording per phrase) scales with p from 0; reordering, fillers, dropped
        // demands and synonym swaps join only at high paraphrase, as a rewriting tool or a second operator would.
        var heavy = p >= 0.5;
        var order = new Part[_parts.Length];
        Array.Copy(_parts, order, _parts.Length);
        if (heavy && random.NextDouble() < p)
        {
            ShuffleMovable(order, random);
        }

        var sb = new StringBuilder(512);
        foreach (var part in order)
        {
            string text;
            if (part.IsSlot)
            {
                text = part.Label + " " + _rules.Expand(part.Symbol, random);
            }
            else
            {
                if (heavy && part.Droppable && random.NextDouble() < 0.12 * p)
                {
                    continue;
                }

                var alts = part.Alternatives;
                text = p > 0 && random.NextDouble() < p ? alts[random.Next(alts.Length)] : alts[part.Canonical];
                if (heavy)
                {
                    text = SwapSynonyms(text, random, 0.2 * p);
                    if (alts.Length > 1 && random.NextDouble() < 0.2 * p)
                    {
                        text = WithFiller(text, GrammarBSkeletons.Fillers[random.Next(GrammarBSkeletons.Fillers.Length)]);
                    }
                }
            }

            if (sb.Length > 0)
            {
                sb.Append(_separator);
            }

            sb.Append(text);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The wordings one template rewords among: its own wording first, then a few others. A playbook's rewriter has
    /// a limited repertoire, so instances drift apart without every template using every wording.
    /// </summary>
    private static string[] Bank(string[] group, Random random)
    {
        var order = Enumerable.Range(0, group.Length).ToArray();
        random.Shuffle(order);
        return order.Take(Math.Min(BankSize, group.Length)).Select(i => group[i]).ToArray();
    }

    private static void ShuffleMovable(Part[] parts, Random random)
    {
        var positions = new List<int>();
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Movable)
            {
                positions.Add(i);
            }
        }

        // Movable demands may also trade places with the last instruction, which reorders clauses visibly.
        var lastInstruction = Array.FindLastIndex(parts, x => !x.IsSlot && !x.Movable && x.Alternatives.Length > 1);
        if (lastInstruction >= 0 && random.NextDouble() < 0.5)
        {
            positions.Add(lastInstruction);
        }

        var moved = positions.Select(i => parts[i]).ToArray();
        random.Shuffle(moved);
        for (var k = 0; k < positions.Count; k++)
        {
            parts[positions[k]] = moved[k];
        }
    }

    private static string SwapSynonyms(string text, Random random, double rate)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var end = word.Length;
            while (end > 0 && !char.IsLetter(word[end - 1]))
            {
                end--;
            }

            if (end == 0)
            {
                continue;
            }

            var core = word[..end];
            var lower = core.ToLowerInvariant();
            if (GrammarBSkeletons.Synonyms.TryGetValue(lower, out var options) && random.NextDouble() < rate)
            {
                var swap = options[random.Next(options.Length)];
                if (char.IsUpper(core[0]))
                {
                    swap = char.ToUpperInvariant(swap[0]) + swap[1..];
                }

                words[i] = swap + word[end..];
            }
        }

        return string.Join(' ', words);
    }

    private static string WithFiller(string text, string filler)
    {
        // "Also, read this" but keep "I" and acronyms capitalised.
        if (filler.EndsWith(',') && text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) && !text.StartsWith("I ", StringComparison.Ordinal) && !text.StartsWith("I'", StringComparison.Ordinal))
        {
            text = char.ToLowerInvariant(text[0]) + text[1..];
        }

        return filler + " " + text;
    }

    private readonly record struct Part(bool IsSlot, string[] Alternatives, int Canonical, bool Movable, bool Droppable, string Label, string Symbol)
    {
        public static Part Phrase(string[] alternatives, int canonical, bool movable, bool droppable) =>
            new(false, alternatives, canonical, movable, droppable, string.Empty, string.Empty);

        public static Part Slot(string label, string symbol) => new(true, [], 0, false, false, label, symbol);
    }
}
