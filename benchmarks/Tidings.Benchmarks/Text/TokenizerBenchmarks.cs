using BenchmarkDotNet.Attributes;
using Tidings.Text;

namespace Tidings.Benchmarks.Text;

/// <summary>Tokenizing and sentence splitting: <see cref="Document.Create"/> against the pooled <c>Document.Rent</c>.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private string _text = string.Empty;

    /// <summary>The input (see <see cref="Corpus"/>); CoNLL only when its file is present.</summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = Corpus.Seed;

    /// <summary>The inputs available on this machine.</summary>
    public static IEnumerable<string> Inputs() => Corpus.Available();

    /// <summary>Loads the input once.</summary>
    [GlobalSetup]
    public void Setup() => _text = Corpus.Get(Input);

    /// <summary>Tokens and sentences in exact-size arrays.</summary>
    [Benchmark(Baseline = true)]
    public int Create() => Document.Create(_text).Tokens.Length;

    /// <summary>Tokens and sentences in pooled buffers, returned on dispose (what the pipeline uses).</summary>
    [Benchmark]
    public int Rent()
    {
        using Document document = Document.Rent(_text, referenceDate: null);
        return document.Tokens.Length;
    }

    /// <summary>Tokens only, no sentence splitting.</summary>
    [Benchmark]
    public int TokenizeOnly() => NewsTokenizer.Tokenize(_text).Length;
}
