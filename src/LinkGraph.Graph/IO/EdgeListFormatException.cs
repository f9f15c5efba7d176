namespace LinkGraph.Graph.IO;

/// <summary>An edge list has bad lines; <see cref="Errors"/> lists the first of them as "line N: reason".</summary>
public sealed class EdgeListFormatException : FormatException
{
    public EdgeListFormatException(IReadOnlyList<string> errors, long badLineCount)
        : base($"{badLineCount} bad line(s) in the edge list; first: {errors[0]}")
    {
        Errors = errors;
        BadLineCount = badLineCount;
    }

    public IReadOnlyList<string> Errors { get; }

    public long BadLineCount { get; }
}
