using System.Diagnostics;
using ChainGraph.Analysis.Chains;
using ChainGraph.Storage.Snapshots;

namespace ChainGraph.Benchmarks.Scale;

/// <summary>
/// Times chokepoints per chain on a scale-preset store, reading its persisted snapshot (seconds) rather than SQLite:
/// `... -- chokepoints --store FILE`. Per chain it also times the graph, dominators and cuts on the whole 1M-node chain
/// graph for reference (the finder itself works on the firms the chain touches and each owner's upstream subgraph), then
/// the all-owners figure of <see cref="ScaleRun"/>, then each chain's targets (its checklist and every item's
/// candidates: the work of `chaingraph targets` after loading).
/// </summary>
public static class ChokepointProfile
{
    public static int Run(string[] args)
    {
        var store = ScaleStore.From(args, "chokepoints --store FILE [--targets-only] [--skip-targets]");
        var clock = Stopwatch.StartNew();
        var dataset = SnapshotFile.TryRead(store.SnapshotPath, store.Version, out var problem) ?? throw new InvalidOperationException(problem);
        Console.WriteLine($"read snapshot: {clock.Elapsed.TotalSeconds:0.00} s");
        clock.Restart();
        var analyzer = new ChainAnalyzer(dataset);
        Console.WriteLine($"chain analyzer: {clock.Elapsed.TotalSeconds:0.00} s");
        var total = Stopwatch.StartNew();
        foreach (var chain in args.Contains("--targets-only") ? [] : analyzer.Index.Chains)
        {
            clock.Restart();
            var keys = analyzer.Index.OrderedSegments[chain.Id].Where(s => analyzer.Index.Segment(s).Key).ToList();
            var g = ChainGraphs.WithSegmentSources(analyzer.Index, chain.Id, keys, analyzer.Status.IsLive);
            Console.WriteLine($"  graph {chain.Id}: {clock.Elapsed.TotalSeconds:0.00} s ({g.EdgeCount:N0} edges, {keys.Count} key segments)");
            clock.Restart();
            foreach (var o in analyzer.Index.Owners[chain.Id]) ChainGraph.Analysis.Algorithms.Dominators.Compute(g, o, ChainGraph.Analysis.Graph.EdgeDirection.Reverse);
            Console.WriteLine($"  dominators {chain.Id}: {clock.Elapsed.TotalSeconds:0.00} s");
            clock.Restart();
            foreach (var o in analyzer.Index.Owners[chain.Id])
                for (var k = 0; k < keys.Count; k++)
                    ChainGraph.Analysis.Algorithms.MinimumVertexCut.Find(g, [dataset.Enterprises.Count + k], [o], ChainGraph.Analysis.Graph.EdgeDirection.Forward, 2);
            Console.WriteLine($"  cuts {chain.Id}: {clock.Elapsed.TotalSeconds:0.00} s");
            clock.Restart();
            var found = analyzer.Chokepoints(chain.Id);
            Console.WriteLine($"chokepoints {chain.Id}: {clock.Elapsed.TotalSeconds:0.00} s ({found.Count} found, {analyzer.Index.Owners[chain.Id].Count} owners)");
        }
        Console.WriteLine($"chokepoints for all chain owners: {total.Elapsed.TotalSeconds:0.00} s");
        clock.Restart();
        var all = analyzer.Chokepoints(analyzer.Index.Chains.Select(c => c.Id));
        Console.WriteLine($"chokepoints for all chain owners, chains in parallel (ChainAnalyzer.Chokepoints(chains)): {clock.Elapsed.TotalSeconds:0.00} s ({all.Sum(c => c.Count)} found)");
        if (args.Contains("--skip-targets")) return 0;
        foreach (var chain in analyzer.Index.Chains)
        {
            clock.Restart();
            var links = analyzer.Links(chain.Id);
            var linkTime = clock.Elapsed.TotalSeconds;
            var points = analyzer.Chokepoints(chain.Id);
            var pointTime = clock.Elapsed.TotalSeconds - linkTime;
            var built = analyzer.Checklist(links, points);
            Console.WriteLine($"  {chain.Id}: links {linkTime:0.00} s, chokepoints {pointTime:0.00} s, checklist build {clock.Elapsed.TotalSeconds - linkTime - pointTime:0.00} s");
            clock.Restart();
            var items = analyzer.Checklist([chain.Id]);
            Console.WriteLine($"  {chain.Id}: checklist again {clock.Elapsed.TotalSeconds:0.00} s");
            clock.Restart();
            var candidates = items.Sum(i => analyzer.Candidates(i, items).Substitutes.Count);
            Console.WriteLine($"  {chain.Id}: candidates {clock.Elapsed.TotalSeconds:0.00} s");
        }
        return 0;
    }
}
