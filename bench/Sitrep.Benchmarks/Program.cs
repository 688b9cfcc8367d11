using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Sitrep.Benchmarks -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Sitrep.Benchmarks.RecognizerBenchmarks).Assembly).Run(args);
