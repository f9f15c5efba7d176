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
    public static RingsDocument Execute(CliContext context, SqliteConnectionFactory factory, DetectionOptions options, string trigger, CancellationToken cancellationToken)
    {
        var runs = new SqliteRunStore(factory);
        var run = runs.CreateRun(trigger, context.Time.GetUtcNow());
        runs.TryStartRun(run.Id, context.Time.GetUtcNow());
        var progress = new StageProgressPrinter(context.Error, context.Time);
        DetectionResult result;
        try
        {
            result = new DetectionPipeline(options).Run(new SqliteDetectionSource(factory), progress, cancellationToken);
            ReleaseDetectionMemory();
            progress.Report(new StageProgress(RunStages.Publish, 100, "storing rings"));
            runs.CompleteRun(run.Id, result, context.Time.GetUtcNow());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            runs.FailRun(run.Id, ex.Message, context.Time.GetUtcNow());
            throw;
        }

        // The rings just stored are at hand: the document is the run's stored summary and these rings in their
        // published rank, the same as reading the run back, without parsing every ring again.
        var document = runs.GetRingsDocument(run.Id, result)
            ?? throw new LinkGraphException("run_missing", $"Run {run.Id} finished but it is not recorded as succeeded.");
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
