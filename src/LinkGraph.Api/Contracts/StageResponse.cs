using System.ComponentModel;

namespace LinkGraph.Api.Contracts;

[Description("What one stage of a run did.")]
public sealed record StageResponse(string Name, double DurationMs, long Input, long Output, string? Note);
