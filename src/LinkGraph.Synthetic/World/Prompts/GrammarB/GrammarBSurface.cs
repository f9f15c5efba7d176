using System.Text;

namespace LinkGraph.Synthetic.World.Prompts;

/// <summary>How a person types: casing, typos and end punctuation. Applied to human text only, never to scripts.</summary>
internal readonly record struct GrammarBSurface(double Lowercase, double Typo, double DropFinalPunctuation, double Shout)
{
    public static GrammarBSurface Careful => new(0.02, 0.0, 0.05, 0.0);

    public static GrammarBSurface ForKey(ulong key)
    {
        // Habits vary widely between people: some never capitalise, a few misspell every other line.
        var lower = GrammarBHash.Unit(key, 11);
        var typo = GrammarBHash.Unit(key, 12);
        return new GrammarBSurface(
            Lowercase: lower < 0.45 ? 0.85 : lower < 0.7 ? 0.3 : 0.05,
            Typo: typo < 0.5 ? 0.0 : typo < 0.85 ? 0.02 : 0.07,
            DropFinalPunctuation: GrammarBHash.Unit(key, 13) * 0.8,
            Shout: GrammarBHash.Unit(key, 14) < 0.05 ? 0.3 : 0.0);
    }

    public string Apply(string text, Random random)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 4);
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            var word = words[i];
            if (Typo > 0 && word.Length >= 4 && IsPlainWord(word) && random.NextDouble() < Typo)
            {
                word = Misspell(word, random);
            }

            sb.Append(word);
        }

        var result = sb.ToString();
        if (random.NextDouble() < Lowercase)
        {
            result = result.ToLowerInvariant();
        }
        else if (char.IsLower(result[0]))
        {
            result = char.ToUpperInvariant(result[0]) + result[1..];
        }

        if (random.NextDouble() < DropFinalPunctuation && result.Length > 1 && result[^1] is '.' or '?' or '!')
        {
            result = result[..^1];
        }
        else if (random.NextDouble() < Shout && result[^1] is '?' or '!')
        {
            result += result[^1] + (random.NextDouble() < 0.5 ? string.Empty : result[^1].ToString());
        }

        return result;
    }

    private static bool IsPlainWord(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Misspell(string word, Random random)
    {
        var chars = word.ToCharArray();
        var at = random.Next(1, chars.Length - 1);
        switch (random.Next(4))
        {
            case 0:
                (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                return new string(chars);
            case 1:
                return word.Remove(at, 1);
            case 2:
                return word.Insert(at, word[at].ToString());
            default:
                // A neighbouring key on a QWERTY row.
                const string Row = "qwertyuiopasdfghjklzxcvbnm";
                var k = Row.IndexOf(char.ToLowerInvariant(chars[at]), StringComparison.Ordinal);
                if (k >= 0)
                {
                    chars[at] = Row[k == Row.Length - 1 ? k - 1 : k + 1];
                }

                return new string(chars);
        }
    }
}
