using System.Diagnostics;
using System.Globalization;

namespace LinkGraph.Api.Diagnostics;

/// <summary>
/// Writes <c>Server-Timing: app;dur=MS</c> (W3C Server Timing) when the response starts: the time spent in this
/// process from the first middleware to the headers, which for the JSON bodies here includes serialising them.
/// Kestrel's own parsing and socket time are outside it, and so is any queueing before the request reached us.
/// </summary>
public sealed class ServerTimingMiddleware(RequestDelegate next)
{
    public const string HeaderName = "Server-Timing";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = new Started(context, Stopwatch.GetTimestamp());
        context.Response.OnStarting(WriteHeader, state);
        return next(context);
    }

    private static Task WriteHeader(object state)
    {
        var (context, started) = (Started)state;
        var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        context.Response.Headers[HeaderName] = string.Create(CultureInfo.InvariantCulture, $"app;dur={milliseconds:F3}");
        return Task.CompletedTask;
    }

    private sealed record Started(HttpContext Context, long Timestamp);
}
