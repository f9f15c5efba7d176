using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Api.Tests;

/// <summary>
/// A real child process killed in the middle of a run, or right after acknowledging batches: after restart the run is
/// run again and no acknowledged event is lost.
/// </summary>
public sealed class ProcessRestartTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "lg-kill-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task KilledDuringRun_Restarted_RerunsRunAndKeepsEveryEvent()
    {
        var db = Path.Combine(_directory, "api.db");
        string runId;
        using (var first = await ApiProcess.StartAsync(db, new Dictionary<string, string> { ["Jobs__HoldBeforePublish"] = "00:10:00" }))
        {
            var posted = await PostAsync(first, TestData.Ndjson());
            Assert.Equal(7, posted.GetProperty("stored").GetInt32());
            var started = await first.Client.PostAsync(TestData.Url("/api/v1/runs"), null, TestContext.Current.CancellationToken);
            runId = (await started.JsonAsync()).GetProperty("id").GetString()!;

            // Detection is done and the run holds before publishing: kill it there.
            await WaitUntilAsync(first, runId, r => r.GetProperty("state").GetString() == "running" && r.GetProperty("stage").GetString() == "publish");
            await first.KillAsync();
        }

        using var second = await ApiProcess.StartAsync(db);
        var finished = await WaitUntilAsync(second, runId, r => r.GetProperty("state").GetString() is "succeeded" or "failed");

        Assert.Equal("succeeded", finished.GetProperty("state").GetString());
        var again = await PostAsync(second, TestData.Ndjson());
        Assert.Equal((0, 7), (again.GetProperty("stored").GetInt32(), again.GetProperty("duplicates").GetInt32()));
        var rings = await (await second.Client.GetAsync(TestData.Url("/api/v1/rings"), TestContext.Current.CancellationToken)).JsonAsync();
        Assert.Equal(runId, rings.GetProperty("run").GetProperty("id").GetString());
        var profile = await (await second.Client.GetAsync(TestData.Url("/api/v1/accounts/acc_2"), TestContext.Current.CancellationToken)).JsonAsync();
        Assert.Equal(JsonValueKind.Object, profile.GetProperty("ring").ValueKind);
    }

    [Fact]
    public async Task KilledRightAfterConcurrentBatchesAcknowledged_Restarted_EveryAcknowledgedEventStored()
    {
        var db = Path.Combine(_directory, "api.db");
        // Eight batches at once: those arriving while the writer is busy share its transactions (group commit).
        var batches = Enumerable.Range(0, 8).Select(b => string.Concat(Enumerable.Range(0, 500).Select(i =>
            $$"""{"type":"ip","account":"k{{b}}_{{i % 40}}","at":"2026-02-01T12:00:00Z","value":"10.{{b}}.{{i % 250}}.{{i % 7}}","id":"k{{b}}-{{i}}"}""" + "\n"))).ToList();
        using (var first = await ApiProcess.StartAsync(db))
        {
            var acknowledged = await Task.WhenAll(batches.Select(b => PostAsync(first, b)));
            Assert.All(acknowledged, a => Assert.Equal(500, a.GetProperty("stored").GetInt32()));
            await first.KillAsync();
        }

        using var second = await ApiProcess.StartAsync(db);
        var again = await Task.WhenAll(batches.Select(b => PostAsync(second, b)));

        Assert.All(again, a => Assert.Equal((0, 500), (a.GetProperty("stored").GetInt32(), a.GetProperty("duplicates").GetInt32())));
    }

    private static async Task<JsonElement> PostAsync(ApiProcess api, string ndjson)
    {
        var response = await api.Client.PostAsync(TestData.Url("/api/v1/events"), TestData.Body(ndjson), TestContext.Current.CancellationToken);
        return await response.JsonAsync();
    }

    /// <summary>Polls the run over HTTP (another process: no in-process signal exists) until the condition holds, 60 s at most.</summary>
    private static async Task<JsonElement> WaitUntilAsync(ApiProcess api, string runId, Func<JsonElement, bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        JsonElement run = default;
        try
        {
            while (true)
            {
                run = await (await api.Client.GetAsync(TestData.Url($"/api/v1/runs/{runId}"), timeout.Token)).JsonAsync();
                if (condition(run))
                {
                    return run;
                }

                await Task.Delay(50, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Run {runId} never reached the expected state; last seen {run}.\n{api.Output}");
        }
    }

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
