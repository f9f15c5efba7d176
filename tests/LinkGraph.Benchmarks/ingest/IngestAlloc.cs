#:property PublishAot=false
#:project ../../../src/LinkGraph.Core/LinkGraph.Core.csproj
// Request-path cost of ingest on one thread (a .NET 10 file-based app):
//   dotnet run --file tests/LinkGraph.Benchmarks/ingest/IngestAlloc.cs -c Release -- EVENTS.ndjson [PASSES=3]
// Runs what POST /events does per event (NDJSON read + validate, normalise with prompt sketches, the importer's
// batching) without HTTP or the store, and prints allocated bytes and CPU microseconds per event for the read
// alone and for the whole path. The first pass warms the JIT; the figures are the best later pass.
using System.Diagnostics;
using System.Globalization;
using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Events;
using LinkGraph.Core.Ingest;
using LinkGraph.Core.Prompts;
using LinkGraph.Core.Signals;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: IngestAlloc.cs EVENTS.ndjson [PASSES]");
    return 2;
}

var bytes = File.ReadAllBytes(args[0]);
var passes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var readOnly = Best(passes, () =>
{
    long n = 0;
    foreach (var result in NdjsonEventReader.Read(new MemoryStream(bytes, writable: false)))
    {
        n += result.IsValid ? 1 : 0;
    }

    return n;
});
var whole = Best(passes, () =>
{
    var sink = new CountingSession();
    var importer = new EventImporter(new EventNormalizer(PromptSketcher.Sketch));
    importer.Import(NdjsonEventReader.Read(new MemoryStream(bytes, writable: false)), sink, "bench", new ImportOptions(Concurrent: false));
    return sink.Count;
});
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"events={readOnly.Events} read_bytes_per_event={readOnly.BytesPerEvent:F0} read_us_per_event={readOnly.UsPerEvent:F2} import_bytes_per_event={whole.BytesPerEvent:F0} import_us_per_event={whole.UsPerEvent:F2}"));
return 0;

static (long Events, double BytesPerEvent, double UsPerEvent) Best(int passes, Func<long> run)
{
    var best = (Events: 0L, BytesPerEvent: double.MaxValue, UsPerEvent: double.MaxValue);
    for (var pass = 0; pass <= passes; pass++)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var events = run();
        var us = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / events;
        var perEvent = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)events;
        if (pass > 0)
        {
            best = (events, Math.Min(best.BytesPerEvent, perEvent), Math.Min(best.UsPerEvent, us));
        }
    }

    return best;
}

/// <summary>Counts events instead of storing them, so only the request-path work is measured.</summary>
internal sealed class CountingSession : IEventWriteSession
{
    public long Count { get; private set; }

    public bool Add(NormalizedEvent normalizedEvent)
    {
        Count++;
        return true;
    }

    public void Commit()
    {
    }

    public void Dispose()
    {
    }
}
