namespace LinkGraph.Api.Options;

/// <summary>One configured API key: never the key itself, only its SHA-256.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>Who holds the key (shown in logs and used for rate limiting; never the key).</summary>
    public string Name { get; set; } = "";

    /// <summary>Lower- or upper-case hex SHA-256 of the key's UTF-8 bytes (<c>printf %s KEY | sha256sum</c>).</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>Any of <c>reader</c>, <c>ingest</c>, <c>admin</c> (admin has every right).</summary>
    public List<string> Roles { get; set; } = [];
}
