using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace LinkGraph.Api.Health;

/// <summary>Ready when the Quartz scheduler is running (not still starting, in standby or shutting down).</summary>
public sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy("The scheduler is running.")
            : HealthCheckResult.Unhealthy($"The scheduler is {status.ToString().ToLowerInvariant()}.");
    }
}
