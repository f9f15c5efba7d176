namespace LinkGraph.Synthetic;

/// <summary>What was generated.</summary>
public sealed record GenerationSummary(string Scenario, ulong Seed, long Accounts, long Events, int Campaigns);
