using System.ComponentModel;

namespace LinkGraph.Api.Contracts;

[Description("The ring an account belongs to.")]
public sealed record AccountRingResponse(string Id, string RunId, double Score, bool Flagged, int Size);
