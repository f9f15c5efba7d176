namespace LinkGraph.Api.Security;

/// <summary>Who a key belongs to and what it may do; holds no secret.</summary>
public sealed record ApiKeyIdentity(string Name, IReadOnlySet<string> Roles);
