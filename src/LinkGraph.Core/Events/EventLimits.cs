namespace LinkGraph.Core.Events;

/// <summary>
/// Size caps applied at validation (docs/contract.md §1 "over-long field"). They bound memory per line and keep one
/// producer bug from filling the store; lengths are in UTF-16 characters after JSON/CSV unescaping.
/// </summary>
public static class EventLimits
{
    /// <summary>Account ids: docs/contract.md §1 fixes 1–128 characters.</summary>
    public const int MaxAccountLength = 128;

    /// <summary>Prompt text (16 KiB characters): long enough for real reasoning-extraction templates.</summary>
    public const int MaxPromptLength = 16 * 1024;

    /// <summary>Payment and device fingerprints and IP text.</summary>
    public const int MaxValueLength = 512;

    /// <summary>Event ids.</summary>
    public const int MaxIdLength = 512;

    /// <summary>email_domain, country and org.</summary>
    public const int MaxAttributeLength = 512;

    /// <summary>
    /// One NDJSON line or CSV field in bytes/characters: above any valid line (a 16 KiB prompt escaped as
    /// \uXXXX is ~96 KiB) yet small enough that a file with no newlines cannot exhaust memory.
    /// </summary>
    public const int MaxLineLength = 1024 * 1024;
}
