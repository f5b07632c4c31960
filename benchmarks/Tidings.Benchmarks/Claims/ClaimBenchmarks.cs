using BenchmarkDotNet.Attributes;

namespace Tidings.Benchmarks.Claims;

/// <summary>
/// What claims cost on top of quantities: a quantities-only pipeline against quantities and claims, each reading the
/// kind it produces (tokenizing alone is the baseline, as in every corpus benchmark).
/// <see cref="QuantitiesThenClaimsAllMentions"/> reads the merged <see cref="ExtractionResult.Mentions"/> instead, which
/// on a long document is one large-object-heap array built on first read: the cost of merging, shown apart.
/// </summary>
public class ClaimBenchmarks : CorpusBenchmark
{
    private static readonly ExtractionPipeline QuantitiesOnly = new ExtractionPipelineBuilder().UseQuantities().Build();
    private static readonly ExtractionPipeline QuantitiesAndClaims = new ExtractionPipelineBuilder().UseQuantities().UseClaims().Build();

    /// <summary>Tokenize and extract quantities.</summary>
    [Benchmark]
    public int Quantities() => QuantitiesOnly.Extract(Text).Quantities.Length;

    /// <summary>Tokenize, extract quantities, and group them into claims.</summary>
    [Benchmark]
    public int QuantitiesThenClaims()
    {
        ExtractionResult result = QuantitiesAndClaims.Extract(Text);
        return result.Quantities.Length + result.Claims.Length;
    }

    /// <summary>The same, then the quantities and claims merged in text order (<see cref="ExtractionResult.Mentions"/>).</summary>
    [Benchmark]
    public int QuantitiesThenClaimsAllMentions() => QuantitiesAndClaims.Extract(Text).Mentions.Length;
}
