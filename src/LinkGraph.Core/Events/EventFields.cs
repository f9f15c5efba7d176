namespace LinkGraph.Core.Events;

/// <summary>The field names of docs/contract.md §1, as they appear in NDJSON keys, CSV headers and rejections.</summary>
public static class EventFields
{
    public const string Type = "type";
    public const string Account = "account";
    public const string At = "at";
    public const string Value = "value";
    public const string Id = "id";
    public const string EmailDomain = "email_domain";
    public const string Country = "country";
    public const string Org = "org";

    /// <summary>Pseudo-field for problems with the line as a whole (not JSON, not a CSV record, too long).</summary>
    public const string Line = "line";

    /// <summary>The CSV header in its documented order.</summary>
    public static IReadOnlyList<string> All { get; } = [Type, Account, At, Value, Id, EmailDomain, Country, Org];
}
