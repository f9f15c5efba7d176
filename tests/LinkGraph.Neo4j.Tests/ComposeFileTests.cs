using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace LinkGraph.Neo4j.Tests;

/// <summary>docker-compose.yml and the Dockerfile, checked as files: no Docker engine is needed.</summary>
public sealed partial class ComposeFileTests
{
    private static readonly string ComposePath = Path.Combine(RepositoryRoot.Path, "docker-compose.yml");

    private static readonly YamlMappingNode Root = Load();

    private static YamlMappingNode Services => (YamlMappingNode)Root["services"];

    [Fact]
    public void Services_Neo4jCommunity5AndApiBuiltHere()
    {
        Assert.Equal(["neo4j", "api"], Services.Children.Keys.Select(k => k.ToString()));
        Assert.Matches(@"^neo4j:5(\.\d+)*-community$", Scalar(Service("neo4j"), "image"));
        Assert.Equal("Dockerfile", Scalar((YamlMappingNode)Service("api")["build"], "dockerfile"));
    }

    [Fact]
    public void Ports_EveryMapping_BoundToLoopbackByDefault()
    {
        var ports = Services.Children.Values.Cast<YamlMappingNode>()
            .SelectMany(s => ((YamlSequenceNode)s["ports"]).Children.Select(p => p.ToString()))
            .ToList();

        Assert.Equal(["7474", "7687", "8080"], ports.Select(p => p.Split(':')[^1]).Order(StringComparer.Ordinal));
        foreach (var port in ports)
        {
            var mapping = PortMapping().Match(port);
            Assert.True(mapping.Success, $"port '{port}' does not name its host address");
            var host = DefaultOf(mapping.Groups[1].Value);
            Assert.True(host == "127.0.0.1", $"port '{port}' binds to '{host}' by default");
        }
    }

    [Fact]
    public void HealthChecks_EveryService_HasOneAndApiWaitsForNeo4j()
    {
        foreach (var (name, service) in Services.Children)
        {
            var check = (YamlMappingNode)((YamlMappingNode)service)["healthcheck"];
            var test = string.Join(' ', ((YamlSequenceNode)check["test"]).Children.Select(c => c.ToString()));
            Assert.False(string.IsNullOrWhiteSpace(test), $"{name} has an empty health check");
            Assert.DoesNotContain("curl", test, StringComparison.Ordinal);
        }

        Assert.Contains("wget -q --spider http://localhost:7474", string.Join(' ', (YamlSequenceNode)((YamlMappingNode)Service("neo4j")["healthcheck"])["test"]), StringComparison.Ordinal);
        var dependsOn = (YamlMappingNode)((YamlMappingNode)Service("api")["depends_on"])["neo4j"];
        Assert.Equal("service_healthy", Scalar(dependsOn, "condition"));
    }

    [Fact]
    public void Environment_SecretLookingValues_AllComeFromVariables()
    {
        foreach (var (name, service) in Services.Children)
        {
            foreach (var (key, value) in (YamlMappingNode)((YamlMappingNode)service)["environment"])
            {
                if (SecretName().IsMatch(key.ToString()))
                {
                    var text = value.ToString();
                    Assert.Matches(@"^(neo4j/)?\$\{[A-Z0-9_]+:\?[^}]+\}$", text);
                }
            }
        }

        Assert.Contains(".env", File.ReadAllLines(Path.Combine(RepositoryRoot.Path, ".gitignore")));
    }

    [Fact]
    public void Environment_ApiSync_PointsAtTheNeo4jServiceWithItsPassword()
    {
        var api = (YamlMappingNode)Service("api")["environment"];
        var neo4j = (YamlMappingNode)Service("neo4j")["environment"];

        Assert.Equal("http://neo4j:7474", Scalar(api, "Neo4j__Uri"));
        Assert.Equal("neo4j/" + Scalar(api, "Neo4j__Password"), Scalar(neo4j, "NEO4J_AUTH"));
        Assert.Equal("/data/linkgraph.db", Scalar(api, "LINKGRAPH_DB"));
    }

    [Fact]
    public void Volumes_DataOfBothServices_OnNamedVolumes()
    {
        var declared = ((YamlMappingNode)Root["volumes"]).Children.Keys.Select(k => k.ToString()).ToHashSet();
        foreach (var name in (string[])["neo4j", "api"])
        {
            var mounts = ((YamlSequenceNode)Service(name)["volumes"]).Children.Select(v => v.ToString().Split(':')).ToList();
            var data = Assert.Single(mounts, m => m[1] == "/data");
            Assert.Contains(data[0], declared);
        }
    }

    [Fact]
    public void Dockerfile_MultiStageNet10_RunsAsNonRootWithDataVolume()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "Dockerfile"));
        var froms = lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, froms.Count);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0 ", froms[0], StringComparison.Ordinal);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:10.0 ", froms[1], StringComparison.Ordinal);
        var runtime = lines.SkipWhile(l => l != froms[1]).ToList();
        Assert.Contains("USER app", runtime);
        Assert.Contains(runtime, l => l.StartsWith("VOLUME", StringComparison.Ordinal) && l.Contains("/data", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("COPY cypher/", StringComparison.Ordinal));
    }

    private static YamlMappingNode Service(string name) => (YamlMappingNode)Services[name];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    /// <summary>The value compose uses when a <c>${VAR:-default}</c> variable is unset; a literal stays as is.</summary>
    private static string DefaultOf(string text)
    {
        var match = DefaultVariable().Match(text);
        return match.Success ? match.Groups[1].Value : text;
    }

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(ComposePath);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    [GeneratedRegex(@"^(.+):(\d+):(\d+)$")]
    private static partial Regex PortMapping();

    [GeneratedRegex(@"^\$\{[A-Z0-9_]+:-([^}]*)\}$")]
    private static partial Regex DefaultVariable();

    [GeneratedRegex("PASSWORD|AUTH|KEY|TOKEN|SECRET", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
