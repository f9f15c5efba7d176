using System.CommandLine;
using System.Text;
using Microsoft.Data.Sqlite;

namespace LinkGraph.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private const string Good1 = """{"type":"account","account":"acc_1","at":"2026-02-01T12:00:00Z","country":"SG"}""";
    private const string Good2 = """{"type":"ip","account":"acc_1","at":"2026-02-01T12:00:01Z","value":"203.0.113.7","id":"e2"}""";
    private const string Good3 = """{"type":"payment","account":"acc_2","at":"2026-02-01T12:00:02Z","value":"card_1"}""";

    private readonly string _dir = Directory.CreateTempSubdirectory("linkgraph-import-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Import_ValidFile_ExitsZeroAndStoresEvents()
    {
        var input = Write("events.ndjson", Good1, Good2, "", Good3);

        var (exit, stdout, stderr) = await CliRunner.RunAsync("import", "--db", Db, input);

        Assert.True(exit == 0, stderr);
        Assert.Empty(stdout);
        Assert.Contains($"{input}: 3 lines, 3 stored, 0 duplicates, 0 rejected", stderr, StringComparison.Ordinal);
        Assert.Contains("imported 3 new events (0 duplicates, 0 lines rejected) from 1 input(s)", stderr, StringComparison.Ordinal);
        Assert.Equal(3, CountEvents());
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondRunStoresOnlyDuplicates()
    {
        var input = Write("events.ndjson", Good1, Good2, Good3);
        await CliRunner.RunAsync("import", "--db", Db, input);

        var (exit, _, stderr) = await CliRunner.RunAsync("import", "--db", Db, input);

        Assert.Equal(0, exit);
        Assert.Contains("3 lines, 0 stored, 3 duplicates", stderr, StringComparison.Ordinal);
        Assert.Equal(3, CountEvents());
    }

    [Fact]
    public async Task Import_BadLines_ExitsOneNamesEveryBadLineAndStoresNothing()
    {
        var input = Write("events.ndjson", Good1, "{oops", Good2, """{"type":"ip","account":"acc_1","at":"2026-02-01T12:00:00Z","value":"1.2.3"}""");

        var (exit, _, stderr) = await CliRunner.RunAsync("import", "--db", Db, input);

        Assert.Equal(1, exit);
        Assert.Contains($"error: {input}: 2 of 4 lines rejected; nothing was stored", stderr, StringComparison.Ordinal);
        Assert.Contains($"{input}:2: line: invalid JSON", stderr, StringComparison.Ordinal);
        Assert.Contains($"{input}:4: value: '1.2.3' is not an IPv4 or IPv6 address", stderr, StringComparison.Ordinal);
        Assert.Equal(0, CountEvents());
    }

    [Fact]
    public async Task Import_SkipInvalid_StoresTheRestButStillExitsOne()
    {
        var input = Write("events.ndjson", Good1, "{oops", Good2);

        var (exit, _, stderr) = await CliRunner.RunAsync("import", "--db", Db, "--skip-invalid", input);

        Assert.Equal(1, exit);
        Assert.Contains("3 lines, 2 stored, 0 duplicates, 1 rejected", stderr, StringComparison.Ordinal);
        Assert.Contains($"{input}:2: line: invalid JSON", stderr, StringComparison.Ordinal);
        Assert.Equal(2, CountEvents());
    }

    [Fact]
    public async Task Import_GoodAndBadFile_GoodFileIsCommittedOnItsOwn()
    {
        var good = Write("good.ndjson", Good1, Good2);
        var bad = Write("bad.jsonl", Good3, """{"type":"login","account":"acc_9","at":"2026-02-01T12:00:00Z"}""");

        var (exit, _, stderr) = await CliRunner.RunAsync("import", "--db", Db, good, bad);

        Assert.Equal(1, exit);
        Assert.Contains($"{bad}:2: type: unknown type 'login'", stderr, StringComparison.Ordinal);
        Assert.Equal(2, CountEvents());
    }

    [Fact]
    public async Task Import_Csv_ReadByExtension()
    {
        var input = Write(
            "events.csv",
            "type,account,at,value,id,email_domain,country,org",
            "account,acc_1,2026-02-01T12:00:00Z,,,example.com,SG,",
            "prompt,acc_1,2026-02-01T12:00:05Z,\"Explain, step by step, \"\"why\"\"\",p1,,,");

        var (exit, _, stderr) = await CliRunner.RunAsync("import", "--db", Db, input);

        Assert.True(exit == 0, stderr);
        Assert.Equal(2, CountEvents());
    }

    [Fact]
    public async Task Import_StandardInput_ReadsNdjson()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr)
        {
            OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes($"{Good1}\n{Good3}\n")),
        };

        var exit = await CliApp.BuildRoot(context).Parse(["import", "--db", Db, "-"])
            .InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, TestContext.Current.CancellationToken);

        Assert.True(exit == 0, stderr.ToString());
        Assert.Contains("stdin: 2 lines, 2 stored", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, CountEvents());
    }

    [Theory]
    [InlineData("import", "x.ndjson")]
    [InlineData("import", "--db")]
    [InlineData("import", "--db", "DB")]
    [InlineData("import", "--db", "DB", "--bogus", "x.ndjson")]
    public async Task Import_MalformedCommandLine_ExitsTwo(params string[] args)
    {
        var (exit, _, stderr) = await CliRunner.RunAsync([.. args.Select(a => a == "DB" ? Db : a)]);

        Assert.Equal(2, exit);
        Assert.Contains("error:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnknownExtension_ExitsTwo()
    {
        var input = Write("events.txt", Good1);

        var (exit, _, stderr) = await CliRunner.RunAsync("import", "--db", Db, input);

        Assert.Equal(2, exit);
        Assert.Contains("unknown format; name it .ndjson, .jsonl or .csv", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_ExitsTwoAndCreatesNothing()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("import", "--db", Db, Path.Combine(_dir, "missing.ndjson"));

        Assert.Equal(2, exit);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_StandardInputTwice_ExitsTwo()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("import", "--db", Db, "-", "-");

        Assert.Equal(2, exit);
        Assert.Contains("standard input ('-') can be named only once", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_DbIsNotADatabase_ExitsThreeWithTheReason()
    {
        var input = Write("events.ndjson", Good1);
        await File.WriteAllTextAsync(Db, new string('x', 8192), TestContext.Current.CancellationToken);

        var (exit, _, stderr) = await CliRunner.RunAsync("import", "--db", Db, input);

        Assert.Equal(3, exit);
        Assert.Contains("error:", stderr, StringComparison.Ordinal);
        Assert.Contains("not a database", stderr, StringComparison.Ordinal);
    }

    private string Db => Path.Combine(_dir, "store.db");

    private long CountEvents()
    {
        using var connection = new SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM event_keys";
        return (long)command.ExecuteScalar()!;
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllLines(path, lines, new UTF8Encoding(false));
        return path;
    }
}
