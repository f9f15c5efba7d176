using LinkGraph.Api.Options;
using LinkGraph.Core.Options;
using LinkGraph.Jobs;
using LinkGraph.Neo4j;
using Microsoft.Extensions.Options;

namespace LinkGraph.Api.Composition;

/// <summary>
/// Binds every options class and runs every validator before the host is built, so a bad configuration is
/// reported whole (all failures of all sections at once) instead of one exception at a time.
/// </summary>
public static class ApiOptionsCheck
{
    /// <summary>Configuration section of Core's <see cref="DetectionOptions"/> (defaults documented there).</summary>
    public const string DetectionSection = "Detection";

    public static IReadOnlyList<string> Validate(IConfiguration configuration)
    {
        var failures = new List<string>();
        Check(failures, new StorageOptionsValidator(), () => Bind<StorageOptions>(configuration, StorageOptions.SectionName));
        Check(failures, new AuthOptionsValidator(), () => Bind<AuthOptions>(configuration, AuthOptions.SectionName));
        Check(failures, new RateLimitOptionsValidator(), () => Bind<RateLimitOptions>(configuration, RateLimitOptions.SectionName));
        Check(failures, new IngestOptionsValidator(), () => Bind<IngestOptions>(configuration, IngestOptions.SectionName));
        Check(failures, new JobsOptionsValidator(), () => Bind<JobsOptions>(configuration, JobsOptions.SectionName));
        try
        {
            Bind<DiagnosticsOptions>(configuration, DiagnosticsOptions.SectionName); // flags only: a wrong type is the one failure
        }
        catch (OptionsValidationException e)
        {
            failures.AddRange(e.Failures);
        }

        try
        {
            failures.AddRange(DetectionOptionsValidator.Validate(Bind<DetectionOptions>(configuration, DetectionSection)).Select(f => "Detection: " + f));
        }
        catch (OptionsValidationException e)
        {
            failures.AddRange(e.Failures);
        }

        if (!string.IsNullOrWhiteSpace(configuration[$"{Neo4jOptions.SectionName}:{nameof(Neo4jOptions.Uri)}"]))
        {
            try
            {
                failures.AddRange(Neo4jOptionsValidator.Validate(Bind<Neo4jOptions>(configuration, Neo4jOptions.SectionName)));
            }
            catch (OptionsValidationException e)
            {
                failures.AddRange(e.Failures);
            }
        }

        return failures;
    }

    public static T Bind<T>(IConfiguration configuration, string section)
        where T : new()
    {
        var options = new T();
        try
        {
            configuration.GetSection(section).Bind(options);
        }
        catch (InvalidOperationException e)
        {
            // A value of the wrong type (e.g. "abc" for a number): report it like any other failure.
            throw new OptionsValidationException(section, typeof(T), [e.InnerException?.Message ?? e.Message]);
        }

        return options;
    }

    private static void Check<T>(List<string> failures, IValidateOptions<T> validator, Func<T> bind)
        where T : class
    {
        try
        {
            var result = validator.Validate(null, bind());
            if (result.Failed)
            {
                failures.AddRange(result.Failures ?? [result.FailureMessage]);
            }
        }
        catch (OptionsValidationException e)
        {
            failures.AddRange(e.Failures);
        }
    }
}
