namespace LinkGraph.Core.Pipeline;

/// <summary>A weighted link between two accounts and the identifier kinds that make it.</summary>
public sealed record AccountLink(string AccountA, string AccountB, double Weight, IReadOnlyList<string> Kinds);
