using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace LinkGraph.Api.Tests;

/// <summary>
/// The built API run as a real child process (<c>dotnet LinkGraph.Api.dll --urls http://127.0.0.1:0</c>), the way
/// docs/contract.md §4 starts it; the port is read from its "Now listening on" line.
/// </summary>
public sealed partial class ApiProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];

    private ApiProcess(string databasePath, IDictionary<string, string> environment)
    {
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", "http://127.0.0.1:0" },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["LINKGRAPH_DB"] = databasePath;
        start.Environment["LINKGRAPH_API_KEY"] = TestKeys.Admin;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Everything the process printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    public static async Task<ApiProcess> StartAsync(string databasePath, IDictionary<string, string>? environment = null)
    {
        var process = new ApiProcess(databasePath, environment ?? new Dictionary<string, string>());
        var exited = process._process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var first = await Task.WhenAny(process._listening.Task, exited).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        if (first != process._listening.Task)
        {
            throw new InvalidOperationException("The API process exited before listening:\n" + process.Output);
        }

        process.Client = new HttpClient { BaseAddress = await process._listening.Task };
        process.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestKeys.Admin);
        return process;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush; what was committed is all that survives.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    public void Dispose()
    {
        Client?.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
