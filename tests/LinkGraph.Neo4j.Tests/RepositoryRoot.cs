namespace LinkGraph.Neo4j.Tests;

/// <summary>Finds the repository root (the folder holding LinkGraph.sln) from the test's output folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "LinkGraph.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No LinkGraph.sln above {AppContext.BaseDirectory}.");
    }
}
