using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Rings;
using LinkGraph.Storage.Sqlite;

namespace LinkGraph.Cli.Commands;

/// <summary>
/// <c>linkgraph rings list|show --db FILE</c>: reads the rings of the latest finished run from a store, as a table
/// for people or as docs/contract.md §2 JSON (<c>--json</c>) for tools.
/// </summary>
public static class RingsCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("rings", "List or show the rings of the latest finished run in a store.");
        command.Subcommands.Add(CreateList(context));
        command.Subcommands.Add(CreateShow(context));
        return command;
    }

    private static Option<string> DbOption() => new("--db") { Description = "SQLite store written by 'import'/'detect' or the service.", Required = true };

    private static Command CreateList(CliContext context)
    {
        var db = DbOption();
        var minScore = new Option<double?>("--min-score") { Description = "Only rings with at least this score." };
        var flagged = new Option<bool>("--flagged") { Description = "Only flagged rings." };
        var minSize = new Option<int?>("--min-size") { Description = "Only rings with at least this many accounts." };
        var limit = new Option<int>("--limit") { Description = "How many rings at most.", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Write the rings as JSON (CONTRACT §2 ring objects) on stdout." };
        var command = new Command("list", "List rings by descending score.");
        foreach (var option in new Option[] { db, minScore, flagged, minSize, limit, json })
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, _) =>
        {
            var requested = parseResult.GetValue(limit);
            if (requested is < 1 or > 10_000)
            {
                throw new UsageException($"--limit must be between 1 and 10000, got {requested}");
            }

            var store = OpenExisting(parseResult.GetValue(db)!);
            var query = new RingQuery(
                MinScore: parseResult.GetValue(minScore),
                Flagged: parseResult.GetValue(flagged) ? true : null,
                MinSize: parseResult.GetValue(minSize),
                Limit: requested);
            var page = store.QueryRings(query);
            if (page is null)
            {
                context.Error.WriteLine("no finished run in this store yet: run 'linkgraph detect --db ...' first");
                return Task.FromResult(ExitCodes.InputRejected);
            }

            if (parseResult.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(page.Rings, RingsJson.Options));
            }
            else
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {page.Run.Id} finished {page.Run.FinishedAt:u}"));
                RingTable.Write(context.Out, new RingsDocument(new RunSummary(page.Run.Id, page.Run.StartedAt ?? page.Run.CreatedAt, page.Run.FinishedAt ?? page.Run.CreatedAt, page.Run.Accounts, page.Run.Links), page.Rings), requested);
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static Command CreateShow(CliContext context)
    {
        var db = DbOption();
        var id = new Argument<string>("RING_ID") { Description = "A ring id such as ring-0123456789abcdef." };
        var command = new Command("show", "Show one ring as JSON: members, signals, evidence, reasons.");
        command.Options.Add(db);
        command.Arguments.Add(id);
        command.SetAction((parseResult, _) =>
        {
            var ringId = parseResult.GetValue(id)!;
            var ring = OpenExisting(parseResult.GetValue(db)!).GetRing(ringId);
            if (ring is null)
            {
                context.Error.WriteLine($"error: no ring '{ringId}' in the latest finished run");
                return Task.FromResult(ExitCodes.InputRejected);
            }

            context.Out.WriteLine(JsonSerializer.Serialize(ring, RingsJson.Options));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static SqliteRunStore OpenExisting(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"store '{path}' does not exist");
        }

        return new SqliteRunStore(new SqliteConnectionFactory(path));
    }
}
