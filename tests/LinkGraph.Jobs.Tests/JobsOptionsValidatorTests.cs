namespace LinkGraph.Jobs.Tests;

public sealed class JobsOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        Assert.True(new JobsOptionsValidator().Validate(null, new JobsOptions()).Succeeded);
    }

    [Fact]
    public void Validate_ValidCron_Succeeds()
    {
        Assert.True(new JobsOptionsValidator().Validate(null, new JobsOptions { Cron = "0 0 * * * ?" }).Succeeded);
    }

    [Fact]
    public void Validate_EverythingWrong_ReportsAllFourAtOnce()
    {
        var options = new JobsOptions { Cron = "hourly", CronTimeZone = "Mars/Olympus", HoldBeforePublish = TimeSpan.FromSeconds(-1), RetainedRuns = 0 };

        var result = new JobsOptionsValidator().Validate(null, options);

        Assert.Equal(4, result.Failures!.Count());
        Assert.Contains(result.Failures!, f => f.Contains("Jobs:Cron 'hourly'", StringComparison.Ordinal));
    }
}
