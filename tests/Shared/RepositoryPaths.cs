namespace ChainGraph.Tests;

/// <summary>Locates the repository (the folder holding ChainGraph.sln) from a test assembly. Linked into every test project.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Find();

    /// <summary>A path under the repository root.</summary>
    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ChainGraph.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"ChainGraph.sln not found above {AppContext.BaseDirectory}.");
    }
}
