namespace LinkGraph.Neo4j.Export;

/// <summary>
/// The files of a bulk export and their headers, in the format <c>neo4j-admin database import full</c> expects
/// (Operations Manual, "Import": <c>name:ID(IdSpace)</c>, <c>:LABEL</c>, <c>:START_ID(IdSpace)</c>,
/// <c>:END_ID(IdSpace)</c>, <c>:TYPE</c>, typed properties such as <c>score:double</c>, arrays as <c>type[]</c>).
/// Property names match what the sync writes, so both paths give the same graph.
/// </summary>
public static class Neo4jCsvFiles
{
    public const string Accounts = "accounts.csv";
    public const string Identifiers = "identifiers.csv";
    public const string Runs = "runs.csv";
    public const string Rings = "rings.csv";
    public const string Used = "used.csv";
    public const string MemberOf = "member_of.csv";
    public const string Linked = "linked.csv";
    public const string FoundIn = "found_in.csv";

    public const string AccountsHeader = "id:ID(Account),createdAt:datetime,firstSeen:datetime,org,country,emailDomain,ringId,riskScore:double,:LABEL";
    public const string IdentifiersHeader = "id:ID(Identifier),value,kind,:LABEL";
    public const string RunsHeader = "id:ID(Run),startedAt:datetime,finishedAt:datetime,accounts:long,links:long,current:boolean,:LABEL";
    public const string RingsHeader = "id:ID(Ring),score:double,flagged:boolean,size:int,reasons:string[],sharedPayment:int,sharedIp:int,sharedIpPrefix:int,sharedDevice:int,sharedPrompt:int,runId,current:boolean,:LABEL";
    public const string UsedHeader = ":START_ID(Account),:END_ID(Identifier),firstSeen:datetime,lastSeen:datetime,count:int,derivedRunId,:TYPE";
    public const string MemberOfHeader = ":START_ID(Account),:END_ID(Ring),runId,:TYPE";
    public const string LinkedHeader = ":START_ID(Account),:END_ID(Account),weight:double,kinds:string[],runId,:TYPE";
    public const string FoundInHeader = ":START_ID(Ring),:END_ID(Run),size:int,score:double,:TYPE";

    public static IReadOnlyList<string> NodeFiles { get; } = [Accounts, Identifiers, Runs, Rings];

    public static IReadOnlyList<string> RelationshipFiles { get; } = [Used, MemberOf, Linked, FoundIn];

    /// <summary>
    /// The import command for files placed in <paramref name="directory"/> (as the server sees it, e.g.
    /// <c>/import</c> in the Docker image). Run it with Neo4j stopped; the database must be new or empty, or
    /// --overwrite-destination replaces it. Constraints are not created by the import: run
    /// <c>cypher/001_create_schema.cypher</c> after the first start.
    /// </summary>
    public static string ImportCommand(string directory, string database = "neo4j")
    {
        var dir = directory.TrimEnd('/');
        var nodes = string.Join(" ", NodeFiles.Select(f => $"--nodes={dir}/{f}"));
        var relationships = string.Join(" ", RelationshipFiles.Select(f => $"--relationships={dir}/{f}"));
        return $"neo4j-admin database import full --overwrite-destination --id-type=string --array-delimiter=\";\" {nodes} {relationships} {database}";
    }
}
