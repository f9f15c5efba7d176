namespace LinkGraph.Api.Options;

/// <summary>Per-key request rate limit (configuration section <c>RateLimit</c>); fixed windows, counted per process.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimit";

    /// <summary>Requests one key may make per <see cref="Window"/>. Default: 6000.</summary>
    public int PermitLimit { get; set; } = 6000;

    /// <summary>Default: 1 second.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(1);
}
