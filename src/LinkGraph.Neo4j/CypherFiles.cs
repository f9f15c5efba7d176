namespace LinkGraph.Neo4j;

/// <summary>Names of the <c>cypher/</c> files the sync sends, so a renamed file fails a test rather than a sync.</summary>
public static class CypherFiles
{
    public const string CreateSchema = "001_create_schema";
    public const string UpsertAccounts = "010_upsert_accounts";
    public const string UpsertPayments = "020_upsert_payments";
    public const string UpsertIps = "021_upsert_ips";
    public const string UpsertIpPrefixes = "022_upsert_ip_prefixes";
    public const string UpsertDevices = "023_upsert_devices";
    public const string UpsertPromptTemplates = "024_upsert_prompt_templates";
    public const string UpsertUsage = "030_upsert_usage";
    public const string UpsertRun = "040_upsert_run";
    public const string UpsertRings = "041_upsert_rings";
    public const string UpsertMemberships = "042_upsert_memberships";
    public const string UpsertLinks = "043_upsert_links";
    public const string RemoveStaleMemberships = "050_remove_stale_memberships";
    public const string RetireStaleRings = "051_retire_stale_rings";
    public const string RemoveStaleLinks = "052_remove_stale_links";
    public const string RemoveStaleDerivedUsage = "053_remove_stale_derived_usage";
    public const string ReadRunCurrent = "060_read_run_current";
    public const string MarkRunSynced = "070_mark_run_synced";
}
