namespace LinkGraph.Api.Options;

/// <summary>Where the embedded store lives (configuration section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The SQLite file (created with its directory if missing). Environment <c>LINKGRAPH_DB</c> overrides. Default: <c>linkgraph.db</c> in the working directory.</summary>
    public string DatabasePath { get; set; } = "linkgraph.db";
}
