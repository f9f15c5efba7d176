namespace LinkGraph.Graph.Community;

/// <summary>
/// Outcome of <see cref="Leiden.Run"/>. <see cref="Membership"/> is canonical: community ids are 0, 1, ... in order
/// of each community's smallest node id, and every community is connected.
/// </summary>
/// <param name="Quality">The objective's value for <see cref="Membership"/> on the input graph.</param>
/// <param name="Iterations">Leiden iterations performed.</param>
public sealed record LeidenResult(int[] Membership, int CommunityCount, double Quality, int Iterations);
