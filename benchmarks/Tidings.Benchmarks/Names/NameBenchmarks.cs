using BenchmarkDotNet.Attributes;
using Tidings.Names;
using Tidings.Recognition;

namespace Tidings.Benchmarks.Names;

/// <summary>
/// Name recognition: the statistical recognizer over an already tokenized document, the name extractor (recognizer
/// plus acronym and surname linking), a names-only pipeline from the string, and loading the model.
/// </summary>
public class NameBenchmarks : CorpusBenchmark
{
    private static readonly ExtractionPipeline NamesOnly = new ExtractionPipelineBuilder().UseNames().Build();

    /// <summary>Loads the model once so that the timed benchmarks measure tagging only.</summary>
    [GlobalSetup(Targets = [nameof(Recognize), nameof(ExtractNames), nameof(Pipeline)])]
    public void LoadModel()
    {
        Setup();
        _ = NameRecognizer.Default.Recognize(Document);
    }

    /// <summary>The recognizer (one conditional-random-field stage, Viterbi) over the tokenized document.</summary>
    [Benchmark]
    public int Recognize() => NameRecognizer.Default.Recognize(Document).Length;

    /// <summary>The recognizer plus acronym and surname linking, building the typed mentions.</summary>
    [Benchmark]
    public int ExtractNames() => NameExtractor.Default.Extract(Document).Places.Length;

    /// <summary>Tokenize and find organizations, places and persons.</summary>
    [Benchmark]
    public int Pipeline() => NamesOnly.Extract(Text).Mentions.Length;

    /// <summary>Reads the embedded model (inflate, decode the tables) and tags the input with it: the cost of the
    /// first document, less the JIT compilation a new process also pays.</summary>
    [Benchmark]
    public int LoadModelAndFirstDocument()
    {
        using Stream stream = TidingsData.Open("Tidings.Recognition.NameModel.bin")!;
        return NameRecognizer.Load(stream).Recognize(Document).Length;
    }

    /// <summary>Reads the embedded word classes and name lists (inflate, build the two lookup tables): the rest of
    /// the first document's cost, with <see cref="LoadModelAndFirstDocument"/>.</summary>
    [Benchmark]
    public int LoadTables()
    {
        using Stream stream = TidingsData.Open("Tidings.Recognition.NameTables.bin")!;
        return NameTables.Read(stream).WordCount;
    }
}
