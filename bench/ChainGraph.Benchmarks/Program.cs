using BenchmarkDotNet.Running;
using ChainGraph.Benchmarks.Scale;

// `dotnet run -c Release --project bench/ChainGraph.Benchmarks -- --filter '*'` runs the BenchmarkDotNet suites;
// `... -- scale --store FILE` times the whole-snapshot steps on a scale-preset store. See bench/RESULTS.md.
if (args is ["scale", ..]) return ScaleRun.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(ScaleRun).Assembly).Run(args);
return 0;
