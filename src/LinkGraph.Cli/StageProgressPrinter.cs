using System.Globalization;
using LinkGraph.Core.Pipeline;

namespace LinkGraph.Cli;

/// <summary>Prints one stderr line per stage change or detail, with the time since the run started.</summary>
public sealed class StageProgressPrinter(TextWriter error, TimeProvider time) : IProgress<StageProgress>
{
    private readonly long _started = time.GetTimestamp();

    public TimeSpan Elapsed => time.GetElapsedTime(_started);

    public void Report(StageProgress value)
    {
        var detail = value.Detail is null ? string.Empty : " " + value.Detail;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{Elapsed.TotalSeconds,6:F1}s] {value.Stage,-8} {value.Percent,3:F0}%{detail}"));
    }
}
