namespace ChainGraph.Analysis.Tests.Algorithms.Oracle;

/// <summary>Locates the repository (the folder holding ChainGraph.sln) from the test assembly.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string OracleScript => Path.Combine(Root, "tests", "oracle", "oracle.py");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ChainGraph.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"ChainGraph.sln not found above {AppContext.BaseDirectory}.");
    }
}
