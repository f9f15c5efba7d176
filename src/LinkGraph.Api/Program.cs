using LinkGraph.Api.Composition;

// No configuration reload: options are validated once at start, and the reload watcher watches the whole content root
// recursively (inotify), so every write to a database under the working directory (the default) woke it: ~7% of the
// API's CPU while ingesting. Later arguments still win.
var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
ServiceComposition.ApplyEnvironmentOverrides(builder.Configuration);

// Every configuration problem at once, before anything is opened or bound.
var failures = ApiOptionsCheck.Validate(builder.Configuration);
if (failures.Count > 0)
{
    await Console.Error.WriteLineAsync($"Configuration is invalid ({failures.Count} problem(s)):");
    foreach (var failure in failures)
    {
        await Console.Error.WriteLineAsync("  - " + failure);
    }

    return 2;
}

builder.AddLinkGraphService();
var app = builder.Build();
app.MapLinkGraphService();
await app.RunAsync();
return 0;
