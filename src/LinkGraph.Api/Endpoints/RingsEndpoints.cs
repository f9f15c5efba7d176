using System.ComponentModel;
using LinkGraph.Api.Contracts;
using LinkGraph.Api.Security;
using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Rings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LinkGraph.Api.Endpoints;

public static class RingsEndpoints
{
    public static RouteGroupBuilder MapRingsEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var rings = api.MapGroup("/rings").WithTags("rings").RequireAuthorization(ApiPolicies.Reader);
        rings.MapGet("/", ListRings)
            .WithName("ListRings")
            .WithSummary("Rings of the latest succeeded run, filtered, sorted and paged by cursor.");
        rings.MapGet("/{id}", GetRing)
            .WithName("GetRing")
            .WithSummary("One ring of the latest succeeded run: members, signals, evidence, reasons (CONTRACT §2).");
        return api;
    }

    /// <remarks>Query problems (range, unknown signal or sort, stale cursor) come back from the store as 400s.</remarks>
    public static Ok<RingListResponse> ListRings(
        IRunStore store,
        [Description("Only rings scoring at least this (0..1).")] double? minScore = null,
        [Description("Only flagged (true) or unflagged (false) rings.")] bool? flagged = null,
        [Description("Only rings with at least this many accounts.")] int? minSize = null,
        [Description("Only rings sharing at least one identifier of this kind: payment, ip, ip_prefix, device, prompt.")] string? signal = null,
        [Description("score (default) or size, both descending.")] string? sort = null,
        [Description("Page size 1..500 (default 50).")] int? limit = null,
        [Description("next_cursor of the previous page.")] string? cursor = null)
    {
        var page = store.QueryRings(new RingQuery(minScore, flagged, minSize, signal, sort ?? "score", limit ?? 50, cursor));
        if (page is null)
        {
            return TypedResults.Ok(new RingListResponse(null, [], null));
        }

        var run = page.Run;
        var summary = new RunSummary(run.Id, run.StartedAt ?? run.CreatedAt, run.FinishedAt ?? run.CreatedAt, run.Accounts, run.Links);
        return TypedResults.Ok(new RingListResponse(summary, page.Rings, page.NextCursor));
    }

    public static Results<Ok<Ring>, ProblemHttpResult> GetRing(string id, IRunStore store) =>
        store.GetRing(id) is { } ring
            ? TypedResults.Ok(ring)
            : Problems.NotFound("ring_not_found", $"Ring '{id}' is not in the latest succeeded run.");
}
