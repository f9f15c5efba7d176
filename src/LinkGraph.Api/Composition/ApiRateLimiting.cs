using System.Globalization;
using System.Threading.RateLimiting;
using LinkGraph.Api.Options;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LinkGraph.Api.Composition;

/// <summary>
/// Per-key fixed-window rate limit on every /api/v1 route: the partition is the authenticated key's name (the
/// limiter runs after authentication), or the client address for requests without a valid key. Rejections are
/// 429 problem bodies with <c>Retry-After</c> in whole seconds.
/// </summary>
public static class ApiRateLimiting
{
    public const string PerKeyPolicy = "per-key";

    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PerKeyPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                var partition = context.User.Identity is { IsAuthenticated: true, Name: { } name }
                    ? "key:" + name
                    : "addr:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitLimit,
                    Window = limits.Window,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            o.OnRejected = RejectAsync;
        });

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? wait
            : http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"This key's request rate limit is used up; retry after {seconds} s.",
                Extensions = { ["code"] = "rate_limited" },
            },
        });
    }
}
