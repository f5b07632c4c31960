using BenchmarkDotNet.Attributes;
using Tidings.Numbers;
using Tidings.Text;

namespace Tidings.Benchmarks.Numbers;

/// <summary>Quantity extraction, with tokenizing included, against tokenizing alone.</summary>
[MemoryDiagnoser]
public class QuantityBenchmarks
{
    private string _text = string.Empty;
    private Document _document = Document.Create(string.Empty);

    /// <summary>The input (see <see cref="Corpus"/>); CoNLL only when its file is present.</summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = Corpus.Seed;

    /// <summary>The inputs available on this machine.</summary>
    public static IEnumerable<string> Inputs() => Corpus.Available();

    /// <summary>Loads the input and tokenizes it once for <see cref="ExtractFromDocument"/>.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = Corpus.Get(Input);
        _document = Document.Create(_text);
    }

    /// <summary>Tokenizing alone (pooled, as the extractor's string overload does): the cost every extraction pays.</summary>
    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        using Document document = Document.Rent(_text, referenceDate: null);
        return document.Tokens.Length;
    }

    /// <summary><c>QuantityExtractor.Default.Extract(string)</c>: tokenize and extract.</summary>
    [Benchmark]
    public int Extract() => QuantityExtractor.Default.Extract(_text).Length;

    /// <summary>Extraction over an already tokenized document.</summary>
    [Benchmark]
    public int ExtractFromDocument() => QuantityExtractor.Default.Extract(_document).Length;

    /// <summary>The same through <see cref="ExtractionPipeline.Default"/>: tokenize, extract, merge mentions.</summary>
    [Benchmark]
    public int Pipeline() => ExtractionPipeline.Default.Extract(_text).Quantities.Length;
}
