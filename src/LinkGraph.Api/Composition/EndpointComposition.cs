using LinkGraph.Api.Endpoints;
using LinkGraph.Api.Diagnostics;
using LinkGraph.Api.Errors;
using LinkGraph.Api.Options;

namespace LinkGraph.Api.Composition;

/// <summary>The middleware order and the routes of docs/contract.md §4.</summary>
public static class EndpointComposition
{
    public static WebApplication MapLinkGraphService(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (ApiOptionsCheck.Bind<DiagnosticsOptions>(app.Configuration, DiagnosticsOptions.SectionName).ServerTiming)
        {
            app.UseMiddleware<ServerTimingMiddleware>(); // first, so the time covers every later middleware
        }

        app.UseLinkGraphProblemDetails();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapHealthEndpoints();
        app.MapOpenApi().AllowAnonymous().DisableRateLimiting();
        app.MapGroup("/api/v1")
            .RequireRateLimiting(ApiRateLimiting.PerKeyPolicy)
            .ProducesKeyProblems()
            .MapEventsEndpoints()
            .MapRunsEndpoints()
            .MapRingsEndpoints()
            .MapAccountsEndpoints();
        return app;
    }
}
