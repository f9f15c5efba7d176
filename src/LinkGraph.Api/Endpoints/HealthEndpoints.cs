using LinkGraph.Api.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace LinkGraph.Api.Endpoints;

public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    /// <summary><c>/health</c>: readiness (store and scheduler), 200 or 503. <c>/health/live</c>: the process answers. No key needed.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            Predicate = r => r.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).AllowAnonymous().DisableRateLimiting().WithTags("health");
        app.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).AllowAnonymous().DisableRateLimiting().WithTags("health");
        return app;
    }
}
