using System.Buffers;
using System.Runtime.CompilerServices;

namespace LinkGraph.Core.Prompts;

/// <summary>
/// Normalises prompt text so that trivially different copies of one template compare equal:
/// lower case, every run of white space folded to one space, every run of digits replaced by '0',
/// leading and trailing space removed.
/// </summary>
public static class PromptNormalizer
{
    // Prompts up to this many characters are normalised on the stack, longer ones in a pooled buffer.
    private const int StackChars = 512;

    /// <summary>The normalised text; <paramref name="text"/> itself when it is already normalised.</summary>
    [SkipLocalsInit]
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        char[]? rented = null;
        var buffer = text.Length <= StackChars
            ? stackalloc char[StackChars]
            : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            var normalized = buffer[..Normalize(text, buffer)];
            return normalized.SequenceEqual(text) ? text : new string(normalized);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Writes the normalised form (never longer than the text) and returns its length.</summary>
    private static int Normalize(ReadOnlySpan<char> text, Span<char> output)
    {
        var length = 0;
        var pendingSpace = false;
        var inDigits = false;
        foreach (var c in text)
        {
            // ASCII is classified inline (the answers of char.IsWhiteSpace and char.IsDigit, without their calls).
            var ascii = char.IsAscii(c);
            if (ascii ? c == ' ' || (c >= '\t' && c <= '\r') : char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                inDigits = false;
                continue;
            }

            if (pendingSpace)
            {
                output[length++] = ' ';
                pendingSpace = false;
            }

            if (ascii ? char.IsAsciiDigit(c) : char.IsDigit(c))
            {
                if (!inDigits)
                {
                    output[length++] = '0';
                }

                inDigits = true;
                continue;
            }

            inDigits = false;

            output[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : ascii ? c : char.ToLowerInvariant(c);
        }

        return length;
    }
}
