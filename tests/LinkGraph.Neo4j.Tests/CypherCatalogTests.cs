using System.Text.RegularExpressions;

namespace LinkGraph.Neo4j.Tests;

public sealed partial class CypherCatalogTests
{
    private static readonly string CypherFolder = Path.Combine(RepositoryRoot.Path, "cypher");

    [Fact]
    public void Names_CypherFolder_EveryFileEmbedded()
    {
        var onDisk = Directory.GetFiles(CypherFolder, "*.cypher").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(onDisk, CypherCatalog.Names);
    }

    [Fact]
    public void Names_EveryFile_FollowsNumberVerbNoun()
    {
        foreach (var name in CypherCatalog.Names)
        {
            Assert.Matches(FileName(), name);
        }
    }

    [Fact]
    public void CypherFiles_EveryConstant_NamesAnEmbeddedSingleStatement()
    {
        var names = typeof(CypherFiles).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        Assert.Equal(18, names.Count);
        foreach (var name in names.Where(n => n != CypherFiles.CreateSchema))
        {
            Assert.NotEmpty(CypherCatalog.Get(name));
        }
    }

    [Fact]
    public void GetAll_Schema_ConstraintsAndIndexesAllIdempotent()
    {
        var statements = CypherCatalog.GetAll(CypherFiles.CreateSchema);

        Assert.Equal(12, statements.Count);
        Assert.All(statements, s => Assert.Contains("IF NOT EXISTS", s, StringComparison.Ordinal));
        Assert.Equal(4, statements.Count(s => s.Contains("IS UNIQUE", StringComparison.Ordinal)));
    }

    [Fact]
    public void Get_FileWithSeveralStatements_Throws()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => CypherCatalog.Get(CypherFiles.CreateSchema));

        Assert.Contains("12 statements", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_UnknownName_ThrowsNamingKnownFiles()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => CypherCatalog.Get("999_drop_everything"));

        Assert.Contains("010_upsert_accounts", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_SemicolonAtLineEnd_SplitsKeepingComments()
    {
        var statements = CypherCatalog.Split("// header\nRETURN 1;\n\nMATCH (n)\nRETURN n;\n");

        Assert.Equal(["// header\nRETURN 1", "MATCH (n)\nRETURN n"], statements);
    }

    [Fact]
    public void Split_MissingFinalSemicolon_Throws()
    {
        Assert.Throws<FormatException>(() => CypherCatalog.Split("RETURN 1;\nRETURN 2\n"));
    }

    [Fact]
    public void WriteStatements_NoLiteralValuesAndNoCreate_OnlyParametersAndMerge()
    {
        // Values travel only in $parameters: a write statement holds no string literal, and writes by MERGE
        // (idempotent), never CREATE.
        foreach (var name in CypherCatalog.Names.Where(n => n.CompareTo("100") < 0 && n != CypherFiles.CreateSchema))
        {
            var code = Code(CypherCatalog.Get(name));
            Assert.DoesNotContain("'", code, StringComparison.Ordinal);
            Assert.DoesNotContain("\"", code, StringComparison.Ordinal);
            Assert.DoesNotMatch(CreateKeyword(), code);
            Assert.Contains("$", code, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnalystLibrary_AtLeastTenQueries_EachSaysWhatItAnswersAndItsParameters()
    {
        var queries = CypherCatalog.Names.Where(n => n.CompareTo("100") >= 0).ToList();

        Assert.True(queries.Count >= 10, $"only {queries.Count} analyst queries");
        foreach (var name in queries)
        {
            var statement = CypherCatalog.Get(name);
            Assert.StartsWith("// Answers: ", statement, StringComparison.Ordinal);
            foreach (Match parameter in ParameterUse().Matches(Code(statement)))
            {
                Assert.Contains($"// @param {parameter.Groups[1].Value}:", statement, StringComparison.Ordinal);
            }
        }
    }

    private static string Code(string statement) =>
        string.Join('\n', statement.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    [GeneratedRegex(@"^\d{3}_[a-z]+(_[a-z0-9]+)+$")]
    private static partial Regex FileName();

    [GeneratedRegex(@"\bCREATE\b")]
    private static partial Regex CreateKeyword();

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterUse();
}
