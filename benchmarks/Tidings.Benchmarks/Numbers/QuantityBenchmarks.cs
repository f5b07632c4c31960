using BenchmarkDotNet.Attributes;
using Tidings.Numbers;

namespace Tidings.Benchmarks.Numbers;

/// <summary>Quantity extraction, with tokenizing included, against tokenizing alone.</summary>
public class QuantityBenchmarks : CorpusBenchmark
{
    /// <summary><c>QuantityExtractor.Default.Extract(string)</c>: tokenize and extract.</summary>
    [Benchmark]
    public int Extract() => QuantityExtractor.Default.Extract(Text).Length;

    /// <summary>Extraction over an already tokenized document.</summary>
    [Benchmark]
    public int ExtractFromDocument() => QuantityExtractor.Default.Extract(Document).Length;

    /// <summary>The same through <see cref="ExtractionPipeline.Default"/>: tokenize, extract, merge mentions.</summary>
    [Benchmark]
    public int Pipeline() => ExtractionPipeline.Default.Extract(Text).Quantities.Length;
}
