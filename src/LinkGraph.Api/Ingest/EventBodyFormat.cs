namespace LinkGraph.Api.Ingest;

/// <summary>How a POST /events body is encoded (docs/contract.md §1), chosen by its Content-Type.</summary>
public enum EventBodyFormat
{
    Ndjson = 0,
    Csv = 1,
}
