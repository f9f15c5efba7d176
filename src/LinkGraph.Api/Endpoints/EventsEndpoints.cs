using LinkGraph.Api.Contracts;
using LinkGraph.Api.Ingest;
using LinkGraph.Api.Options;
using LinkGraph.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace LinkGraph.Api.Endpoints;

public static class EventsEndpoints
{
    private static readonly string[] NdjsonTypes =
        ["application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines", "application/json"];

    private static readonly string[] CsvTypes = ["text/csv", "application/csv"];

    public static RouteGroupBuilder MapEventsEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var limit = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<IOptions<IngestOptions>>().Value.MaxBodyBytes;
        api.MapPost("/events", PostEventsAsync)
            .WithTags("events")
            .WithName("PostEvents")
            .WithSummary("Store a batch of events (NDJSON or CSV, CONTRACT §1): whole or not at all, idempotent by event id.")
            .Accepts<string>(NdjsonTypes[0], [.. NdjsonTypes[1..], .. CsvTypes])
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new RequestSizeLimitAttribute(limit))
            .RequireAuthorization(ApiPolicies.Ingest);
        return api;
    }

    /// <remarks>
    /// The body is buffered (up to Ingest:MaxBodyBytes, enforced while reading → 413) so that parsing runs without
    /// holding a request thread on I/O, and a bad line anywhere in the batch rejects all of it before anything is
    /// written. The response is sent once the transaction holding the batch (shared with batches posted meanwhile)
    /// has committed.
    /// </remarks>
    public static async Task<Results<Ok<EventBatchResponse>, ProblemHttpResult>> PostEventsAsync(
        HttpRequest request, IEventBatchImporter importer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var format = FormatOf(request.ContentType);
        if (format is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported content type.",
                detail: $"Send application/x-ndjson (one JSON event a line) or text/csv; got '{request.ContentType ?? "none"}'.",
                extensions: new Dictionary<string, object?> { ["code"] = "unsupported_media_type" });
        }

        using var body = await PooledRequestBody.ReadAsync(request, cancellationToken);
        using var stream = body.AsStream();
        return TypedResults.Ok(await importer.ImportAsync(stream, format.Value, cancellationToken));
    }

    private static EventBodyFormat? FormatOf(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return null;
        }

        var type = media.MediaType.Value ?? "";
        return NdjsonTypes.Contains(type, StringComparer.OrdinalIgnoreCase) ? EventBodyFormat.Ndjson
            : CsvTypes.Contains(type, StringComparer.OrdinalIgnoreCase) ? EventBodyFormat.Csv
            : null;
    }
}
