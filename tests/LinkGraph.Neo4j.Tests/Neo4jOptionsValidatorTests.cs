namespace LinkGraph.Neo4j.Tests;

public sealed class Neo4jOptionsValidatorTests
{
    [Fact]
    public void Validate_DefaultsWithUri_NoFailures()
    {
        Assert.Empty(Neo4jOptionsValidator.Validate(new Neo4jOptions { Uri = new Uri("http://localhost:7474") }));
    }

    [Fact]
    public void Validate_EverythingWrong_ReportsEveryFailureAtOnce()
    {
        var options = new Neo4jOptions
        {
            Uri = new Uri("ftp://example"),
            Database = " ",
            User = "a:b",
            Password = "x",
            BatchSize = 0,
            BatchesPerTransaction = 0,
            MaxRetries = -1,
            RetryDelay = TimeSpan.FromSeconds(20),
            RequestTimeout = TimeSpan.Zero,
        };

        var failures = Neo4jOptionsValidator.Validate(options);

        Assert.Equal(8, failures.Count);
        Assert.Contains(failures, f => f.Contains("got 'ftp://example/'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("BatchSize must be between 1 and 100000; got 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NoUri_SaysItIsRequired()
    {
        var failure = Assert.Single(Neo4jOptionsValidator.Validate(new Neo4jOptions()));

        Assert.Contains("Neo4j:Uri is required", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctor_InvalidOptions_ThrowsListingFailures()
    {
        using var http = new HttpClient();

        var ex = Assert.Throws<ArgumentException>(() => new Neo4jQueryClient(http, new Neo4jOptions { BatchSize = -5 }));

        Assert.Contains("Neo4j:Uri is required", ex.Message, StringComparison.Ordinal);
        Assert.Contains("got -5", ex.Message, StringComparison.Ordinal);
    }
}
