namespace LinkGraph.Neo4j.Graph;

// The rows the sync sends as $rows and the CSV export writes: one record per node or relationship of the
// graph model (cypher/README.md). Times are ISO-8601 UTC strings, turned into DATE TIME values by datetime().

/// <summary>An <c>:Account</c> node.</summary>
public sealed record AccountRow(string Id, string? CreatedAt, string FirstSeen, string? Org, string? Country, string? EmailDomain, string? RingId, double RiskScore);

/// <summary>An identifier node: <see cref="Id"/> is its kind plus a stable hash of its value.</summary>
public sealed record IdentifierRow(string Id, string Value, string Kind);

/// <summary>A <c>USED</c> relationship; <see cref="DerivedRunId"/> is set for identifiers found at detection time.</summary>
public sealed record UsageRow(string Account, string Identifier, string FirstSeen, string LastSeen, int Count, string? DerivedRunId);

/// <summary>The <c>:Run</c> node of the synced run.</summary>
public sealed record RunRow(string Id, string StartedAt, string FinishedAt, int Accounts, long Links);

/// <summary>A <c>:Ring</c> node: shared identifier counts per signal, reasons as a list.</summary>
public sealed record RingRow(
    string Id,
    double Score,
    bool Flagged,
    int Size,
    IReadOnlyList<string> Reasons,
    int SharedPayment,
    int SharedIp,
    int SharedIpPrefix,
    int SharedDevice,
    int SharedPrompt);

/// <summary>A <c>MEMBER_OF</c> relationship.</summary>
public sealed record MembershipRow(string Account, string Ring);

/// <summary>A <c>LINKED</c> relationship, stored from the ordinally smaller account id to the larger.</summary>
public sealed record LinkRow(string From, string To, double Weight, IReadOnlyList<string> Kinds);
