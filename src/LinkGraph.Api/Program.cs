using LinkGraph.Api.Composition;

var builder = WebApplication.CreateBuilder(args);
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
