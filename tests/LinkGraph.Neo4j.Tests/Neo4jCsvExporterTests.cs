using System.Text.RegularExpressions;
using LinkGraph.Neo4j.Export;
using LinkGraph.Neo4j.Graph;
using LinkGraph.Neo4j.Tests.Fakes;

namespace LinkGraph.Neo4j.Tests;

public sealed partial class Neo4jCsvExporterTests : IDisposable
{
    // Property types neo4j-admin accepts (Operations Manual, "Import", property data types), optionally as arrays.
    private static readonly HashSet<string> AdminTypes =
        ["int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date", "localtime", "time", "localdatetime", "datetime", "duration"];

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "linkgraph-csv-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void Export_SmallRun_WritesExpectedCountsPerFile()
    {
        var result = Export();

        var expected = new Dictionary<string, long>
        {
            [Neo4jCsvFiles.Accounts] = 5,
            [Neo4jCsvFiles.Identifiers] = 6,
            [Neo4jCsvFiles.Runs] = 1,
            [Neo4jCsvFiles.Rings] = 2,
            [Neo4jCsvFiles.Used] = 13,
            [Neo4jCsvFiles.MemberOf] = 5,
            [Neo4jCsvFiles.Linked] = 2,
            [Neo4jCsvFiles.FoundIn] = 2,
        };
        Assert.Equal(expected.OrderBy(p => p.Key), result.RowsByFile.OrderBy(p => p.Key));
        foreach (var (file, rows) in expected)
        {
            Assert.Equal(rows + 1, File.ReadAllLines(Path.Combine(_directory, file)).Length);
        }

        Assert.Empty(Directory.GetFiles(_directory, "*.tmp"));
    }

    [Fact]
    public void Export_SmallRun_HeadersFollowNeo4jAdminFormat()
    {
        Export();

        var idSpaces = new HashSet<string>();
        foreach (var file in Neo4jCsvFiles.NodeFiles)
        {
            var header = CsvRecords.Read(Path.Combine(_directory, file))[0];
            var ids = header.Where(h => h.Contains(":ID(", StringComparison.Ordinal)).ToList();
            Assert.Single(ids);
            idSpaces.Add(IdSpace().Match(ids[0]).Groups[1].Value);
            Assert.Contains(":LABEL", header);
            AssertTypedProperties(header);
        }

        foreach (var file in Neo4jCsvFiles.RelationshipFiles)
        {
            var header = CsvRecords.Read(Path.Combine(_directory, file))[0];
            Assert.Matches(@"^:START_ID\(\w+\)$", header[0]);
            Assert.Matches(@"^:END_ID\(\w+\)$", header[1]);
            Assert.Contains(":TYPE", header);
            Assert.Contains(IdSpace().Match(header[0]).Groups[1].Value, idSpaces);
            Assert.Contains(IdSpace().Match(header[1]).Groups[1].Value, idSpaces);
            AssertTypedProperties(header);
        }

        Assert.Equal(["Account", "Identifier", "Ring", "Run"], idSpaces.Order(StringComparer.Ordinal));
        Assert.Equal("id:ID(Account),createdAt:datetime,firstSeen:datetime,org,country,emailDomain,ringId,riskScore:double,:LABEL", File.ReadLines(Path.Combine(_directory, Neo4jCsvFiles.Accounts)).First());
        Assert.Equal(":START_ID(Account),:END_ID(Account),weight:double,kinds:string[],runId,:TYPE", File.ReadLines(Path.Combine(_directory, Neo4jCsvFiles.Linked)).First());
    }

    [Fact]
    public void Export_SmallRun_EveryRelationshipEndIsANodeOfItsIdSpace()
    {
        Export();

        var nodes = new Dictionary<string, HashSet<string>>();
        foreach (var file in Neo4jCsvFiles.NodeFiles)
        {
            var records = CsvRecords.Read(Path.Combine(_directory, file));
            var space = IdSpace().Match(records[0][0]).Groups[1].Value;
            nodes[space] = [.. records.Skip(1).Select(r => r[0])];
            Assert.Equal(records.Count - 1, nodes[space].Count);
        }

        foreach (var file in Neo4jCsvFiles.RelationshipFiles)
        {
            var records = CsvRecords.Read(Path.Combine(_directory, file));
            var start = IdSpace().Match(records[0][0]).Groups[1].Value;
            var end = IdSpace().Match(records[0][1]).Groups[1].Value;
            Assert.All(records.Skip(1), r => Assert.Contains(r[0], nodes[start]));
            Assert.All(records.Skip(1), r => Assert.Contains(r[1], nodes[end]));
            Assert.All(records, r => Assert.Equal(records[0].Length, r.Length));
        }
    }

    [Fact]
    public void Export_SmallRun_ValuesTypedQuotedAndLabelled()
    {
        Export();

        var accounts = CsvRecords.Read(Path.Combine(_directory, Neo4jCsvFiles.Accounts));
        Assert.Equal(["acc_5", "", "2026-02-01T18:00:00.25Z", "", "", "", "ring-b", "0.42", "Account"], accounts[5]);
        var rings = File.ReadAllLines(Path.Combine(_directory, Neo4jCsvFiles.Rings));
        Assert.Equal("ring-a,0.91,true,3,\"3 accounts paid with one card;2 accounts sent one prompt template, 6 prompts\",1,1,1,0,1,run-0001,true,Ring", rings[1]);
        var identifiers = CsvRecords.Read(Path.Combine(_directory, Neo4jCsvFiles.Identifiers));
        Assert.Contains(identifiers, r => r[1] == "card_fp_9f8a21" && r[3] == "Identifier;Payment" && r[0] == IdentifierNodes.Key(Core.Signals.IdentifierKind.Payment, "card_fp_9f8a21"));
        Assert.Contains(identifiers, r => r[1] == "tpl-7" && r[2] == "prompt_template" && r[3] == "Identifier;PromptTemplate");
        var linked = File.ReadAllLines(Path.Combine(_directory, Neo4jCsvFiles.Linked));
        Assert.Equal("acc_1,acc_2,3.5,\"payment;ip\",run-0001,LINKED", linked[1]);
    }

    [Fact]
    public void ImportCommand_ImportFolder_NamesEveryFileOnce()
    {
        var command = Neo4jCsvFiles.ImportCommand("/import");

        Assert.Equal(
            "neo4j-admin database import full --overwrite-destination --id-type=string --array-delimiter=\";\" "
            + "--nodes=/import/accounts.csv --nodes=/import/identifiers.csv --nodes=/import/runs.csv --nodes=/import/rings.csv "
            + "--relationships=/import/used.csv --relationships=/import/member_of.csv --relationships=/import/linked.csv --relationships=/import/found_in.csv neo4j",
            command);
    }

    [Fact]
    public void Export_UnknownRun_WritesNothing()
    {
        var ex = Assert.Throws<Core.Errors.LinkGraphException>(() => RunGraph.Load(SmallRun.Source(), SmallRun.Runs(), "run-missing", TestContext.Current.CancellationToken));

        Assert.Equal("run_not_found", ex.Code);
        Assert.False(Directory.Exists(_directory));
    }

    private static void AssertTypedProperties(string[] header)
    {
        foreach (var column in header.Where(h => !h.StartsWith(':') && !h.Contains(":ID(", StringComparison.Ordinal)))
        {
            var parts = column.Split(':');
            Assert.InRange(parts.Length, 1, 2);
            Assert.Matches("^[a-z][A-Za-z]*$", parts[0]);
            if (parts.Length == 2)
            {
                Assert.Contains(parts[1].TrimEnd(']').TrimEnd('['), AdminTypes);
            }
        }
    }

    private CsvExportResult Export()
    {
        var graph = RunGraph.Load(SmallRun.Source(), SmallRun.Runs(), null, TestContext.Current.CancellationToken);
        return Neo4jCsvExporter.Export(graph, _directory, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex(@"ID\((\w+)\)")]
    private static partial Regex IdSpace();
}
