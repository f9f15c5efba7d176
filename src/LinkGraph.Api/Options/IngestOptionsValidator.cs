using Microsoft.Extensions.Options;

namespace LinkGraph.Api.Options;

public sealed class IngestOptionsValidator : IValidateOptions<IngestOptions>
{
    /// <summary>Bodies are buffered in memory before the all-or-nothing import, so the cap stays well below 2 GiB.</summary>
    public const long MaxAllowed = 1L << 30;

    public ValidateOptionsResult Validate(string? name, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.MaxBodyBytes is < 1 or > MaxAllowed
            ? ValidateOptionsResult.Fail($"Ingest:MaxBodyBytes must be between 1 and {MaxAllowed}, got {options.MaxBodyBytes}.")
            : ValidateOptionsResult.Success;
    }
}
