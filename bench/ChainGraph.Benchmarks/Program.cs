using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/ChainGraph.Benchmarks -- --filter '*'`; see bench/RESULTS.md.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
