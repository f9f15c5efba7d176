namespace LinkGraph.Api.Options;

/// <summary>Measurement aids (configuration section <c>Diagnostics</c>); all off by default.</summary>
public sealed class DiagnosticsOptions
{
    public const string SectionName = "Diagnostics";

    /// <summary>
    /// Adds <c>Server-Timing: app;dur=MS</c> to every response: the time from the first middleware to the response
    /// headers, so a load test can tell server time from client and scheduler delays. Default: false.
    /// </summary>
    public bool ServerTiming { get; set; }
}
