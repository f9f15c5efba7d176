using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Rings;

namespace LinkGraph.Core.Abstractions;

/// <summary>One page of rings from one run; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record RingPage(RunRecord Run, IReadOnlyList<Ring> Rings, string? NextCursor);
