using System.Globalization;
using System.Runtime.ExceptionServices;
using LinkGraph.Core.Errors;
using LinkGraph.Core.Options;
using LinkGraph.Core.Pipeline;
using LinkGraph.Core.Rings;
using LinkGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Cli;

/// <summary>
/// One detection run from the command line, by <see cref="DetectionRunService"/> like a service run: recorded in the
/// store's run table (so <c>linkgraph rings</c> and the API can read it later), with stage progress on stderr.
/// </summary>
public static class DetectionRun
{
    /// <param name="whilePublishing">
    /// Called with the run's rings document on a worker thread while the run is being stored (the publish is SQLite's
    /// work on one thread; the caller writes its output on the other core meanwhile). The run is not yet visible
    /// then, and may still fail: the callback should stage what it writes and commit it only once this returns.
    /// </param>
    public static async Task<RingsDocument> ExecuteAsync(
        CliContext context, SqliteConnectionFactory factory, DetectionOptions options, string trigger,
        Action<RingsDocument>? whilePublishing, CancellationToken cancellationToken)
    {
        var runs = new SqliteRunStore(factory);
        var service = new DetectionRunService(runs, new PipelineRingDetector(new SqliteDetectionSource(factory), options), context.Time);
        var run = service.CreateRun(trigger);
        var progress = new StageProgressPrinter(context.Error, context.Time);
        RingsDocument? document = null;
        var hooks = new DetectionRunHooks
        {
            Progress = progress,
            BeforePublishAsync = _ =>
            {
                ReleaseDetectionMemory();
                return Task.CompletedTask;
            },
            WhilePublishing = (started, result, finishedAt) =>
            {
                // The rings just detected are the document: the summary the store is about to record and the rings in
                // their published rank, without reading the run back.
                document = new RingsDocument(
                    new RunSummary(run.Id, started.StartedAt!.Value, finishedAt, result.Accounts, result.Links),
                    SqliteRunStore.PublishedOrder(result.Rings));
                return whilePublishing is null ? Task.CompletedTask : Task.Run(() => whilePublishing(document), CancellationToken.None);
            },
        };

        var outcome = await service.RunAsync(run.Id, hooks, cancellationToken);
        switch (outcome.Status)
        {
            case DetectionRunStatus.Failed:
                ExceptionDispatchInfo.Capture(outcome.Failure!).Throw();
                break;
            case DetectionRunStatus.NotStarted:
                throw new LinkGraphException("run_not_started", $"Run {run.Id} could not be started.");
        }

        var stored = outcome.Run;
        if (document is null || stored is not { State: RunState.Succeeded } || stored.StartedAt != document.Run.StartedAt ||
            stored.FinishedAt != document.Run.FinishedAt || stored.Accounts != document.Run.Accounts || stored.Links != document.Run.Links)
        {
            throw new LinkGraphException("run_mismatch", $"Run {run.Id} was stored with another summary than the rings document written for it.");
        }

        await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
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
