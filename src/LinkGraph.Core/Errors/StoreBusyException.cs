namespace LinkGraph.Core.Errors;

/// <summary>
/// The store could not take the request now because another writer or reader holds a lock it needs; retrying later
/// may succeed. The HTTP API answers 503 with <c>Retry-After</c>.
/// </summary>
public sealed class StoreBusyException : LinkGraphException
{
    public const string ErrorCode = "store_busy";

    public StoreBusyException(string message, Exception? innerException = null, TimeSpan? retryAfter = null)
        : base(ErrorCode, message, innerException)
    {
        RetryAfter = retryAfter ?? TimeSpan.FromSeconds(1);
    }

    /// <summary>How long a caller should wait before trying again.</summary>
    public TimeSpan RetryAfter { get; }
}
