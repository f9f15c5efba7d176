using System.ComponentModel;
using LinkGraph.Api.Contracts;
using LinkGraph.Api.Security;
using LinkGraph.Core.Abstractions;
using LinkGraph.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LinkGraph.Api.Endpoints;

public static class RunsEndpoints
{
    public const int MaxListedRuns = 200;

    public static RouteGroupBuilder MapRunsEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var runs = api.MapGroup("/runs").WithTags("runs");
        runs.MapPost("/", StartRunAsync)
            .WithName("StartRun")
            .WithSummary("Start a detection run now (after any run in progress). 202 with the run and its Location.")
            .RequireAuthorization(ApiPolicies.Admin);
        runs.MapGet("/{id}", GetRun)
            .WithName("GetRun")
            .WithSummary("A run's state, stage, progress percent, counts, timings and failure reason.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(ApiPolicies.Reader);
        runs.MapGet("/", ListRuns)
            .WithName("ListRuns")
            .WithSummary("Recent runs, most recent first.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(ApiPolicies.Reader);
        return api;
    }

    public static async Task<Accepted<RunResponse>> StartRunAsync(RunLauncher launcher, CancellationToken cancellationToken)
    {
        var run = await launcher.StartAsync("api", cancellationToken);
        return TypedResults.Accepted($"/api/v1/runs/{run.Id}", RunResponse.From(run));
    }

    public static Results<Ok<RunResponse>, ProblemHttpResult> GetRun(string id, IRunStore store) =>
        store.GetRun(id) is { } run
            ? TypedResults.Ok(RunResponse.From(run))
            : Problems.NotFound("run_not_found", $"Run '{id}' does not exist.");

    public static Results<Ok<RunListResponse>, ProblemHttpResult> ListRuns(
        IRunStore store, [Description("How many runs, 1..200 (default 20).")] int? limit = null)
    {
        var take = limit ?? 20;
        if (take is < 1 or > MaxListedRuns)
        {
            return Problems.BadRequest("invalid_query", $"limit must be between 1 and {MaxListedRuns}, got {take}.");
        }

        return TypedResults.Ok(new RunListResponse(store.ListRuns(take).Select(RunResponse.From).ToList()));
    }
}
