using Microsoft.Extensions.Options;

namespace LinkGraph.Api.Options;

public sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.PermitLimit < 1)
        {
            failures.Add($"RateLimit:PermitLimit must be at least 1, got {options.PermitLimit}.");
        }

        if (options.Window < TimeSpan.FromMilliseconds(1) || options.Window > TimeSpan.FromHours(1))
        {
            failures.Add($"RateLimit:Window must be between 1 ms and 1 hour, got {options.Window}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
