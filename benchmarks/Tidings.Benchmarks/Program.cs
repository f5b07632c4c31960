using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

namespace Tidings.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release -- --filter '*'</c> (see benchmarks/README.md).</summary>
public static class Program
{
    /// <summary>Runs the benchmarks the command line selects.</summary>
    public static void Main(string[] args)
    {
        // The benchmarks run in child processes started from the artifacts folder: resolve the inputs here.
        Corpus.ExportPaths();
        ToolProcessBenchmarks.ExportPath();
        IConfig config = ManualConfig.Create(DefaultConfig.Instance)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(new ThroughputColumn(), new AllocatedPerKbColumn());
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
