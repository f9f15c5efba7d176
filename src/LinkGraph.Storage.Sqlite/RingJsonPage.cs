using LinkGraph.Core.Pipeline;

namespace LinkGraph.Storage.Sqlite;

/// <summary>One page of rings as stored JSON; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record RingJsonPage(RunRecord Run, IReadOnlyList<string> Rings, string? NextCursor);
