using BenchmarkDotNet.Attributes;
using Tidings.Text;

namespace Tidings.Benchmarks;

/// <summary>The whole default pipeline (every extractor this version has) against tokenizing alone.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private string _text = string.Empty;
    private Document _document = Document.Create(string.Empty);

    /// <summary>The input (see <see cref="Corpus"/>); CoNLL only when its file is present.</summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = Corpus.Seed;

    /// <summary>The inputs available on this machine.</summary>
    public static IEnumerable<string> Inputs() => Corpus.Available();

    /// <summary>Loads the input and tokenizes it once for <see cref="PipelineFromDocument"/>.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = Corpus.Get(Input);
        _document = Document.Create(_text);
    }

    /// <summary>Tokenizing alone, pooled as the pipeline does it.</summary>
    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        using Document document = Document.Rent(_text, referenceDate: null);
        return document.Tokens.Length;
    }

    /// <summary><c>News.Extract(text)</c>: tokenize once, run every extractor, merge.</summary>
    [Benchmark]
    public int NewsExtract() => News.Extract(_text).Mentions.Length;

    /// <summary>The pipeline over an already tokenized document.</summary>
    [Benchmark]
    public int PipelineFromDocument() => ExtractionPipeline.Default.Extract(_document).Mentions.Length;
}
