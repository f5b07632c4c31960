using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Tidings.Cli;

namespace Tidings.Benchmarks;

/// <summary>
/// <c>tidings extract --jsonl - --parallel N</c> end to end (reading, analysing, writing in input order) over the same
/// in-memory JSON Lines: 1,000 copies of the seed article (enough work per operation, about a second, that
/// thread start-up and the pool's first threads do not hide the speed-up). The <c>Ratio</c> column of <see cref="TwoWorkers"/> against
/// <see cref="OneWorker"/> is the speed-up from a second core (ideal 0.50).
/// </summary>
[MemoryDiagnoser]
public class JsonlParallelBenchmarks
{
    private const int Documents = 1000;

    private byte[] _input = [];

    /// <summary>Builds the JSON Lines input once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string seed = Corpus.Get(Corpus.Seed);
        var builder = new StringBuilder();
        for (int i = 0; i < Documents; i++)
        {
            builder.Append("{\"id\":").Append(i).Append(",\"text\":\"").Append(JsonEncodedText.Encode(seed)).Append("\",\"referenceDate\":\"2020-07-28\"}\n");
        }

        _input = Encoding.UTF8.GetBytes(builder.ToString());
    }

    /// <summary>One worker: the sequential runner.</summary>
    [Benchmark(Baseline = true)]
    public int OneWorker() => Run("1");

    /// <summary>Two workers: a reader thread feeding two analyses, the caller writing in order.</summary>
    [Benchmark]
    public int TwoWorkers() => Run("2");

    private int Run(string workers)
    {
        using var input = new MemoryStream(_input, writable: false);
        int exitCode = CliApp.Run(["extract", "--jsonl", "-", "--parallel", workers, "--quiet"], input, Stream.Null, TextWriter.Null);
        return exitCode == ExitCodes.Success ? exitCode : throw new InvalidOperationException($"tidings exited {exitCode}");
    }
}
