namespace LinkGraph.Api.Options;

/// <summary>Event batches over HTTP (configuration section <c>Ingest</c>).</summary>
public sealed class IngestOptions
{
    public const string SectionName = "Ingest";

    /// <summary>Largest POST /events body in bytes; a larger one is refused with 413. Default: 64 MiB.</summary>
    public long MaxBodyBytes { get; set; } = 64L * 1024 * 1024;
}
