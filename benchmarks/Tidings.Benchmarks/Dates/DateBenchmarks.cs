using BenchmarkDotNet.Attributes;
using Tidings.Dates;

namespace Tidings.Benchmarks.Dates;

/// <summary>
/// The date extractor alone (over a tokenized document, and with its own tokenizing), and what dates add to the
/// whole pipeline: every extractor but dates against every extractor.
/// </summary>
public class DateBenchmarks : CorpusBenchmark
{
    private static readonly ExtractionPipeline WithoutDates = new ExtractionPipelineBuilder().UseQuantities().UseClaims().UseNames().Build();

    /// <summary>Dates over the already tokenized document: the extractor's own cost.</summary>
    [Benchmark]
    public int DatesFromDocument() => DateExtractor.Default.Extract(Document).Length;

    /// <summary>Dates from the string: tokenizing plus the extractor.</summary>
    [Benchmark]
    public int DatesFromText() => DateExtractor.Default.Extract(Text, ReferenceDate).Length;

    /// <summary>Every extractor but dates (quantities, claims, names with place resolution).</summary>
    [Benchmark]
    public int PipelineWithoutDates() => WithoutDates.Extract(Text, ReferenceDate).Mentions.Length;

    /// <summary>The default pipeline, dates included.</summary>
    [Benchmark]
    public int PipelineWithDates() => ExtractionPipeline.Default.Extract(Text, ReferenceDate).Mentions.Length;
}
