using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LinkGraph.Api.Health;

/// <summary>Writes <c>{"status":"healthy","checks":{"store":{...},"scheduler":{...}}}</c>; exceptions are never shown.</summary>
internal static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = Name(report.Status),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = Name(e.Value.Status), description = e.Value.Description }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }

    private static string Name(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };
}
