namespace LinkGraph.Api.Options;

/// <summary>API keys and roles (configuration section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>Keys as hashes with their roles. Default: none.</summary>
    public List<ApiKeyOptions> Keys { get; set; } = [];

    /// <summary>
    /// A key with the admin role, in clear, from the environment variable <c>LINKGRAPH_API_KEY</c> (for scripts,
    /// tests and compose). It is hashed at start-up and never logged. Default: none.
    /// </summary>
    public string? BootstrapKey { get; set; }

    /// <summary>
    /// Where to keep the development admin key generated when no key is configured at all (owner-only file).
    /// Default: <c>linkgraph-admin.key</c> next to the database file.
    /// </summary>
    public string? DevelopmentKeyFile { get; set; }
}
