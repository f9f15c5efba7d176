namespace LinkGraph.Neo4j;

/// <summary>Checks <see cref="Neo4jOptions"/> completely and reports every failure at once.</summary>
public static class Neo4jOptionsValidator
{
    public static IReadOnlyList<string> Validate(Neo4jOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Uri is null)
        {
            failures.Add("Neo4j:Uri is required (e.g. http://localhost:7474).");
        }
        else if (!options.Uri.IsAbsoluteUri || (options.Uri.Scheme != Uri.UriSchemeHttp && options.Uri.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"Neo4j:Uri must be an absolute http or https address; got '{options.Uri}'.");
        }

        if (string.IsNullOrWhiteSpace(options.Database))
        {
            failures.Add("Neo4j:Database must not be empty.");
        }

        var hasBearer = !string.IsNullOrEmpty(options.BearerToken);
        var hasPassword = !string.IsNullOrEmpty(options.Password);
        if (!hasBearer && hasPassword && string.IsNullOrEmpty(options.User))
        {
            failures.Add("Neo4j:User is required with Neo4j:Password.");
        }

        if (options.User?.Contains(':', StringComparison.Ordinal) == true)
        {
            failures.Add("Neo4j:User must not contain ':' (basic auth joins user and password with it).");
        }

        if (options.BatchSize is < 1 or > 100_000)
        {
            failures.Add($"Neo4j:BatchSize must be between 1 and 100000; got {options.BatchSize}.");
        }

        if (options.BatchesPerTransaction < 1)
        {
            failures.Add($"Neo4j:BatchesPerTransaction must be at least 1; got {options.BatchesPerTransaction}.");
        }

        if (options.MaxRetries is < 0 or > 20)
        {
            failures.Add($"Neo4j:MaxRetries must be between 0 and 20; got {options.MaxRetries}.");
        }

        if (options.RetryDelay < TimeSpan.Zero || options.MaxRetryDelay < options.RetryDelay)
        {
            failures.Add($"Neo4j:RetryDelay must be >= 0 and <= Neo4j:MaxRetryDelay; got {options.RetryDelay} and {options.MaxRetryDelay}.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add($"Neo4j:RequestTimeout must be positive; got {options.RequestTimeout}.");
        }

        return failures;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every failure.</summary>
    public static void ThrowIfInvalid(Neo4jOptions options)
    {
        var failures = Validate(options);
        if (failures.Count > 0)
        {
            throw new ArgumentException("Invalid Neo4j options: " + string.Join(" ", failures), nameof(options));
        }
    }
}
