namespace LinkGraph.Cli;

/// <summary>What an import of several inputs did; <see cref="RejectedInputs"/> counts files that stored nothing because of bad lines.</summary>
public sealed record ImportTotals(long Stored, long Duplicates, long RejectedLines, int RejectedInputs);
