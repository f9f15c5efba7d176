namespace LinkGraph.Core.Signals;

/// <summary>
/// The kind of a shared identifier that can link accounts. Persisted: values are append-only,
/// pinned by a golden test.
/// </summary>
public enum IdentifierKind
{
    /// <summary>Payment fingerprint as given by the processor.</summary>
    Payment = 1,
    /// <summary>Canonical IP address.</summary>
    Ip = 2,
    /// <summary>The network an IP belongs to (/24 for v4, /64 for v6): weaker than the address.</summary>
    IpPrefix = 3,
    /// <summary>Device fingerprint as given.</summary>
    Device = 4,
    /// <summary>Hash of the normalised prompt text: the exact-template signal.</summary>
    PromptExact = 5,
    /// <summary>Near-duplicate prompt cluster found at detection time.</summary>
    PromptTemplate = 6,
}
