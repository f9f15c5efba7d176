namespace LinkGraph.Core.Pipeline;

/// <summary>What one stage of a run did: how long, how many rows in and out, and a readable note.</summary>
public sealed record StageRecord(string Name, TimeSpan Duration, long InputCount, long OutputCount, string? Note = null);
