using System.Globalization;
using LinkGraph.Core.Rings;

namespace LinkGraph.Cli;

/// <summary>A short plain-text table of the top rings, for people reading a terminal.</summary>
public static class RingTable
{
    public static void Write(TextWriter writer, RingsDocument document, int top)
    {
        var rings = document.Rings.Take(top).ToList();
        if (rings.Count == 0)
        {
            writer.WriteLine("no rings found");
            return;
        }

        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"top {rings.Count} of {document.Rings.Count} rings:"));
        writer.WriteLine("  score  flag  size  ring                   signals / first reason");
        foreach (var ring in rings)
        {
            var signals = string.Join(' ', ring.Signals.Where(s => s.Value > 0).Select(s => $"{s.Key}={s.Value}"));
            var reason = ring.Reasons.Count > 0 ? ring.Reasons[0] : string.Empty;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {ring.Score,5:F2}  {(ring.Flagged ? "yes" : "no"),-4}  {ring.Size,4}  {ring.Id,-22} {signals}"));
            if (reason.Length > 0)
            {
                writer.WriteLine($"{"",32}{reason}");
            }
        }
    }
}
