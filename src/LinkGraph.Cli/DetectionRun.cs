using System.Globalization;
using LinkGraph.Core.Errors;
using LinkGraph.Core.Options;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Rings;
using LinkGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Cli;

/// <summary>
/// One detection run from the command line: recorded in the store's run table like a service run (so
/// <c>linkgraph rings</c> and the API can read it later), with stage progress on stderr.
/// </summary>
public static class DetectionRun
{
    /// <param name="whilePublishing">
    /// Called with the run's rings document on a worker thread while the run is being stored (the publish is SQLite's
    /// work on one thread; the caller writes its output on the other core meanwhile). The run is not yet visible
    /// then, and may still fail: the callback should stage what it writes and commit it only once this returns.
    /// </param>
    public static RingsDocument Execute(
        CliContext context, SqliteConnectionFactory factory, DetectionOptions options, string trigger, CancellationToken cancellationToken,
        Action<RingsDocument>? whilePublishing = null)
    {
        var runs = new SqliteRunStore(factory);
        var run = runs.CreateRun(trigger, context.Time.GetUtcNow());
        runs.TryStartRun(run.Id, context.Time.GetUtcNow());
        var startedAt = runs.GetRun(run.Id)?.StartedAt ?? throw new LinkGraphException("run_missing", $"Run {run.Id} did not start.");
        var progress = new StageProgressPrinter(context.Error, context.Time);
        RingsDocument document;
        var output = Task.CompletedTask;
        try
        {
            var result = new DetectionPipeline(options).Run(new SqliteDetectionSource(factory), progress, cancellationToken);
            ReleaseDetectionMemory();
            progress.Report(new StageProgress(RunStages.Publish, 100, "storing rings"));

            // The rings just detected are the document: the summary the store is about to record (its times are
            // whole milliseconds) and the rings in their published rank, without reading the run back.
            var finishedAt = DateTimeOffset.FromUnixTimeMilliseconds(context.Time.GetUtcNow().ToUnixTimeMilliseconds());
            document = new RingsDocument(
                new RunSummary(run.Id, startedAt, finishedAt, result.Accounts, result.Links), SqliteRunStore.PublishedOrder(result.Rings));
            output = whilePublishing is null ? Task.CompletedTask : Task.Run(() => whilePublishing(document), CancellationToken.None);
            runs.CompleteRun(run.Id, result, finishedAt);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ((IAsyncResult)output).AsyncWaitHandle.WaitOne(); // let the caller's staged output settle before it cleans up
            runs.FailRun(run.Id, ex.Message, context.Time.GetUtcNow());
            throw;
        }

        output.GetAwaiter().GetResult();
        var stored = runs.GetRun(run.Id);
        if (stored is not { State: RunState.Succeeded } || stored.StartedAt != startedAt || stored.FinishedAt != document.Run.FinishedAt ||
            stored.Accounts != document.Run.Accounts || stored.Links != document.Run.Links)
        {
            throw new LinkGraphException("run_mismatch", $"Run {run.Id} was stored with another summary than the rings document written for it.");
        }

        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"run {run.Id}: {document.Run.Accounts} accounts, {document.Run.Links} links, {document.Rings.Count} rings in {progress.Elapsed.TotalSeconds:F1} s"));
        return document;
    }

    /// <summary>
    /// Detection's arrays (gigabytes on a large store) are garbage once it returns; collecting them before the
    /// publish lets its buffers, the ring bodies and the output writer reuse that memory instead of adding to the peak.
    /// Aggressive: the freed memory is handed back to the system too, room for SQLite's page cache (native memory).
    /// </summary>
    private static void ReleaseDetectionMemory()
    {
        SqliteConnection.ClearAllPools();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
