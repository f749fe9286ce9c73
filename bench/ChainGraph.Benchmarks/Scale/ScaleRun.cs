using System.Diagnostics;
using ChainGraph.Analysis.Algorithms;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Graph;
using ChainGraph.Storage.Snapshots;
using ChainGraph.Storage.Sqlite;

namespace ChainGraph.Benchmarks.Scale;

/// <summary>
/// Times the steps that must fit the issue budgets on the scale preset (1M enterprises, 10M relations): loading the
/// snapshot, building the graph, chokepoints for every owner, sampled betweenness. Each is one run of seconds of work,
/// so a stopwatch is the right tool; peak memory is the process's peak working set.
/// </summary>
public static class ScaleRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var store = args.SkipWhile(a => a != "--store").Skip(1).FirstOrDefault() ?? throw new ArgumentException("usage: scale --store FILE");
        using var graphStore = SqliteGraphStore.Open(store);
        var loading = Stopwatch.StartNew();
        var dataset = await graphStore.LoadDatasetAsync();
        Console.WriteLine($"load the dataset from SQLite (SqliteGraphStore.LoadDatasetAsync): {loading.Elapsed.TotalSeconds:0.00} s");
        Console.WriteLine($"  {dataset.Enterprises.Count:N0} enterprises, {dataset.Supplies.Count:N0} supplies");
        var snapshot = store + ".bench-snapshot";
        Time("write persisted snapshot (SnapshotFile.Write)", () => { SnapshotFile.Write(dataset, snapshot); return 0; });
        Console.WriteLine($"  {new FileInfo(snapshot).Length / (1 << 20):N0} MiB");
        var reloaded = Time("read persisted snapshot (SnapshotFile.TryRead, checksum verified)", () => SnapshotFile.TryRead(snapshot, dataset.Version, out _));
        if (reloaded?.Supplies.Count != dataset.Supplies.Count) throw new InvalidOperationException("the snapshot did not read back");
        File.Delete(snapshot);
        var graph = Time("build SupplyGraph (CSR, forward + reverse)", () => GraphBuilder.FromDataset(dataset));
        Console.WriteLine($"  {graph.NodeCount:N0} nodes, {graph.EdgeCount:N0} edges");
        var analyzer = Time("chain analyzer (index + firm status)", () => new ChainAnalyzer(dataset));
        var index = analyzer.Index;
        foreach (var chain in index.Chains)
        {
            Time($"chain {chain.Id}: map", () => analyzer.Map(chain.Id));
            Time($"chain {chain.Id}: missing and weak links", () => analyzer.Links(chain.Id));
        }
        var chokepoints = Time("chokepoints for all chain owners (ChainAnalyzer.Chokepoints(chains): chains and owners in parallel)",
            () => analyzer.Chokepoints(index.Chains.Select(c => c.Id)).SelectMany(c => c).ToList());
        Console.WriteLine($"  {chokepoints.Count:N0} chokepoints for {index.Owners.Values.Sum(o => o.Count)} owners");
        Time("sampled betweenness, 256 sources, directed, all cores", () => Betweenness.Compute(graph, new BetweennessOptions { Samples = 256, Seed = 42 }));
        Time("sampled betweenness, 256 sources, undirected projection, all cores",
            () => Betweenness.Compute(graph, new BetweennessOptions { Samples = 256, Seed = 42, Direction = EdgeDirection.Undirected }));
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20):N0} MiB");
        return 0;
    }

    private static T Time<T>(string step, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        Console.WriteLine($"{step}: {clock.Elapsed.TotalSeconds:0.00} s");
        return result;
    }
}
