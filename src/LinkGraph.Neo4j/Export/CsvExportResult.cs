namespace LinkGraph.Neo4j.Export;

/// <summary>What an export wrote: data rows (header excluded) per file name, and the import command to load them.</summary>
public sealed record CsvExportResult(string RunId, string Directory, IReadOnlyDictionary<string, long> RowsByFile, string ImportCommand);
