namespace LinkGraph.Neo4j;

/// <summary>
/// Where and how to reach Neo4j's HTTP Query API (bound from the <c>Neo4j</c> configuration section).
/// Sync is enabled when <see cref="Uri"/> is set.
/// </summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "Neo4j";

    /// <summary>Base address of the HTTP server, e.g. <c>http://localhost:7474</c> or <c>https://xxxx.databases.neo4j.io</c>. No default.</summary>
    public Uri? Uri { get; set; }

    /// <summary>Database name; default <c>neo4j</c>.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>User for basic auth (with <see cref="Password"/>); default <c>neo4j</c>.</summary>
    public string? User { get; set; } = "neo4j";

    public string? Password { get; set; }

    /// <summary>Bearer token (SSO); when set it is used instead of basic auth.</summary>
    public string? BearerToken { get; set; }

    /// <summary>Rows per request (one UNWIND batch); default 1000 (Neo4j's own default batch for CALL … IN TRANSACTIONS).</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>
    /// Batches per explicit transaction; default 50. A failed transaction is rolled back and replayed whole, so
    /// this bounds both server transaction memory and the work redone after a transient error.
    /// </summary>
    public int BatchesPerTransaction { get; set; } = 50;

    /// <summary>Attempts after the first one for a <c>Neo.TransientError.*</c> or a broken connection; default 4.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>First retry delay, doubled on each further attempt up to <see cref="MaxRetryDelay"/>; default 200 ms.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Timeout of one HTTP request; default 2 minutes.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(2);

    public bool IsConfigured => Uri is not null;
}
