using System.ComponentModel;
using LinkGraph.Core.Rings;

namespace LinkGraph.Api.Contracts;

[Description("One page of rings of the latest succeeded run (CONTRACT §2 plus next_cursor). run is null before any run succeeded.")]
public sealed record RingListResponse(
    RunSummary? Run,
    IReadOnlyList<Ring> Rings,
    [property: Description("Pass as cursor to get the next page; null on the last page.")] string? NextCursor);
