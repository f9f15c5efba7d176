#:property PublishAot=false
// Load generator for the LinkGraph HTTP API (a .NET 10 file-based app: `dotnet run LoadClient.cs -- ...`).
//   post-events URL KEY FILE BATCH CONCURRENCY       closed loop: FILE's lines in batches, CONCURRENCY in flight
//   get URL KEY PATHS_FILE RATE SECONDS              open loop: RATE requests/s for SECONDS, paths round-robin
// Latency in `get` is measured from each request's scheduled start, so a stalled server cannot hide its queue
// (no coordinated omission: Tene, "How NOT to Measure Latency", 2015).
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

if (args.Length < 1)
{
    return Usage();
}

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    Timeout = TimeSpan.FromSeconds(60),
};

switch (args[0])
{
    case "post-events" when args.Length == 6:
        return await PostEventsAsync(http, new Uri(args[1]), args[2], args[3], int.Parse(args[4], CultureInfo.InvariantCulture), int.Parse(args[5], CultureInfo.InvariantCulture));
    case "get" when args.Length == 6:
        return await GetAsync(http, new Uri(args[1]), args[2], args[3], int.Parse(args[4], CultureInfo.InvariantCulture), double.Parse(args[5], CultureInfo.InvariantCulture));
    default:
        return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("usage: post-events URL KEY FILE BATCH CONCURRENCY | get URL KEY PATHS_FILE RATE SECONDS");
    return 2;
}

static async Task<int> PostEventsAsync(HttpClient http, Uri baseUri, string key, string file, int batch, int concurrency)
{
    var lines = await File.ReadAllLinesAsync(file);
    var bodies = lines.Chunk(batch).Select(c => string.Join('\n', c) + "\n").ToArray();
    var next = -1;
    long events = 0, failures = 0;
    var watch = Stopwatch.StartNew();
    var workers = Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < bodies.Length)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUri, "/api/v1/events"))
            {
                Content = new StringContent(bodies[i], System.Text.Encoding.UTF8, "application/x-ndjson"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await http.SendAsync(request);
            if (response.IsSuccessStatusCode)
            {
                Interlocked.Add(ref events, bodies[i].Count(c => c == '\n'));
            }
            else
            {
                Interlocked.Increment(ref failures);
                Console.Error.WriteLine($"batch {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
    }).ToArray();
    await Task.WhenAll(workers);
    var seconds = watch.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"post-events events={events} batches={bodies.Length} batch={batch} concurrency={concurrency} seconds={seconds:F2} events_per_s={events / seconds:F0} failed_batches={failures}"));
    return failures == 0 ? 0 : 1;
}

static async Task<int> GetAsync(HttpClient http, Uri baseUri, string key, string pathsFile, int rate, double seconds)
{
    var paths = (await File.ReadAllLinesAsync(pathsFile)).Where(p => p.Length > 0).ToArray();
    var total = (int)(rate * seconds);
    var latencies = new double[total];
    var statuses = new int[total];
    var tasks = new Task[total];
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < total; i++)
    {
        var scheduled = TimeSpan.FromSeconds((double)i / rate);
        var wait = scheduled - clock.Elapsed;
        if (wait > TimeSpan.FromMilliseconds(1))
        {
            await Task.Delay(wait);
        }

        var index = i;
        tasks[i] = Task.Run(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUri, paths[index % paths.Length]));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            statuses[index] = (int)response.StatusCode;
            latencies[index] = (clock.Elapsed - scheduled).TotalMilliseconds;
        });
    }

    await Task.WhenAll(tasks);
    var elapsed = clock.Elapsed.TotalSeconds;
    Array.Sort(latencies);
    double P(double q) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)];
    var errors = statuses.Count(s => s != 200);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"get paths={paths.Length} requests={total} target_rate={rate} achieved_rate={total / elapsed:F0} p50_ms={P(0.50):F2} p90_ms={P(0.90):F2} p99_ms={P(0.99):F2} max_ms={latencies[^1]:F2} non_200={errors}"));
    return errors == 0 ? 0 : 1;
}
