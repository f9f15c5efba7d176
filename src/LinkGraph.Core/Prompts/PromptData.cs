namespace LinkGraph.Core.Prompts;

/// <summary>
/// The prompt events of a run and the distinct sketched prompts they use, numbered by first use in event
/// order: their sketches back to back (<see cref="PromptSketcher.HashCount"/> minima each), identifiers and use counts.
/// </summary>
internal sealed class PromptData(PromptEvents events, uint[] sketches, int[] distinctExact, int[] distinctUses)
{
    public PromptEvents Events { get; } = events;

    /// <summary>Released (set empty) once clustered: at a few million prompts it is the largest array here.</summary>
    public uint[] Sketches { get; set; } = sketches;

    public int[] DistinctExact { get; } = distinctExact;

    public int[] DistinctUses { get; } = distinctUses;
}
