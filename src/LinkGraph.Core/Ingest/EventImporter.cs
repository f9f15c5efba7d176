using System.Collections.Concurrent;
using System.Globalization;
using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Errors;
using LinkGraph.Core.Events;
using LinkGraph.Core.Signals;

namespace LinkGraph.Core.Ingest;

/// <summary>
/// Imports one input (a file, a request body) as one all-or-nothing unit: validated events are normalised and
/// added to a write session, which is committed only when the whole input has been read. Without
/// <see cref="ImportOptions.SkipInvalid"/>, any rejected line means nothing is stored: reading continues to
/// the end so that every bad line is reported, then <see cref="InvalidInputException"/> is thrown and the
/// session is left uncommitted. With it, bad lines are reported in the result and the rest is committed.
/// </summary>
/// <remarks>
/// With <see cref="ImportOptions.Concurrent"/> (the default), reading and parsing run on a worker thread while the calling thread writes; each batch of parsed lines is
/// normalised (prompt sketches, content hashes: the costly part) as its own thread-pool task, so several batches
/// are normalised at once on spare cores. Batches reach the writer in line order through a bounded queue, so
/// memory stays bounded and what is stored does not depend on timing. Without it, everything runs on the calling
/// thread: for callers that already import many inputs at once (the API's concurrent requests), where more
/// threads per input only add context switches. The session is only touched by the calling thread.
/// </remarks>
public sealed class EventImporter
{
    private const int BatchSize = 1024;
    private const int QueuedBatches = 16;

    private readonly EventNormalizer _normalizer;

    public EventImporter(EventNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        _normalizer = normalizer;
    }

    /// <param name="source">What a reader yields for the input, in line order.</param>
    /// <param name="session">Receives the events; committed here on success, never on failure.</param>
    /// <param name="sourceName">Names the input in error messages (a file name, "stdin", "request").</param>
    /// <param name="progress">Called on the calling thread with the number of lines read so far, every <see cref="ImportOptions.ProgressInterval"/> lines and at the end.</param>
    public ImportResult Import(
        IEnumerable<EventReadResult> source,
        IEventWriteSession session,
        string sourceName,
        ImportOptions? options = null,
        Action<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(session);
        options ??= new ImportOptions();
        if (options.MaxReportedRejections < 0 || options.ProgressInterval < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options, "MaxReportedRejections must be >= 0 and ProgressInterval >= 1.");
        }

        var rejections = new List<EventRejection>();
        long read = 0, stored = 0, duplicates = 0, rejected = 0;
        var nextProgress = (long)options.ProgressInterval;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var queue = new BlockingCollection<Task<Batch>>(QueuedBatches);
        Task? producer = null;
        IEnumerable<Batch> batches;
        if (options.Concurrent)
        {
            producer = Task.Run(() => Produce(source, options.SkipInvalid, queue, stop.Token), stop.Token);
            // Rethrows a normaliser failure as itself.
            batches = queue.GetConsumingEnumerable(stop.Token).Select(pending => pending.GetAwaiter().GetResult());
        }
        else
        {
            // Each batch is consumed before the next chunk is read, so one pair of arrays serves them all.
            var items = new Item[BatchSize];
            batches = Chunks(source, options.SkipInvalid, reuse: true).Select(chunk => Normalize(chunk, items, cancellationToken));
        }

        try
        {
            foreach (var batch in batches)
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    var item = batch.Items[i];
                    read++;
                    if (item.Rejection is { } rejection)
                    {
                        rejected++;
                        if (rejections.Count < options.MaxReportedRejections)
                        {
                            rejections.Add(rejection);
                        }
                    }
                    else if (item.Event is { } normalized && (rejected == 0 || options.SkipInvalid))
                    {
                        if (session.Add(normalized))
                        {
                            stored++;
                        }
                        else
                        {
                            duplicates++;
                        }
                    }
                }

                if (read >= nextProgress)
                {
                    progress?.Invoke(read);
                    nextProgress = ((read / options.ProgressInterval) + 1) * options.ProgressInterval;
                }
            }
        }
        catch
        {
            // Unblock and stop the reader before the session goes away.
            stop.Cancel();
            if (producer is not null)
            {
                WaitQuietly(producer);
            }

            throw;
        }

        // Rethrows a reader failure (e.g. an I/O error) as itself.
        producer?.GetAwaiter().GetResult();
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Invoke(read);
        if (rejected > 0 && !options.SkipInvalid)
        {
            throw new InvalidInputException(RejectionMessage(sourceName, read, rejected, rejections.Count), rejections);
        }

        session.Commit();
        return new ImportResult(read, stored, duplicates, rejected, rejections);
    }

    /// <summary>Reads on the worker thread and queues one normalising task per chunk, in line order.</summary>
    private void Produce(IEnumerable<EventReadResult> source, bool skipInvalid, BlockingCollection<Task<Batch>> queue, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var chunk in Chunks(source, skipInvalid, reuse: false))
            {
                queue.Add(Task.Run(() => Normalize(chunk, new Item[chunk.Count], cancellationToken), cancellationToken), cancellationToken);
            }
        }
        finally
        {
            queue.CompleteAdding();
        }
    }

    /// <summary>
    /// The input in chunks of <see cref="BatchSize"/> lines. Once the input is known to be rejected (a bad line
    /// without <see cref="ImportOptions.SkipInvalid"/>), later valid lines are only read to report the other bad
    /// ones: they are not normalised. With <paramref name="reuse"/>, every chunk shares one array (for a consumer that
    /// is done with a chunk before asking for the next).
    /// </summary>
    private static IEnumerable<Chunk> Chunks(IEnumerable<EventReadResult> source, bool skipInvalid, bool reuse)
    {
        var lines = new EventReadResult[BatchSize];
        var count = 0;
        var normalizeBefore = BatchSize;
        foreach (var result in source)
        {
            if (result.Rejection is not null && !skipInvalid && normalizeBefore == BatchSize)
            {
                normalizeBefore = count;
            }

            lines[count++] = result;
            if (count == BatchSize)
            {
                yield return new Chunk(lines, count, normalizeBefore);
                lines = reuse ? lines : new EventReadResult[BatchSize];
                count = 0;
                normalizeBefore = normalizeBefore == BatchSize ? BatchSize : 0;
            }
        }

        if (count > 0)
        {
            yield return new Chunk(lines, count, normalizeBefore);
        }
    }

    /// <summary>An item with neither event nor rejection is a valid line left unnormalised because the input is already rejected.</summary>
    private Batch Normalize(Chunk chunk, Item[] items, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        for (var i = 0; i < chunk.Count; i++)
        {
            var result = chunk.Lines[i];
            items[i] = result.Rejection is { } rejection
                ? new Item(null, rejection)
                : new Item(i < chunk.NormalizeBefore ? _normalizer.Normalize(result.Event!) : null, null);
        }

        return new Batch(items, chunk.Count);
    }

    private static void WaitQuietly(Task task)
    {
        try
        {
            task.Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // The consumer's exception is the one to report.
        }
    }

    private static string RejectionMessage(string sourceName, long read, long rejected, int listed)
    {
        var message = string.Create(CultureInfo.InvariantCulture, $"{sourceName}: {rejected} of {read} lines rejected; nothing was stored");
        return listed < rejected
            ? string.Create(CultureInfo.InvariantCulture, $"{message} (the first {listed} are listed)")
            : message;
    }

    private readonly record struct Item(NormalizedEvent? Event, EventRejection? Rejection);

    private sealed record Batch(Item[] Items, int Count);

    /// <param name="NormalizeBefore">Valid lines from this index on are not normalised (the input is already rejected).</param>
    private sealed record Chunk(EventReadResult[] Lines, int Count, int NormalizeBefore);
}
