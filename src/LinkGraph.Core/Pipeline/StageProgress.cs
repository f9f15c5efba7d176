namespace LinkGraph.Core.Pipeline;

/// <summary>Progress report of a running stage; <see cref="Percent"/> is 0..100 for the whole run.</summary>
public readonly record struct StageProgress(string Stage, double Percent, string? Detail = null);
