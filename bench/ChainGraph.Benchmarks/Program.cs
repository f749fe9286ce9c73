using BenchmarkDotNet.Running;
using ChainGraph.Benchmarks.Scale;

// `dotnet run -c Release --project bench/ChainGraph.Benchmarks -- --filter '*'` runs the BenchmarkDotNet suites;
// `... -- scale --store FILE` times the whole-snapshot steps on a scale-preset store; `... -- quikgraph EDGES.csv quikgraph|ours`
// counts components with QuikGraph or ours (bench/quikgraph/run.sh). See bench/RESULTS.md.
if (args is ["scale", ..]) return await ScaleRun.RunAsync(args[1..]);
if (args is ["chokepoints", ..]) return ChokepointProfile.Run(args[1..]);
if (args is ["snapshot", ..]) return SnapshotProfile.Run(args[1..]);
if (args is ["quikgraph", ..]) return ChainGraph.Benchmarks.Peers.QuikGraphPeer.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(ScaleRun).Assembly).Run(args);
return 0;
