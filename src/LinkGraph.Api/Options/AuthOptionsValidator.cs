using LinkGraph.Api.Security;
using Microsoft.Extensions.Options;

namespace LinkGraph.Api.Options;

public sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Keys.Count; i++)
        {
            var key = options.Keys[i];
            var where = $"Auth:Keys:{i}";
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                failures.Add($"{where}:Name is required.");
            }
            else if (!names.Add(key.Name))
            {
                failures.Add($"{where}:Name '{key.Name}' is used by another key.");
            }

            if (key.Sha256.Length != 64 || !key.Sha256.All(char.IsAsciiHexDigit))
            {
                // Do not echo the value: someone may have pasted the key itself here.
                failures.Add($"{where}:Sha256 must be 64 hex digits (the SHA-256 of the key), got {key.Sha256.Length} characters.");
            }

            if (key.Roles.Count == 0)
            {
                failures.Add($"{where}:Roles must name at least one of {string.Join(", ", ApiRoles.All)}.");
            }

            foreach (var role in key.Roles.Where(r => !ApiRoles.All.Contains(r)))
            {
                failures.Add($"{where}:Roles has unknown role '{role}'; expected one of {string.Join(", ", ApiRoles.All)}.");
            }
        }

        if (options.BootstrapKey is { Length: > 0 and < 16 })
        {
            failures.Add($"LINKGRAPH_API_KEY must be at least 16 characters, got {options.BootstrapKey.Length}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
