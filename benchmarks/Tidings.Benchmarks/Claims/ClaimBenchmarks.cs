using BenchmarkDotNet.Attributes;

namespace Tidings.Benchmarks.Claims;

/// <summary>What claims cost on top of quantities: a quantities-only pipeline (baseline) against quantities and claims.</summary>
public class ClaimBenchmarks : CorpusBenchmark
{
    private static readonly ExtractionPipeline QuantitiesOnly = new ExtractionPipelineBuilder().UseQuantities().Build();
    private static readonly ExtractionPipeline QuantitiesAndClaims = new ExtractionPipelineBuilder().UseQuantities().UseClaims().Build();

    /// <summary>Tokenize and extract quantities.</summary>
    [Benchmark]
    public int Quantities() => QuantitiesOnly.Extract(Text).Mentions.Length;

    /// <summary>Tokenize, extract quantities, and group them into claims.</summary>
    [Benchmark]
    public int QuantitiesThenClaims() => QuantitiesAndClaims.Extract(Text).Mentions.Length;
}
