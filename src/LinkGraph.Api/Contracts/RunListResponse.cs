using System.ComponentModel;

namespace LinkGraph.Api.Contracts;

[Description("Recent runs, most recent first.")]
public sealed record RunListResponse(IReadOnlyList<RunResponse> Runs);
