using BenchmarkDotNet.Attributes;
using Tidings.Text;

namespace Tidings.Benchmarks;

/// <summary>
/// The inputs of the extraction benchmarks: each input of <see cref="Corpus"/>, tokenized once for the
/// "from document" variants. Classes that derive from it directly choose their own baseline.
/// </summary>
[MemoryDiagnoser]
public abstract class CorpusInput
{
    /// <summary>The loaded input text.</summary>
    protected string Text { get; private set; } = string.Empty;

    /// <summary>The publication date relative dates resolve against: the seed article's.</summary>
    protected static DateOnly ReferenceDate { get; } = new(2020, 7, 28);

    /// <summary>The input tokenized once in <see cref="Setup"/>, with <see cref="ReferenceDate"/>.</summary>
    protected Document Document { get; private set; } = Document.Create(string.Empty);

    /// <summary>The input (see <see cref="Corpus"/>); CoNLL only when its file is present.</summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = Corpus.Seed;

    /// <summary>The inputs available on this machine.</summary>
    public static IEnumerable<string> Inputs() => Corpus.Available();

    /// <summary>Loads the input and tokenizes it once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Text = Corpus.Get(Input);
        Document = Document.Create(Text, ReferenceDate);
    }
}

/// <summary>
/// The shared shape of the extraction benchmarks: the inputs of <see cref="CorpusInput"/>, with pooled tokenizing
/// alone as the baseline every extraction pays.
/// </summary>
public abstract class CorpusBenchmark : CorpusInput
{
    /// <summary>Tokenizing alone, pooled as the extractors' string overloads and the pipeline do it.</summary>
    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        using Document document = Document.Rent(Text, referenceDate: null);
        return document.Tokens.Length;
    }
}
