using System.Buffers;
using System.ComponentModel;
using System.Text;
using System.Text.Json;
using LinkGraph.Api.Contracts;
using LinkGraph.Api.Security;
using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Rings;
using LinkGraph.Storage.Sqlite;
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
            .WithSummary("Rings of the latest succeeded run, filtered, sorted and paged by cursor.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        rings.MapGet("/{id}", GetRing)
            .WithName("GetRing")
            .WithSummary("One ring of the latest succeeded run: members, signals, evidence, reasons (CONTRACT §2).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <remarks>Query problems (a value out of range, an unknown signal or sort, a stale cursor) are 400s.</remarks>
    // A store that keeps rings as JSON has them passed through as stored; the body is the same either way.
    public static Results<Ok<RingListResponse>, ContentHttpResult> ListRings(
        IRunStore store,
        [Description("Only rings scoring at least this (0..1).")] double? minScore = null,
        [Description("Only flagged (true) or unflagged (false) rings.")] bool? flagged = null,
        [Description("Only rings with at least this many accounts.")] int? minSize = null,
        [Description("Only rings sharing at least one identifier of this kind: payment, ip, ip_prefix, device, prompt.")] string? signal = null,
        [Description("score (default) or size, both descending.")] string? sort = null,
        [Description("Page size 1..500 (default 50).")] int? limit = null,
        [Description("next_cursor of the previous page.")] string? cursor = null)
    {
        var query = new RingQuery(minScore, flagged, minSize, signal, sort ?? "score", limit ?? 50, cursor);
        if (store is IRingJsonReader raw)
        {
            return raw.QueryRingsJson(query) is { } json
                ? TypedResults.Text(RawRingList(Summary(json.Run), json.Rings, json.NextCursor), "application/json", Encoding.UTF8)
                : TypedResults.Ok(new RingListResponse(null, [], null));
        }

        var page = store.QueryRings(query);
        return TypedResults.Ok(page is null
            ? new RingListResponse(null, [], null)
            : new RingListResponse(Summary(page.Run), page.Rings, page.NextCursor));
    }

    // A store that keeps rings as JSON hands over the stored bytes (cached per published run), written as is.
    public static Results<Ok<Ring>, Utf8JsonResult, ProblemHttpResult> GetRing(string id, IRunStore store)
    {
        if (store is IRingJsonReader raw)
        {
            return raw.GetRingUtf8(id) is { } json ? new Utf8JsonResult(json) : NotFound(id);
        }

        return store.GetRing(id) is { } ring ? TypedResults.Ok(ring) : NotFound(id);
    }

    private static ProblemHttpResult NotFound(string id) =>
        Problems.NotFound("ring_not_found", $"Ring '{id}' is not in the latest succeeded run.");

    private static RunSummary Summary(RunRecord run) =>
        new(run.Id, run.StartedAt ?? run.CreatedAt, run.FinishedAt ?? run.CreatedAt, run.Accounts, run.Links);

    /// <summary>The <see cref="RingListResponse"/> shape, with each ring's stored JSON written as is.</summary>
    private static string RawRingList(RunSummary run, IReadOnlyList<string> rings, string? nextCursor)
    {
        var buffer = new ArrayBufferWriter<byte>(1024 + rings.Sum(r => r.Length));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("run");
            JsonSerializer.Serialize(writer, run);
            writer.WriteStartArray("rings");
            foreach (var ring in rings)
            {
                writer.WriteRawValue(ring, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteString("next_cursor", nextCursor);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
