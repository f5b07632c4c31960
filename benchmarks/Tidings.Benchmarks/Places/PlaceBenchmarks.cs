using BenchmarkDotNet.Attributes;
using Tidings.Places;
using Tidings.Text;

namespace Tidings.Benchmarks.Places;

/// <summary>Loading the embedded gazetteer: decompress, parse and index about 52,000 places.</summary>
[MemoryDiagnoser]
public class GazetteerLoadBenchmarks
{
    /// <summary>What <see cref="Gazetteer.Default"/> does once per process.</summary>
    [Benchmark]
    public int LoadEmbedded() => Gazetteer.LoadEmbedded().Count;
}

/// <summary>
/// Place resolution per document, and its parts. The place spans come from a stand-in recognizer
/// (runs of up to four capitalised words that the gazetteer knows), found once in the set-up.
/// </summary>
public class PlaceResolutionBenchmarks : CorpusBenchmark
{
    private PlaceCandidate[]? _spans;

    /// <summary>The stand-in spans of the input, found on first use (in the pilot, not measured).</summary>
    private PlaceCandidate[] Spans => _spans ??= StandInSpans(Document);

    /// <summary>Resolving the spans with document context (demonyms scanned for context).</summary>
    [Benchmark]
    public int Resolve() => PlaceResolver.Default.Resolve(Document, Spans).Length;

    /// <summary>The same, also emitting the demonyms as place mentions.</summary>
    [Benchmark]
    public int ResolveWithDemonyms() => PlaceResolver.Default.ResolveWithDemonyms(Document, Spans).Length;

    /// <summary>Finding the demonyms alone.</summary>
    [Benchmark]
    public int ScanDemonyms() => DemonymScanner.Default.Scan(Document).Length;

    /// <summary>Runs of up to four capitalised words that name a place, longest first.</summary>
    internal static PlaceCandidate[] StandInSpans(Document document)
    {
        var spans = new List<PlaceCandidate>();
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            for (int n = Math.Min(4, tokens.Length - i); n >= 1; n--)
            {
                Token last = tokens[i + n - 1];
                bool capitalised = true;
                for (int k = i; k < i + n; k++)
                {
                    capitalised &= tokens[k].Kind == TokenKind.Word && tokens[k].Has(TokenTraits.Capitalized);
                }

                if (capitalised && Gazetteer.Default.Contains(document.Text.AsSpan(tokens[i].Start, last.End - tokens[i].Start)))
                {
                    spans.Add(new PlaceCandidate(tokens[i].Start, last.End));
                    i += n - 1;
                    break;
                }
            }
        }

        return [.. spans];
    }
}

/// <summary>
/// What resolving the recognizer's places adds to the pipeline: the default pipeline against the same pipeline with
/// resolution turned off (the baseline), so that the <c>Ratio</c> column is the figure (target: at most 1.10).
/// </summary>
public class PlaceResolutionCostBenchmarks : CorpusInput
{
    private static readonly ExtractionPipeline Unresolved = new ExtractionPipelineBuilder().UseAll().ResolvePlacesWith(null).Build();

    /// <summary>The default pipeline with place resolution turned off (<c>ResolvePlacesWith(null)</c>).</summary>
    [Benchmark(Baseline = true)]
    public int PipelineWithoutResolution() => Unresolved.Extract(Document).Mentions.Length;

    /// <summary>The default pipeline over an already tokenized document, places resolved.</summary>
    [Benchmark]
    public int PipelineFromDocument() => ExtractionPipeline.Default.Extract(Document).Mentions.Length;
}
