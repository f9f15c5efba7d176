using Microsoft.AspNetCore.Http.HttpResults;

namespace LinkGraph.Api.Endpoints;

/// <summary>Problem results handlers return directly (exceptions go through Errors/ProblemDetailsMapping).</summary>
internal static class Problems
{
    public static ProblemHttpResult NotFound(string code, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: detail,
            extensions: new Dictionary<string, object?> { ["code"] = code });

    public static ProblemHttpResult BadRequest(string code, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request.", detail: detail,
            extensions: new Dictionary<string, object?> { ["code"] = code });
}
