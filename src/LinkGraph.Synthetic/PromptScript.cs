using System.Text;

namespace LinkGraph.Synthetic;

/// <summary>
/// One campaign's prompt script: a few templates from a family, the operator's favourite wording of each,
/// how much it is paraphrased, and the slice of the question bank it harvests.
/// </summary>
public sealed class PromptScript
{
    private readonly PhraseTemplate[] _templates;
    private readonly int[][] _favourites;
    private readonly string[] _questions;
    private readonly double _paraphrase;
    private readonly StringBuilder _text = new(256);

    public PromptScript(PhraseTemplate[] family, int templates, double paraphrase, SyntheticRandom random)
    {
        var order = Enumerable.Range(0, family.Length).ToArray();
        random.Shuffle(order);
        _templates = [.. order.Take(Math.Min(templates, family.Length)).Select(i => family[i])];
        _favourites = [.. _templates.Select(t => t.PickFavourites(random))];
        var bank = PromptVocabulary.Questions.Concat(PromptVocabulary.Subjects.Select(s => s + "; what is the answer")).ToArray();
        random.Shuffle(bank);
        _questions = bank[..random.Between(bank.Length / 3, bank.Length)];
        _paraphrase = paraphrase;
    }

    public int TemplateCount => _templates.Length;

    /// <summary>A prompt from this script; <paramref name="templateIndex"/> selects one of its templates.</summary>
    public string Next(SyntheticRandom random, int templateIndex)
    {
        _text.Clear();
        var question = SlotFiller.Fill(random.Pick(_questions), random);
        _templates[templateIndex].Render(_text, random, _favourites[templateIndex], _paraphrase, question);
        if (random.Chance(_paraphrase * 0.5))
        {
            if (char.IsLetterOrDigit(_text[^1]))
            {
                _text.Append(random.Chance(0.5) ? '.' : '?');
            }

            _text.Append(random.Pick(Suffixes));
        }

        return _text.ToString();
    }

    private static readonly string[] Suffixes = [" Be thorough.", " Don't skip anything.", " Answer in English.", " Thanks.", " Be precise."];
}
