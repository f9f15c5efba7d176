using Microsoft.Extensions.Options;
using Quartz;

namespace LinkGraph.Jobs;

/// <summary>Checks <see cref="JobsOptions"/> at start-up and reports every problem at once.</summary>
public sealed class JobsOptionsValidator : IValidateOptions<JobsOptions>
{
    public ValidateOptionsResult Validate(string? name, JobsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.Cron))
        {
            try
            {
                _ = new CronExpression(options.Cron);
            }
            catch (FormatException e)
            {
                failures.Add($"Jobs:Cron '{options.Cron}' is not a valid Quartz cron expression (seconds minutes hours day-of-month month day-of-week, e.g. '0 0 * * * ?'): {e.Message}");
            }
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.CronTimeZone, out _))
        {
            failures.Add($"Jobs:CronTimeZone '{options.CronTimeZone}' is not a known time zone.");
        }

        if (options.HoldBeforePublish < TimeSpan.Zero)
        {
            failures.Add($"Jobs:HoldBeforePublish must not be negative, got {options.HoldBeforePublish}.");
        }

        if (options.RetainedRuns < 1)
        {
            failures.Add($"Jobs:RetainedRuns must be at least 1, got {options.RetainedRuns}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
