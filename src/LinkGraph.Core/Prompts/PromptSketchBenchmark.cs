namespace LinkGraph.Core.Prompts;

/// <summary>
/// Throughput of <see cref="PromptSketcher.Sketch"/> on seeded ~50-word prompts, for a <c>bench</c> command.
/// Time comes from the <see cref="TimeProvider"/> handed in (Core reads no clock of its own).
/// </summary>
public static class PromptSketchBenchmark
{
    /// <summary>Sketches <paramref name="count"/> prompts of about 50 words; returns prompts per second on this thread.</summary>
    public static double Run(int count, int seed, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentNullException.ThrowIfNull(time);
        var prompts = Corpus(Math.Min(count, 10_000), seed);

        // Warm up once so the measurement does not include JIT compilation.
        _ = PromptSketcher.Sketch(prompts[0]);
        var checksum = 0L;
        var start = time.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            checksum += PromptSketcher.Sketch(prompts[i % prompts.Length])![0];
        }

        var seconds = time.GetElapsedTime(start).TotalSeconds;
        GC.KeepAlive(checksum);
        return count / Math.Max(seconds, 1e-9);
    }

    /// <summary>Seeded prompts of 45–55 lower-case words drawn from a 5,000-word vocabulary.</summary>
    public static string[] Corpus(int count, int seed)
    {
        var random = new Random(seed);
        var vocabulary = new string[5000];
        for (var i = 0; i < vocabulary.Length; i++)
        {
            var length = random.Next(3, 10);
            var chars = new char[length];
            for (var c = 0; c < length; c++)
            {
                chars[c] = (char)('a' + random.Next(26));
            }

            vocabulary[i] = new string(chars);
        }

        var prompts = new string[count];
        for (var p = 0; p < count; p++)
        {
            var words = random.Next(45, 56);
            prompts[p] = string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
        }

        return prompts;
    }
}
