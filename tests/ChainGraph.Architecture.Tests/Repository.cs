using System.Xml.Linq;

namespace ChainGraph.Architecture.Tests;

/// <summary>The repository the tests run in: its root (where ChainGraph.sln is) and the projects under src/.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot(AppContext.BaseDirectory);

    /// <summary>Every project under src/, by name, with the names of the ChainGraph projects it references.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> SourceProjects() =>
        Directory.GetFiles(Path.Combine(Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p), References, StringComparer.Ordinal);

    /// <summary>The ChainGraph projects <paramref name="csproj"/> references, by name.</summary>
    public static IReadOnlyList<string> References(string csproj) =>
        [.. XDocument.Load(csproj).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))];

    private static string FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ChainGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no ChainGraph.sln above {start}");
    }
}
