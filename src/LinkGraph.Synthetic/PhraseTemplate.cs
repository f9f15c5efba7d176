using System.Globalization;
using System.Text;

namespace LinkGraph.Synthetic;

/// <summary>
/// A prompt template with paraphrase alternatives and slots: <c>"{Explain|Describe} your reasoning for: $Q"</c>.
/// <c>{a|b|c}</c> is a choice, <c>$Q</c> the question slot, <c>$N</c> an item number. A campaign's script uses
/// its own favourite wording; paraphrase replaces a choice by another with a given probability, so prompts
/// of one template are near-duplicates, not exact copies.
/// </summary>
public sealed class PhraseTemplate
{
    private readonly string[][] _parts;

    public PhraseTemplate(string pattern)
    {
        var parts = new List<string[]>();
        var literal = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '{')
            {
                var close = pattern.IndexOf('}', i);
                Flush(parts, literal);
                parts.Add(pattern[(i + 1)..close].Split('|'));
                i = close;
            }
            else
            {
                literal.Append(c);
            }
        }

        Flush(parts, literal);
        _parts = [.. parts];
    }

    public int ChoiceCount => _parts.Length;

    /// <summary>A favourite alternative for every choice: one operator's wording of this template.</summary>
    public int[] PickFavourites(SyntheticRandom random)
    {
        var favourites = new int[_parts.Length];
        for (var i = 0; i < _parts.Length; i++)
        {
            favourites[i] = random.Next(_parts[i].Length);
        }

        return favourites;
    }

    public void Render(StringBuilder output, SyntheticRandom random, int[]? favourites, double paraphrase, string question)
    {
        for (var i = 0; i < _parts.Length; i++)
        {
            var choices = _parts[i];
            var pick = favourites is null || random.Chance(paraphrase) ? random.Next(choices.Length) : favourites[i];
            AppendExpanded(output, choices[pick], random, question);
        }
    }

    private static void AppendExpanded(StringBuilder output, string text, SyntheticRandom random, string question)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '$' && i + 1 < text.Length && text[i + 1] == 'Q')
            {
                output.Append(question);
                i++;
            }
            else if (text[i] == '$' && i + 1 < text.Length && text[i + 1] == 'N')
            {
                output.Append(random.Between(1, 99_999).ToString(CultureInfo.InvariantCulture));
                i++;
            }
            else
            {
                output.Append(text[i]);
            }
        }
    }

    private static void Flush(List<string[]> parts, StringBuilder literal)
    {
        if (literal.Length > 0)
        {
            parts.Add([literal.ToString()]);
            literal.Clear();
        }
    }
}
