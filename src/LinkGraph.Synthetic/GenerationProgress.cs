namespace LinkGraph.Synthetic;

/// <summary>How far generation has got.</summary>
public readonly record struct GenerationProgress(int UnitsDone, int UnitsTotal, long Accounts, long Events);
