using System.Text;
using System.Text.RegularExpressions;

namespace LinkGraph.Cli.Tests;

/// <summary>
/// The Markdown in the repository root and <c>docs/</c> renders and its links lead somewhere.
/// </summary>
/// <remarks>
/// An unclosed code fence once turned half of the README into one code block after a merge, and nothing noticed;
/// moving sections into <c>docs/</c> makes broken relative links and anchors just as easy to miss.
/// </remarks>
public sealed partial class DocsTests
{
    private static readonly string Root = Neo4j.Tests.RepositoryRoot.Path;

    public static TheoryData<string> MarkdownFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Root, "*.md").Concat(Directory.GetFiles(Path.Combine(Root, "docs"), "*.md")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Root, path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void Markdown_CodeFences_AreBalanced(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Root, file));
        var open = OpenFenceLine(lines);

        Assert.True(open is null, $"{file}: the code fence opened on line {open} is never closed");
    }

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void Markdown_RelativeLinks_Resolve(string file)
    {
        var path = Path.Combine(Root, file);
        var broken = new List<string>();
        foreach (var (line, target) in Links(File.ReadAllLines(path)))
        {
            if (UriScheme.IsMatch(target))
            {
                continue;
            }

            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var relative = hash < 0 ? target : target[..hash];
            var anchor = hash < 0 ? null : target[(hash + 1)..];
            var resolved = relative.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, relative));
            if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                broken.Add($"line {line}: {target} (no such file)");
            }
            else if (anchor is not null && resolved.EndsWith(".md", StringComparison.Ordinal)
                     && !HeadingAnchors(File.ReadAllLines(resolved)).Contains(anchor))
            {
                broken.Add($"line {line}: {target} (no such heading)");
            }
        }

        Assert.True(broken.Count == 0, $"{file}:\n" + string.Join('\n', broken));
    }

    [Fact]
    public void Contract_Copy_MatchesSharedSpecification()
    {
        var copy = File.ReadAllText(Path.Combine(Root, "docs", "contract.md"));
        // The specification sits next to the repository on the machines that hold it; elsewhere the copy still
        // has to name what outside checks call.
        var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared", "spec", "CONTRACT.md"));
        if (File.Exists(shared))
        {
            Assert.Equal(File.ReadAllText(shared), copy);
        }
        else
        {
            AssertNamesEveryRoute(copy);
        }
    }

    [Fact]
    public void Contract_ServiceSection_NamesEveryRoute() =>
        AssertNamesEveryRoute(File.ReadAllText(Path.Combine(Root, "docs", "contract.md")));

    private static void AssertNamesEveryRoute(string contract)
    {
        var start = contract.IndexOf("\n## 4.", StringComparison.Ordinal);
        var end = contract.IndexOf("\n## 5.", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/contract.md has no section 4 followed by section 5");
        var service = contract[start..end];
        string[] routes =
        [
            "POST /events", "POST /runs", "GET /runs/{id}", "GET /runs", "GET /rings", "GET /rings/{id}",
            "GET /accounts/{id}", "GET /health", "/openapi/v1.json",
        ];
        Assert.All(routes, route => Assert.Contains(route, service, StringComparison.Ordinal));
    }

    private static int? OpenFenceLine(string[] lines)
    {
        string? fence = null;
        var openedAt = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Fence.Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var marker = match.Groups[1].Value;
            if (fence is null)
            {
                fence = marker;
                openedAt = i + 1;
            }
            else if (marker[0] == fence[0] && marker.Length >= fence.Length && match.Groups[2].Value.Trim().Length == 0)
            {
                // CommonMark: a closing fence uses the opener's character, at least as many times, and no info string.
                fence = null;
            }
        }

        return fence is null ? null : openedAt;
    }

    /// <summary>Inline links outside code fences and code spans, with their 1-based line numbers.</summary>
    private static IEnumerable<(int Line, string Target)> Links(string[] lines)
    {
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (Fence.IsMatch(lines[i]))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            foreach (Match link in InlineLink.Matches(CodeSpan.Replace(lines[i], "")))
            {
                yield return (i + 1, link.Groups[1].Value);
            }
        }
    }

    /// <summary>The anchors a renderer gives the headings (GitHub's rule: lower case, punctuation dropped,
    /// spaces to hyphens, a repeated anchor suffixed with -1, -2, …).</summary>
    private static HashSet<string> HeadingAnchors(string[] lines)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var inFence = false;
        foreach (var line in lines)
        {
            if (Fence.IsMatch(line))
            {
                inFence = !inFence;
                continue;
            }

            var heading = Heading.Match(line);
            if (inFence || !heading.Success)
            {
                continue;
            }

            var slug = new StringBuilder();
            foreach (var c in heading.Groups[1].Value.Trim().ToLowerInvariant())
            {
                if (char.IsLetterOrDigit(c) || c is '-' or '_')
                {
                    slug.Append(c);
                }
                else if (c == ' ')
                {
                    slug.Append('-');
                }
            }

            var anchor = slug.ToString();
            for (var n = 1; !anchors.Add(anchor); n++)
            {
                anchor = $"{slug}-{n}";
            }
        }

        return anchors;
    }

    // A fence line: up to three spaces, then three or more backticks or tildes, then an optional info string.
    [GeneratedRegex(@"^ {0,3}(`{3,}|~{3,})(.*)$")]
    private static partial Regex Fence { get; }

    // Inline code, whose brackets and parentheses are text, not links.
    [GeneratedRegex(@"`+[^`]*`+")]
    private static partial Regex CodeSpan { get; }

    // The target of an inline link or image: ](target).
    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex InlineLink { get; }

    // An ATX heading's text, without its closing hashes.
    [GeneratedRegex(@"^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$")]
    private static partial Regex Heading { get; }

    // http:, https:, mailto: and the like: not a file in the repository.
    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex UriScheme { get; }
}
