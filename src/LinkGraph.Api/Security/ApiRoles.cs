namespace LinkGraph.Api.Security;

/// <summary>The roles a key can hold, and the authorization policies built on them (admin satisfies each).</summary>
public static class ApiRoles
{
    public const string Reader = "reader";
    public const string Ingest = "ingest";
    public const string Admin = "admin";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Reader, Ingest, Admin };
}
