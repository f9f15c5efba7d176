using System.Text;

namespace LinkGraph.Core.Prompts;

/// <summary>
/// Normalises prompt text so that trivially different copies of one template compare equal:
/// lower case, every run of white space folded to one space, every run of digits replaced by '0',
/// leading and trailing space removed.
/// </summary>
public static class PromptNormalizer
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        var inDigits = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                inDigits = false;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            if (char.IsDigit(c))
            {
                if (!inDigits)
                {
                    sb.Append('0');
                }

                inDigits = true;
                continue;
            }

            inDigits = false;
            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
