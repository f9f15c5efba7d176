using System.Globalization;
using LinkGraph.Core.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace LinkGraph.Api.Errors;

/// <summary>
/// The only place an exception becomes an HTTP status. Every error body is <c>application/problem+json</c> with a
/// stable <c>code</c> extension and the request's trace id; a 500 says nothing about the exception.
/// </summary>
public static class ProblemDetailsMapping
{
    /// <summary>At most this many bad lines are listed in a rejected batch's problem body.</summary>
    public const int MaxListedRejections = 100;

    public static IServiceCollection AddLinkGraphProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(o => o.CustomizeProblemDetails = Customize);

    public static WebApplication UseLinkGraphProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = StatusOf,
            // A rejected batch or a bad query is the client's error, answered in full: log only real failures.
            SuppressDiagnosticsCallback = c => StatusOf(c.Exception) < StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages(); // body-less 401/403/404/405/415 get a problem body too
        return app;
    }

    public static int StatusOf(Exception exception) => exception switch
    {
        // Kestrel's own request errors (body over the size limit = 413, malformed request = 400).
        BadHttpRequestException bad => bad.StatusCode,
        InvalidInputException => StatusCodes.Status400BadRequest,
        LinkGraphException { Code: "invalid_query" or "invalid_cursor" or "invalid_input" } => StatusCodes.Status400BadRequest,
        LinkGraphException { Code: "run_not_found" } => StatusCodes.Status404NotFound,
        StoreBusyException => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        switch (context.Exception)
        {
            case InvalidInputException invalid:
                Describe(problem, invalid.Code, "The batch was rejected; nothing was stored.", invalid.Message);
                problem.Extensions["errors"] = invalid.Rejections
                    .Take(MaxListedRejections)
                    .Select(r => new { line = r.Line, field = r.Field, reason = r.Reason })
                    .ToList();
                break;
            case BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }:
                Describe(problem, "payload_too_large", "Request body too large.", "The request body exceeds the configured limit (Ingest:MaxBodyBytes); send smaller batches.");
                break;
            case BadHttpRequestException bad:
                Describe(problem, "bad_request", "Bad request.", bad.Message);
                break;
            case StoreBusyException busy:
                Describe(problem, busy.Code, "The store is busy.", busy.Message);
                context.HttpContext.Response.Headers.RetryAfter =
                    Math.Max(1, (int)Math.Ceiling(busy.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                break;
            case LinkGraphException domain when StatusOf(domain) != StatusCodes.Status500InternalServerError:
                Describe(problem, domain.Code, problem.Title ?? "Request failed.", domain.Message);
                break;
            case not null:
                Describe(problem, "internal_error", "An unexpected error occurred.", "The error was logged with this trace id.");
                break;
            default:
                problem.Extensions.TryAdd("code", CodeOf(problem.Status));
                break;
        }
    }

    private static void Describe(ProblemDetails problem, string code, string title, string detail)
    {
        problem.Title = title;
        problem.Detail = detail;
        problem.Extensions["code"] = code;
    }

    private static string CodeOf(int? status) => status switch
    {
        StatusCodes.Status401Unauthorized => "unauthorized",
        StatusCodes.Status403Forbidden => "forbidden",
        StatusCodes.Status404NotFound => "not_found",
        StatusCodes.Status405MethodNotAllowed => "method_not_allowed",
        StatusCodes.Status415UnsupportedMediaType => "unsupported_media_type",
        StatusCodes.Status429TooManyRequests => "rate_limited",
        _ => "error",
    };
}
