using System.Security.Cryptography;
using System.Text;
using LinkGraph.Api.Options;

namespace LinkGraph.Api.Security;

/// <summary>
/// The accepted keys, held only as SHA-256 hashes. A presented key is hashed and looked up, so no key is ever
/// compared in clear or kept in memory beyond the request that carried it.
/// </summary>
public sealed class ApiKeyRing
{
    private readonly Dictionary<string, ApiKeyIdentity> _byHash = new(StringComparer.Ordinal);

    public ApiKeyRing(AuthOptions options, string? developmentKey = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var key in options.Keys)
        {
            _byHash[key.Sha256.ToLowerInvariant()] = new ApiKeyIdentity(key.Name, new HashSet<string>(key.Roles, StringComparer.Ordinal));
        }

        if (!string.IsNullOrEmpty(options.BootstrapKey))
        {
            _byHash[Hash(options.BootstrapKey)] = new ApiKeyIdentity("bootstrap", new HashSet<string> { ApiRoles.Admin });
        }

        if (!string.IsNullOrEmpty(developmentKey))
        {
            _byHash[Hash(developmentKey)] = new ApiKeyIdentity("development", new HashSet<string> { ApiRoles.Admin });
        }
    }

    public int Count => _byHash.Count;

    public ApiKeyIdentity? Find(string presentedKey) =>
        _byHash.TryGetValue(Hash(presentedKey), out var identity) ? identity : null;

    /// <summary>Lower-case hex SHA-256 of the key's UTF-8 bytes: the form keys are configured in.</summary>
    public static string Hash(string key)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), digest);
        return Convert.ToHexStringLower(digest);
    }
}
