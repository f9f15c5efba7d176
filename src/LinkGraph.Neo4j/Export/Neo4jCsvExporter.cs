using System.Text;
using LinkGraph.Neo4j.Graph;

namespace LinkGraph.Neo4j.Export;

/// <summary>
/// Writes a run's graph as node and relationship CSVs for <c>neo4j-admin database import full</c> — the bulk path
/// for a first load of millions of accounts, where the online sync would take hours. Files are written under
/// temporary names and renamed only when all are complete, so a failed export leaves no partial set behind.
/// </summary>
public static class Neo4jCsvExporter
{
    public static CsvExportResult Export(RunGraph graph, string directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        var rows = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var written = new List<string>();
        try
        {
            Write(directory, Neo4jCsvFiles.Accounts, Neo4jCsvFiles.AccountsHeader, written, rows, csv =>
            {
                foreach (var a in graph.Accounts(cancellationToken))
                {
                    csv.Text(a.Id).Text(a.CreatedAt).Text(a.FirstSeen).Text(a.Org).Text(a.Country).Text(a.EmailDomain)
                        .Text(a.RingId).Number(a.RiskScore).Text("Account").EndRecord();
                }
            });
            Write(directory, Neo4jCsvFiles.Identifiers, Neo4jCsvFiles.IdentifiersHeader, written, rows, csv =>
            {
                foreach (var (kind, i) in graph.Identifiers(cancellationToken))
                {
                    csv.Text(i.Id).Text(i.Value).Text(i.Kind).Text("Identifier;" + IdentifierNodes.Label(kind)).EndRecord();
                }
            });
            Write(directory, Neo4jCsvFiles.Runs, Neo4jCsvFiles.RunsHeader, written, rows, csv =>
            {
                var r = graph.Run;
                csv.Text(r.Id).Text(r.StartedAt).Text(r.FinishedAt).Number(r.Accounts).Number(r.Links).Boolean(true).Text("Run").EndRecord();
            });
            Write(directory, Neo4jCsvFiles.Rings, Neo4jCsvFiles.RingsHeader, written, rows, csv =>
            {
                foreach (var g in graph.Rings)
                {
                    csv.Text(g.Id).Number(g.Score).Boolean(g.Flagged).Number(g.Size).Array(g.Reasons)
                        .Number(g.SharedPayment).Number(g.SharedIp).Number(g.SharedIpPrefix).Number(g.SharedDevice).Number(g.SharedPrompt)
                        .Text(graph.RunId).Boolean(true).Text("Ring").EndRecord();
                }
            });
            Write(directory, Neo4jCsvFiles.Used, Neo4jCsvFiles.UsedHeader, written, rows, csv =>
            {
                foreach (var u in graph.Usage(cancellationToken))
                {
                    csv.Text(u.Account).Text(u.Identifier).Text(u.FirstSeen).Text(u.LastSeen).Number(u.Count).Text(u.DerivedRunId).Text("USED").EndRecord();
                }
            });
            Write(directory, Neo4jCsvFiles.MemberOf, Neo4jCsvFiles.MemberOfHeader, written, rows, csv =>
            {
                foreach (var m in graph.Memberships)
                {
                    csv.Text(m.Account).Text(m.Ring).Text(graph.RunId).Text("MEMBER_OF").EndRecord();
                }
            });
            Write(directory, Neo4jCsvFiles.Linked, Neo4jCsvFiles.LinkedHeader, written, rows, csv =>
            {
                foreach (var l in graph.Links)
                {
                    csv.Text(l.From).Text(l.To).Number(l.Weight).Array(l.Kinds).Text(graph.RunId).Text("LINKED").EndRecord();
                }
            });
            Write(directory, Neo4jCsvFiles.FoundIn, Neo4jCsvFiles.FoundInHeader, written, rows, csv =>
            {
                foreach (var g in graph.Rings)
                {
                    csv.Text(g.Id).Text(graph.RunId).Number(g.Size).Number(g.Score).Text("FOUND_IN").EndRecord();
                }
            });

            foreach (var file in written)
            {
                File.Move(Path.Combine(directory, file + ".tmp"), Path.Combine(directory, file), overwrite: true);
            }
        }
        catch
        {
            foreach (var file in written)
            {
                File.Delete(Path.Combine(directory, file + ".tmp"));
            }

            throw;
        }

        return new CsvExportResult(graph.RunId, Path.GetFullPath(directory), rows, Neo4jCsvFiles.ImportCommand("/import"));
    }

    private static void Write(string directory, string file, string header, List<string> written, SortedDictionary<string, long> rows, Action<CsvFieldWriter> body)
    {
        written.Add(file);
        using var stream = new FileStream(Path.Combine(directory, file + ".tmp"), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var csv = new CsvFieldWriter(writer);
        csv.Header(header);
        body(csv);
        rows[file] = csv.Records;
    }
}
