using System.ComponentModel;

namespace LinkGraph.Api.Contracts;

[Description("A link to another account: its weight and the signal kinds that make it.")]
public sealed record LinkResponse(string Account, double Weight, IReadOnlyList<string> Kinds);
