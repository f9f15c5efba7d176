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
public sealed class EventImporter
{
    private readonly EventNormalizer _normalizer;

    public EventImporter(EventNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        _normalizer = normalizer;
    }

    /// <param name="source">What a reader yields for the input, in line order.</param>
    /// <param name="session">Receives the events; committed here on success, never on failure.</param>
    /// <param name="sourceName">Names the input in error messages (a file name, "stdin", "request").</param>
    /// <param name="progress">Called with the number of lines read so far, every <see cref="ImportOptions.ProgressInterval"/> lines and at the end.</param>
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
        foreach (var result in source)
        {
            read++;
            if (read % options.ProgressInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Invoke(read);
            }

            if (result.Rejection is { } rejection)
            {
                rejected++;
                if (rejections.Count < options.MaxReportedRejections)
                {
                    rejections.Add(rejection);
                }

                continue;
            }

            // Once the input is known to be rejected, only keep reading to report the remaining bad lines.
            if (rejected > 0 && !options.SkipInvalid)
            {
                continue;
            }

            if (session.Add(_normalizer.Normalize(result.Event!)))
            {
                stored++;
            }
            else
            {
                duplicates++;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Invoke(read);
        if (rejected > 0 && !options.SkipInvalid)
        {
            throw new InvalidInputException(RejectionMessage(sourceName, read, rejected, rejections.Count), rejections);
        }

        session.Commit();
        return new ImportResult(read, stored, duplicates, rejected, rejections);
    }

    private static string RejectionMessage(string sourceName, long read, long rejected, int listed)
    {
        var message = string.Create(CultureInfo.InvariantCulture, $"{sourceName}: {rejected} of {read} lines rejected; nothing was stored");
        return listed < rejected
            ? string.Create(CultureInfo.InvariantCulture, $"{message} (the first {listed} are listed)")
            : message;
    }
}
