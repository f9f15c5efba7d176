using LinkGraph.Storage.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LinkGraph.Api.Health;

/// <summary>Ready when the SQLite file opens, its schema is current and the runs table answers.</summary>
public sealed class StoreHealthCheck(SqliteConnectionFactory connections) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = connections.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM runs WHERE state IN (0, 1)";
            var unfinished = (long)command.ExecuteScalar()!;
            return Task.FromResult(HealthCheckResult.Healthy($"{unfinished} run(s) queued or running."));
        }
#pragma warning disable CA1031 // a health check reports any failure instead of throwing
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The store cannot be read.", e));
        }
    }
}
