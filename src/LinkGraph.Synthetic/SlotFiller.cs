using System.Globalization;
using System.Text;

namespace LinkGraph.Synthetic;

/// <summary>Fills <c>{a}</c>, <c>{b}</c>, <c>{c}</c> with small random numbers, so slot-filled prompts differ in detail.</summary>
public static class SlotFiller
{
    public static void Append(StringBuilder output, string pattern, SyntheticRandom random)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '{' && i + 2 < pattern.Length && pattern[i + 2] == '}')
            {
                output.Append(random.Between(2, pattern[i + 1] == 'c' ? 999 : 60).ToString(CultureInfo.InvariantCulture));
                i += 2;
            }
            else
            {
                output.Append(pattern[i]);
            }
        }
    }

    public static string Fill(string pattern, SyntheticRandom random)
    {
        var output = new StringBuilder(pattern.Length + 16);
        Append(output, pattern, random);
        return output.ToString();
    }
}
