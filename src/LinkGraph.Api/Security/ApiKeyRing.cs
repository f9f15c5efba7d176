using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using LinkGraph.Api.Options;

namespace LinkGraph.Api.Security;

/// <summary>
/// The accepted keys, held only as SHA-256 digests. A presented key is hashed (into a stack buffer: no copy of it
/// outlives the call) and its digest compared with every configured digest in constant time, all of them each
/// time, so neither the key nor which entry matched shows in the timing. A few microseconds a request; keys are
/// deliberately not cached in clear to save them.
/// </summary>
public sealed class ApiKeyRing
{
    /// <summary>Longest key hashed from a stack buffer; longer ones (never issued, but accepted) use a pooled one.</summary>
    private const int StackKeyBytes = 512;

    private readonly List<(byte[] Digest, ApiKeyIdentity Identity)> _keys = [];

    public ApiKeyRing(AuthOptions options, string? developmentKey = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var key in options.Keys)
        {
            Add(Convert.FromHexString(key.Sha256), new ApiKeyIdentity(key.Name, new HashSet<string>(key.Roles, StringComparer.Ordinal)));
        }

        if (!string.IsNullOrEmpty(options.BootstrapKey))
        {
            Add(Digest(options.BootstrapKey), new ApiKeyIdentity("bootstrap", new HashSet<string> { ApiRoles.Admin }));
        }

        if (!string.IsNullOrEmpty(developmentKey))
        {
            Add(Digest(developmentKey), new ApiKeyIdentity("development", new HashSet<string> { ApiRoles.Admin }));
        }
    }

    public int Count => _keys.Count;

    public ApiKeyIdentity? Find(string presentedKey)
    {
        ArgumentNullException.ThrowIfNull(presentedKey);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        var length = Encoding.UTF8.GetMaxByteCount(presentedKey.Length);
        byte[]? rented = null;
        var utf8 = length <= StackKeyBytes ? stackalloc byte[StackKeyBytes] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Encoding.UTF8.GetBytes(presentedKey, utf8);
            SHA256.HashData(utf8[..written], digest);
            CryptographicOperations.ZeroMemory(utf8[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        ApiKeyIdentity? found = null;
        foreach (var (known, identity) in _keys)
        {
            // No early exit: every entry is compared whatever matched before.
            if (CryptographicOperations.FixedTimeEquals(known, digest))
            {
                found = identity;
            }
        }

        return found;
    }

    /// <summary>Lower-case hex SHA-256 of the key's UTF-8 bytes: the form keys are configured in.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(Digest(key));

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>A digest configured twice keeps its last identity (as the dictionary this replaced did).</summary>
    private void Add(byte[] digest, ApiKeyIdentity identity)
    {
        _keys.RemoveAll(k => k.Digest.AsSpan().SequenceEqual(digest));
        _keys.Add((digest, identity));
    }
}
