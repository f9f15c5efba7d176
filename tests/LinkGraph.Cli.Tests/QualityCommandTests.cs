namespace LinkGraph.Cli.Tests;

public sealed class QualityCommandTests
{
    [Fact]
    public async Task Quality_SeedsOutsideTheFamily_ExitsTwo()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("quality", "--family", "tuning", "--seeds", "3", "--first-seed", "998");

        Assert.Equal(2, code);
        Assert.Contains("not all in the tuning family", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quality_UnknownFamily_ExitsTwo()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("quality", "--family", "test");

        Assert.Equal(2, code);
        Assert.Contains("test", stderr, StringComparison.Ordinal);
    }
}
