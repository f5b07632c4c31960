using BenchmarkDotNet.Attributes;

namespace Tidings.Benchmarks;

/// <summary>The whole default pipeline (every extractor this version has) against tokenizing alone.</summary>
public class PipelineBenchmarks : CorpusBenchmark
{
    /// <summary><c>News.Extract(text)</c>: tokenize once, run every extractor, merge.</summary>
    [Benchmark]
    public int NewsExtract() => News.Extract(Text).Mentions.Length;

    /// <summary>The pipeline over an already tokenized document.</summary>
    [Benchmark]
    public int PipelineFromDocument() => ExtractionPipeline.Default.Extract(Document).Mentions.Length;
}
