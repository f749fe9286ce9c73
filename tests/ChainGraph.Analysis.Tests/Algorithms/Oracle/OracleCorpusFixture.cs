using System.Collections.Concurrent;
using System.Text.Json;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Tests.Algorithms.Oracle;

/// <summary>
/// Writes every corpus graph to a temporary folder, runs the Python oracle once over all of them, and reads each
/// file back with <see cref="EdgeListReader"/> on demand, so the reader is under test too.
/// </summary>
public sealed class OracleCorpusFixture : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chaingraph-oracle-").FullName;
    private readonly ConcurrentDictionary<string, SupplyGraph> graphs = new();
    private readonly IReadOnlyDictionary<string, JsonElement> expected;

    public OracleCorpusFixture()
    {
        var specs = GraphCorpus.All.Select(WriteGraph).ToList();
        var manifest = Path.Combine(folder, "manifest.json");
        File.WriteAllText(manifest, JsonSerializer.Serialize(new { graphs = specs }));
        expected = PythonOracle.Run(manifest);
    }

    public string PathOf(string name) => Path.Combine(folder, name + ".csv");

    public JsonElement Expected(string name) => expected[name];

    public SupplyGraph Graph(string name) => graphs.GetOrAdd(name, Read);

    private SupplyGraph Read(string name)
    {
        using var stream = File.OpenRead(PathOf(name));
        return EdgeListReader.Read(stream, PathOf(name));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private object WriteGraph(CorpusGraph graph)
    {
        CsvEdgeList.Write(PathOf(graph.Name), graph);
        return new
        {
            name = graph.Name,
            file = PathOf(graph.Name),
            directed = graph.Directed,
            root = graph.Root,
            sources = graph.Sources,
            sinks = graph.Sinks,
            betweenness = graph.Betweenness,
            pagerank = true,
            topological = graph.Directed,
            igraph = true,
        };
    }
}
