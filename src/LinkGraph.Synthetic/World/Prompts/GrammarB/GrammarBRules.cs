using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace LinkGraph.Synthetic.World.Prompts;

/// <summary>
/// A small probabilistic context-free grammar. Source text is one rule per line,
/// <c>name = alt | alt | 3*alt</c>; a line starting with <c>|</c> continues the previous rule; <c>#</c> starts a
/// comment line. Inside an alternative, <c>&lt;name&gt;</c> expands a rule, <c>&lt;name?&gt;</c> expands it half of
/// the time and <c>&lt;#lo-hi&gt;</c> draws an integer. Rules named <c>@…</c> are entity pools: a person's topic
/// biases them towards a few favourites so that one person's prompts stay related.
/// </summary>
internal sealed class GrammarBRules
{
    private readonly FrozenDictionary<string, Rule> _rules;

    public GrammarBRules(params string[] sources)
    {
        var rules = new Dictionary<string, List<Alternative>>(StringComparer.Ordinal);
        string? current = null;
        foreach (var source in sources)
        {
            foreach (var rawLine in source.Split('\n'))
            {
                var line = rawLine.Trim();
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                string body;
                if (line[0] == '|')
                {
                    if (current is null)
                    {
                        throw new InvalidOperationException($"Continuation line before any rule: '{line}'.");
                    }

                    body = line[1..];
                }
                else
                {
                    var eq = line.IndexOf(" = ", StringComparison.Ordinal);
                    if (eq <= 0)
                    {
                        throw new InvalidOperationException($"Expected 'name = alternatives', got '{line}'.");
                    }

                    current = line[..eq].Trim();
                    body = line[(eq + 3)..];
                    if (rules.ContainsKey(current))
                    {
                        throw new InvalidOperationException($"Rule '{current}' is defined twice.");
                    }

                    rules[current] = [];
                }

                foreach (var alt in body.Split('|'))
                {
                    rules[current].Add(ParseAlternative(alt.Trim()));
                }
            }
        }

        _rules = rules.ToFrozenDictionary(
            kv => kv.Key,
            kv => new Rule(kv.Value.ToArray(), kv.Value.Sum(a => a.Weight), StableHash(kv.Key), kv.Key[0] == '@'),
            StringComparer.Ordinal);

        // Fail at construction, not at the millionth draw, when a rule refers to nothing.
        foreach (var (name, rule) in _rules)
        {
            foreach (var alt in rule.Alternatives)
            {
                foreach (var token in alt.Tokens)
                {
                    if (token.Kind == TokenKind.Symbol && !_rules.ContainsKey(token.Text))
                    {
                        throw new InvalidOperationException($"Rule '{name}' refers to undefined rule '{token.Text}'.");
                    }
                }
            }
        }
    }

    public IEnumerable<string> Symbols => _rules.Keys;

    /// <summary>Expands <paramref name="symbol"/> and tidies spacing; <paramref name="topicKey"/> 0 means no bias.</summary>
    public string Expand(string symbol, Random random, ulong topicKey = 0)
    {
        var sb = new StringBuilder(96);
        ExpandInto(symbol, random, topicKey, sb, [], 0);
        return Tidy(sb);
    }

    private void ExpandInto(string symbol, Random random, ulong topicKey, StringBuilder sb, List<(ulong Rule, int Index)> picked, int depth)
    {
        if (depth > 24)
        {
            throw new InvalidOperationException($"Grammar recursion too deep at '{symbol}'.");
        }

        var rule = _rules[symbol];
        var index = Choose(rule, random, topicKey);
        if (rule.IsEntity)
        {
            // "sweet potatoes and sweet potatoes": an entity drawn twice in one prompt is redrawn (a few tries).
            for (var attempt = 0; attempt < 4 && picked.Contains((rule.NameHash, index)); attempt++)
            {
                index = random.Next(rule.Alternatives.Length);
            }

            picked.Add((rule.NameHash, index));
        }

        var alt = rule.Alternatives[index];
        foreach (var token in alt.Tokens)
        {
            switch (token.Kind)
            {
                case TokenKind.Text:
                    sb.Append(token.Text);
                    break;
                case TokenKind.Number:
                    sb.Append(random.Next(token.Low, token.High + 1).ToString(CultureInfo.InvariantCulture));
                    break;
                case TokenKind.Symbol:
                    if (!token.Optional || random.NextDouble() < 0.5)
                    {
                        ExpandInto(token.Text, random, topicKey, sb, picked, depth + 1);
                    }

                    break;
            }
        }
    }

    private static int Choose(Rule rule, Random random, ulong topicKey)
    {
        var alts = rule.Alternatives;
        if (alts.Length == 1)
        {
            return 0;
        }

        // A person returns to their favourite few entities more often than chance.
        if (rule.IsEntity && topicKey != 0 && alts.Length > 3 && random.NextDouble() < 0.6)
        {
            var favourite = (ulong)random.Next(3);
            return (int)(GrammarBHash.Mix(topicKey ^ rule.NameHash ^ (favourite * 0x9E3779B97F4A7C15UL)) % (ulong)alts.Length);
        }

        var pick = random.Next(rule.TotalWeight);
        for (var i = 0; i < alts.Length; i++)
        {
            pick -= alts[i].Weight;
            if (pick < 0)
            {
                return i;
            }
        }

        return alts.Length - 1;
    }

    private static Alternative ParseAlternative(string text)
    {
        var weight = 1;
        var star = text.IndexOf('*', StringComparison.Ordinal);
        if (star > 0 && star <= 3 && int.TryParse(text.AsSpan(0, star), NumberStyles.None, CultureInfo.InvariantCulture, out var w))
        {
            weight = w;
            text = text[(star + 1)..];
        }

        var tokens = new List<Token>();
        var pos = 0;
        while (pos < text.Length)
        {
            var open = text.IndexOf('<', pos);
            var close = open < 0 ? -1 : text.IndexOf('>', open);
            if (open < 0 || close < 0)
            {
                tokens.Add(Token.Of(text[pos..]));
                break;
            }

            if (open > pos)
            {
                tokens.Add(Token.Of(text[pos..open]));
            }

            var inner = text[(open + 1)..close];
            if (inner.StartsWith('#'))
            {
                var dash = inner.IndexOf('-', StringComparison.Ordinal);
                var low = int.Parse(inner.AsSpan(1, dash - 1), CultureInfo.InvariantCulture);
                var high = int.Parse(inner.AsSpan(dash + 1), CultureInfo.InvariantCulture);
                tokens.Add(new Token(TokenKind.Number, string.Empty, false, low, high));
            }
            else if (inner.EndsWith('?'))
            {
                tokens.Add(new Token(TokenKind.Symbol, inner[..^1], true, 0, 0));
            }
            else
            {
                tokens.Add(new Token(TokenKind.Symbol, inner, false, 0, 0));
            }

            pos = close + 1;
        }

        return new Alternative(tokens.ToArray(), weight);
    }

    /// <summary>Collapses runs of spaces and removes spaces before punctuation left by empty expansions.</summary>
    internal static string Tidy(StringBuilder sb)
    {
        var outp = new StringBuilder(sb.Length);
        for (var i = 0; i < sb.Length; i++)
        {
            var c = sb[i];
            if (c == ' ')
            {
                if (outp.Length == 0 || outp[^1] == ' ' || outp[^1] == '\n')
                {
                    continue;
                }

                var next = i + 1 < sb.Length ? sb[i + 1] : '\0';
                if (next is ',' or '.' or '?' or '!' or ':' or ';' or '\n' or '\0')
                {
                    continue;
                }
            }

            if (c == '\n' && outp.Length > 0 && outp[^1] == ' ')
            {
                outp.Length--;
            }

            outp.Append(c);
        }

        return outp.ToString().Trim();
    }

    /// <summary>FNV-1a: string.GetHashCode is randomised per process, and topic bias must not be.</summary>
    internal static ulong StableHash(string text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }

    private sealed record Rule(Alternative[] Alternatives, int TotalWeight, ulong NameHash, bool IsEntity);

    private readonly record struct Alternative(Token[] Tokens, int Weight);

    private enum TokenKind
    {
        Text,
        Symbol,
        Number,
    }

    private readonly record struct Token(TokenKind Kind, string Text, bool Optional, int Low, int High)
    {
        public static Token Of(string text) => new(TokenKind.Text, text, false, 0, 0);
    }
}
