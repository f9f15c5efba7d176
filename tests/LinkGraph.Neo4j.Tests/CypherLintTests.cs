using System.Diagnostics;

namespace LinkGraph.Neo4j.Tests;

/// <summary>
/// Runs cypher/lint.mjs (Neo4j's own parser, @neo4j-cypher/language-support, installed by tests/run.sh through
/// npm ci) so that a Cypher error fails the test run, and proves the lint is not a rubber stamp by feeding it
/// deliberately broken statements.
/// </summary>
public sealed class CypherLintTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    [Fact]
    public async Task Lint_ShippedCypherFolder_ZeroProblems()
    {
        var (exitCode, stdout, stderr) = await RunLintAsync([]);

        Assert.True(exitCode == 0, $"cypher lint failed ({exitCode}):\n{stdout}\n{stderr}");
        Assert.Matches(@"cypher lint: \d+ files, \d+ statements, 0 problems", stdout);
    }

    [Fact]
    public async Task Lint_BrokenFixtures_EachFailsNamingItsProblem()
    {
        // One node process for all fixtures (loading the parser costs seconds); each must be reported on its own.
        (string File, string Problem)[] fixtures =
        [
            ("broken_syntax.cypher", "Invalid input 'RETRN'"),
            ("broken_semantics.cypher", "Variable `ring` not defined"),
            ("undeclared_parameter.cypher", "Parameter $accountId is not defined"),
            ("misspelt_label.cypher", "Label Acount is not present"),
            ("unknown_function.cypher", "Function toFlaot is not present"),
        ];

        var (exitCode, stdout, stderr) = await RunLintAsync([.. fixtures.Select(f => Path.Combine(Fixtures, f.File))]);

        Assert.True(exitCode == 1, $"lint accepted broken statements:\n{stdout}\n{stderr}");
        Assert.Contains("5 files, 5 statements, 5 problems", stdout, StringComparison.Ordinal);
        var lines = stderr.Split('\n');
        foreach (var (file, problem) in fixtures)
        {
            Assert.Contains(lines, l => l.Contains(file + ":", StringComparison.Ordinal) && l.Contains(problem, StringComparison.Ordinal));
        }
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunLintAsync(IReadOnlyList<string> arguments)
    {
        var installed = Path.Combine(RepositoryRoot.Path, "cypher", "node_modules", "@neo4j-cypher", "language-support");
        Assert.True(Directory.Exists(installed), "The Cypher linter is not installed: run 'npm ci --prefix cypher' (tests/run.sh does).");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine("cypher", "lint.mjs"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
