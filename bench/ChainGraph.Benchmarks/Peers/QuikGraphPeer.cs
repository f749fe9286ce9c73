using System.Diagnostics;
using System.Globalization;
using ChainGraph.Analysis.Algorithms;
using ChainGraph.Analysis.Graph;
using QuikGraph.Algorithms;

namespace ChainGraph.Benchmarks.Peers;

/// <summary>
/// QuikGraph as an in-process peer (bench/quikgraph/run.sh): reads an edge list into a <see cref="SupplyGraph"/>, then
/// counts weak and strong components with QuikGraph's algorithms through <see cref="QuikGraphView"/> or with ours, and
/// prints the counts (stdout) and the algorithm-only seconds (stderr). Usage: <c>quikgraph EDGES.csv quikgraph|ours</c>.
/// </summary>
public static class QuikGraphPeer
{
    public static int Run(string[] args)
    {
        if (args is not [var path, var engine and ("quikgraph" or "ours")]) throw new ArgumentException("usage: quikgraph EDGES.csv quikgraph|ours");
        SupplyGraph graph;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
            graph = EdgeListReader.Read(stream, path);
        var watch = Stopwatch.StartNew();
        var (weak, strong) = engine == "ours" ? Ours(graph) : QuikGraph(graph);
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{{\"nodes\":{graph.NodeCount},\"edges\":{graph.EdgeCount},\"connectedComponents\":{weak},\"stronglyConnectedComponents\":{strong}}}"));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{engine} algorithms: {seconds:0.000} s"));
        return 0;
    }

    private static (int Weak, int Strong) Ours(SupplyGraph graph) => (ConnectedComponents.Find(graph).Count, StronglyConnectedComponents.Find(graph).Count);

    private static (int Weak, int Strong) QuikGraph(SupplyGraph graph)
    {
        var view = new QuikGraphView(graph);
        return (view.WeaklyConnectedComponents(new Dictionary<int, int>(graph.NodeCount)), view.StronglyConnectedComponents(new Dictionary<int, int>(graph.NodeCount)));
    }
}
