using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using LinkGraph.Core.Prompts;

namespace LinkGraph.Cli.Commands;

/// <summary>
/// <c>linkgraph bench sketch</c>: prompt-sketching throughput on one core, the ingest-side cost of prompt
/// similarity. Whole-pipeline figures come from tests/LinkGraph.Benchmarks/pipeline/bench.sh, which measures each
/// command in its own process.
/// </summary>
public static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var prompts = new Option<int>("--prompts") { Description = "How many prompts to sketch.", DefaultValueFactory = _ => 200_000 };
        var words = new Option<int>("--words") { Description = "Words per prompt.", DefaultValueFactory = _ => 50 };
        var sketch = new Command("sketch", "Measure MinHash prompt sketches per second on one core.");
        sketch.Options.Add(prompts);
        sketch.Options.Add(words);
        sketch.SetAction((parseResult, cancellationToken) =>
        {
            var count = parseResult.GetValue(prompts);
            var length = parseResult.GetValue(words);
            if (count < 1 || length < 1)
            {
                throw new UsageException("--prompts and --words must be positive");
            }

            var texts = MakePrompts(Math.Min(count, 10_000), length);
            // Warm up the JIT before timing.
            for (var i = 0; i < 1_000; i++)
            {
                PromptSketcher.Sketch(texts[i % texts.Length]);
            }

            var stopwatch = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                if ((i & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                PromptSketcher.Sketch(texts[i % texts.Length]);
            }

            stopwatch.Stop();
            var rate = count / stopwatch.Elapsed.TotalSeconds;
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sketched {count} prompts of {length} words in {stopwatch.Elapsed.TotalSeconds:F2} s: {rate:F0} prompts/s on one core"));
            return Task.FromResult(ExitCodes.Success);
        });
        var command = new Command("bench", "Micro-benchmarks (see README 'Benchmarks' for the pipeline benchmark).");
        command.Subcommands.Add(sketch);
        return command;
    }

    /// <summary>Deterministic prompts from a small vocabulary, so runs are comparable.</summary>
    private static string[] MakePrompts(int count, int words)
    {
        string[] vocabulary =
        [
            "explain", "reasoning", "step", "by", "the", "answer", "model", "write", "out", "your", "full", "chain", "of",
            "thought", "for", "this", "problem", "please", "show", "every", "intermediate", "calculation", "and", "why",
            "proof", "derive", "carefully", "detailed", "think", "aloud", "before", "final", "solution", "code", "review",
        ];
        var random = new Random(7);
        var prompts = new string[count];
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Clear();
            for (var w = 0; w < words; w++)
            {
                builder.Append(vocabulary[random.Next(vocabulary.Length)]).Append(' ');
            }

            prompts[i] = builder.ToString();
        }

        return prompts;
    }
}
