#:property PublishAot=false
// Load generator for the LinkGraph HTTP API (a .NET 10 file-based app: `dotnet run LoadClient.cs -- ...`).
//   post-events URL KEY FILE BATCH CONCURRENCY       closed loop: FILE's lines in batches, CONCURRENCY in flight
//   get URL KEY PATHS_FILE RATE SECONDS [WARMUP]     open loop: RATE requests/s for SECONDS, paths round-robin, after
//                                                    WARMUP seconds (default 0) at the same rate that are not counted
// Latency in `get` is measured from each request's scheduled start, so a stalled server cannot hide its queue
// (no coordinated omission: Tene, "How NOT to Measure Latency", 2015). When the server sends `Server-Timing:
// app;dur=MS` (Diagnostics:ServerTiming), its percentiles are printed too (server_*), and lag_* is how late the
// client itself sent each request: with client and server on the same cores, these tell whose time a tail is.
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
    case "get" when args.Length is 6 or 7:
        var rate = int.Parse(args[4], CultureInfo.InvariantCulture);
        if (args.Length == 7 && double.Parse(args[6], CultureInfo.InvariantCulture) is > 0 and var warmup)
        {
            // Both processes JIT, grow their thread pools and open connections in the first seconds: steady state is measured after.
            await GetAsync(http, new Uri(args[1]), args[2], args[3], rate, warmup, quiet: true);
        }

        return await GetAsync(http, new Uri(args[1]), args[2], args[3], rate, double.Parse(args[5], CultureInfo.InvariantCulture));
    default:
        return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("usage: post-events URL KEY FILE BATCH CONCURRENCY | get URL KEY PATHS_FILE RATE SECONDS [WARMUP_SECONDS]");
    return 2;
}

static async Task<int> PostEventsAsync(HttpClient http, Uri baseUri, string key, string file, int batch, int concurrency)
{
    // Bodies are encoded and counted before the clock starts: the client's own work per request is then the HTTP
    // exchange only (both processes share the cores, so whatever the client spends, the server cannot).
    var lines = await File.ReadAllLinesAsync(file);
    var bodies = lines.Chunk(batch).Select(c => (Bytes: System.Text.Encoding.UTF8.GetBytes(string.Join('\n', c) + "\n"), Events: c.Length)).ToArray();
    var next = -1;
    long events = 0, failures = 0;
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    var workers = Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < bodies.Length)
        {
            var content = new ByteArrayContent(bodies[i].Bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUri, "/api/v1/events")) { Content = content };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await http.SendAsync(request);
            if (response.IsSuccessStatusCode)
            {
                Interlocked.Add(ref events, bodies[i].Events);
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
    var clientCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds * 1000 / Math.Max(1, events);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"post-events events={events} batches={bodies.Length} batch={batch} concurrency={concurrency} seconds={seconds:F2} events_per_s={events / seconds:F0} failed_batches={failures} client_cpu_us_per_event={clientCpu:F1}"));
    return failures == 0 ? 0 : 1;
}

static async Task<int> GetAsync(HttpClient http, Uri baseUri, string key, string pathsFile, int rate, double seconds, bool quiet = false)
{
    var paths = (await File.ReadAllLinesAsync(pathsFile)).Where(p => p.Length > 0).ToArray();
    var total = (int)(rate * seconds);
    var latencies = new double[total];
    var lags = new double[total];
    var server = new double[total];
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
            lags[index] = (clock.Elapsed - scheduled).TotalMilliseconds;
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUri, paths[index % paths.Length]));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            statuses[index] = (int)response.StatusCode;
            latencies[index] = (clock.Elapsed - scheduled).TotalMilliseconds;
            server[index] = ServerMilliseconds(response);
        });
    }

    await Task.WhenAll(tasks);
    var elapsed = clock.Elapsed.TotalSeconds;
    if (quiet)
    {
        return 0;
    }

    if (Environment.GetEnvironmentVariable("LOADCLIENT_TIMELINE") == "1")
    {
        // One line a second to stderr (before the arrays are sorted): where in the run a tail happened.
        for (var second = 0; second * rate < total; second++)
        {
            var from = second * rate;
            var count = Math.Min(rate, total - from);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  second {second}: {Percentiles("", latencies.AsSpan(from, count).ToArray())} {Percentiles("server_", server.AsSpan(from, count).ToArray())}"));
        }
    }

    var errors = statuses.Count(s => s != 200);
    var line = string.Create(CultureInfo.InvariantCulture,
        $"get paths={paths.Length} requests={total} target_rate={rate} achieved_rate={total / elapsed:F0} {Percentiles("", latencies)} non_200={errors} {Percentiles("lag_", lags)}");
    var timed = server.Where(t => t >= 0).ToArray();
    if (timed.Length > 0)
    {
        line += " " + Percentiles("server_", timed);
    }

    Console.WriteLine(line);
    return errors == 0 ? 0 : 1;
}

static string Percentiles(string prefix, double[] values)
{
    Array.Sort(values);
    double P(double q) => values[Math.Min(values.Length - 1, (int)Math.Ceiling(q * values.Length) - 1)];
    return string.Create(CultureInfo.InvariantCulture,
        $"{prefix}p50_ms={P(0.50):F2} {prefix}p90_ms={P(0.90):F2} {prefix}p99_ms={P(0.99):F2} {prefix}max_ms={values[^1]:F2}");
}

// `Server-Timing: app;dur=0.412` -> 0.412; -1 when the header is absent.
static double ServerMilliseconds(HttpResponseMessage response)
{
    if (!response.Headers.TryGetValues("Server-Timing", out var values))
    {
        return -1;
    }

    foreach (var value in values)
    {
        var at = value.IndexOf("dur=", StringComparison.Ordinal);
        if (at >= 0 && double.TryParse(value.AsSpan(at + 4).TrimEnd(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
        {
            return ms;
        }
    }

    return -1;
}
