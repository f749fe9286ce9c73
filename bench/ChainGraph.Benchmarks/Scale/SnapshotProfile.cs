using System.Diagnostics;
using System.IO.Hashing;
using ChainGraph.Analysis.Chains;
using ChainGraph.Storage.Snapshots;

namespace ChainGraph.Benchmarks.Scale;

/// <summary>
/// Where a start at scale goes: `... -- snapshot --store FILE [--runs N]` times reading the persisted snapshot's bytes
/// alone (the floor: page cache to memory, and its checksum), the whole checked read into a dataset, and the analyzer's
/// indexes over it, N times each.
/// </summary>
public static class SnapshotProfile
{
    public static int Run(string[] args)
    {
        var store = ScaleStore.From(args, "snapshot --store FILE [--runs N]");
        var runs = int.Parse(ScaleStore.Option(args, "--runs") ?? "3", System.Globalization.CultureInfo.InvariantCulture);
        var (path, version) = (store.SnapshotPath, store.Version);
        for (var run = 1; run <= runs; run++)
        {
            var cpu = Cpu();
            var clock = Stopwatch.StartNew();
            var bytes = File.ReadAllBytes(path);
            var read = clock.Elapsed.TotalSeconds;
            var hash = XxHash3.HashToUInt64(bytes);
            var hashed = clock.Elapsed.TotalSeconds - read;
            bytes = null;
            GC.Collect();
            cpu = Cpu();
            clock.Restart();
            var dataset = SnapshotFile.TryRead(path, version, out var problem) ?? throw new InvalidOperationException(problem);
            var load = clock.Elapsed.TotalSeconds;
            var loadCpu = Cpu() - cpu;
            cpu = Cpu();
            clock.Restart();
            var analyzer = new ChainAnalyzer(dataset);
            Console.WriteLine($"run {run}: bytes {read:0.000} s, checksum {hashed:0.000} s ({hash % 10}), dataset {load:0.000} s (CPU {loadCpu:0.000} s), analyzer {clock.Elapsed.TotalSeconds:0.000} s (CPU {Cpu() - cpu:0.000} s, {analyzer.Index.Chains.Count()} chains)");
            GC.KeepAlive(dataset);
            GC.Collect();
        }
        return 0;
    }

    // CPU seconds of the whole process (the timer threads and the collector included): a figure a loaded machine
    // disturbs less than wall time.
    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
}
