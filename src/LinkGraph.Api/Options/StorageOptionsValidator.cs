using Microsoft.Extensions.Options;

namespace LinkGraph.Api.Options;

public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            return ValidateOptionsResult.Fail("Storage:DatabasePath (or LINKGRAPH_DB) must name a file, got an empty value.");
        }

        return Directory.Exists(options.DatabasePath)
            ? ValidateOptionsResult.Fail($"Storage:DatabasePath '{options.DatabasePath}' is a directory; it must name a file.")
            : ValidateOptionsResult.Success;
    }
}
