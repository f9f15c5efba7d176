using System.Text;

namespace LinkGraph.Synthetic;

/// <summary>
/// Prompts ordinary users type: common one-liners that half the world sends, varied everyday requests,
/// popular reasoning styles typed independently, and (for companies) work prompts built on internal templates.
/// </summary>
public sealed class LegitPrompts
{
    private static readonly ZipfTable CommonRank = new(PromptVocabulary.CommonShort.Length, 1.2);
    private readonly StringBuilder _text = new(256);
    private readonly double _commonShare;
    private readonly double _popularStyleShare;

    public LegitPrompts(double commonShare, double popularStyleShare)
    {
        _commonShare = commonShare;
        _popularStyleShare = popularStyleShare;
    }

    public string Casual(SyntheticRandom random)
    {
        if (random.Chance(_commonShare))
        {
            return PromptVocabulary.CommonShort[CommonRank.Sample(random)];
        }

        _text.Clear();
        if (random.Chance(_popularStyleShare))
        {
            var question = SlotFiller.Fill(random.Pick(PromptVocabulary.Questions), random);
            random.Pick(ExtractionTemplates.PopularStyles).Render(_text, random, null, 1.0, question);
        }
        else
        {
            Everyday(random);
        }

        return Finish(random);
    }

    /// <summary>A student's prompt: homework on a course question (shared by classmates, typed independently).</summary>
    public string Student(SyntheticRandom random, string courseQuestion)
    {
        if (!random.Chance(0.35))
        {
            return Casual(random);
        }

        _text.Clear();
        random.Pick(ExtractionTemplates.PopularStyles).Render(_text, random, null, 1.0, SlotFiller.Fill(courseQuestion, random));
        return Finish(random);
    }

    /// <summary>A work prompt: a company's internal templates on its own projects, otherwise everyday requests.</summary>
    public string Work(SyntheticRandom random, CompanyTheme theme)
    {
        if (!random.Chance(theme.TemplateShare))
        {
            return Casual(random);
        }

        _text.Clear();
        var template = random.Next(4);
        switch (template)
        {
            case 0:
                _text.Append("Summarize this ").Append(theme.Area).Append(" ticket for the ").Append(theme.Project).Append(" team: ");
                Words(random, 8, 25);
                break;
            case 1:
                _text.Append("Review this ").Append(theme.Language).Append(" code from ").Append(theme.Project).Append(" and list the bugs: ");
                Words(random, 10, 30);
                break;
            case 2:
                _text.Append("Draft a reply to a customer about the ").Append(theme.Area).Append(": ");
                Words(random, 6, 18);
                break;
            default:
                _text.Append("Turn these ").Append(theme.Project).Append(" meeting notes into action items: ");
                Words(random, 10, 30);
                break;
        }

        return Finish(random);
    }

    private void Everyday(SyntheticRandom random)
    {
        switch (random.Next(10))
        {
            case 0:
                _text.Append("how do I ").Append(random.Pick(PromptVocabulary.Tasks));
                break;
            case 1:
                _text.Append("write a ").Append(random.Pick(PromptVocabulary.Kinds)).Append(" about ").Append(random.Pick(PromptVocabulary.Topics));
                break;
            case 2:
                _text.Append("what's the difference between ").Append(random.Pick(PromptVocabulary.Topics)).Append(" and ").Append(random.Pick(PromptVocabulary.Topics));
                break;
            case 3:
                _text.Append("translate \"");
                Words(random, 3, 9);
                _text.Append("\" into ").Append(random.Pick(PromptVocabulary.Languages));
                break;
            case 4:
                _text.Append("give me a recipe for ").Append(random.Pick(PromptVocabulary.Dishes)).Append(" without ").Append(random.Pick(PromptVocabulary.Dishes));
                break;
            case 5:
                _text.Append("plan a ").Append(random.Between(2, 14)).Append("-day trip to ").Append(random.Pick(PromptVocabulary.Cities));
                break;
            case 6:
                _text.Append("fix this ").Append(random.Pick(PromptVocabulary.Codes)).Append(" error: ").Append(random.Pick(PromptVocabulary.Errors));
                break;
            case 7:
                _text.Append("explain ").Append(random.Pick(PromptVocabulary.Topics)).Append(" to a ").Append(random.Pick(PromptVocabulary.Roles));
                break;
            case 8:
                _text.Append("summarize this: ");
                Words(random, 15, 60);
                break;
            default:
                SlotFiller.Append(_text, random.Pick(PromptVocabulary.Questions), random);
                break;
        }
    }

    private void Words(SyntheticRandom random, int min, int max)
    {
        var count = random.Between(min, max);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                _text.Append(' ');
            }

            _text.Append(random.Pick(PromptVocabulary.Words));
        }
    }

    // Human noise: a filler phrase, a question mark, a capital, now and then a typo.
    private string Finish(SyntheticRandom random)
    {
        if (random.Chance(0.25))
        {
            _text.Append(' ').Append(random.Pick(PromptVocabulary.Filler));
        }

        if (random.Chance(0.3))
        {
            _text.Append('?');
        }

        if (random.Chance(0.3) && char.IsLower(_text[0]))
        {
            _text[0] = char.ToUpperInvariant(_text[0]);
        }

        if (random.Chance(0.05) && _text.Length > 4)
        {
            var i = random.Between(1, _text.Length - 2);
            (_text[i], _text[i + 1]) = (_text[i + 1], _text[i]);
        }

        return _text.ToString();
    }
}
