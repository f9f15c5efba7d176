namespace LinkGraph.Api.Tests;

/// <summary>Keys the test hosts accept: admin via LINKGRAPH_API_KEY, reader and ingest configured as hashes.</summary>
public static class TestKeys
{
    public const string Admin = "admin-key-for-tests-0001";
    public const string Reader = "reader-key-for-tests-0002";
    public const string Ingest = "ingest-key-for-tests-0003";
    public const string Unknown = "unknown-key-for-tests-0004";
}
