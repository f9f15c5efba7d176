using LinkGraph.Api.Ingest;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LinkGraph.Api.Tests;

public sealed class EventWriterWarmupTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "lg-warmup-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Start_StoreWithEvents_KeysLoadedInTheBackgroundAndRedeliveryStoresNothing()
    {
        var settings = new Dictionary<string, string?> { ["LINKGRAPH_DB"] = Path.Combine(_directory, "api.db") };
        using (var first = new ApiHost(settings: settings))
        {
            Assert.Equal(TestData.NdjsonEvents, (await Post(first)).GetProperty("stored").GetInt32());
        }

        SqliteConnection.ClearAllPools();
        using var restarted = new ApiHost(settings: settings);
        var warmup = restarted.Services.GetServices<IHostedService>().OfType<EventWriterWarmup>().Single();
        await warmup.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(TestData.NdjsonEvents, warmup.LoadedKeys);
        var again = await Post(restarted);
        Assert.Equal((0, TestData.NdjsonEvents), (again.GetProperty("stored").GetInt32(), again.GetProperty("duplicates").GetInt32()));
    }

    private static async Task<System.Text.Json.JsonElement> Post(ApiHost host) =>
        await (await host.ClientFor(TestKeys.Ingest).PostAsync(
            TestData.Url("/api/v1/events"), TestData.Body(TestData.Ndjson(), "application/x-ndjson"), TestContext.Current.CancellationToken)).JsonAsync();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
