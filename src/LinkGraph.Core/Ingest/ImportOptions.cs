namespace LinkGraph.Core.Ingest;

/// <summary>How <see cref="EventImporter"/> treats bad lines and reports progress.</summary>
/// <param name="SkipInvalid">Store the valid lines and report the bad ones, instead of rejecting the whole input.</param>
/// <param name="MaxReportedRejections">Rejections kept in the result or exception; the total is always counted.</param>
/// <param name="ProgressInterval">Lines between two progress callbacks.</param>
/// <param name="Concurrent">Read and normalise on other threads than the one writing (see <see cref="EventImporter"/>).</param>
public sealed record ImportOptions(bool SkipInvalid = false, int MaxReportedRejections = 1000, int ProgressInterval = 50_000, bool Concurrent = true);
