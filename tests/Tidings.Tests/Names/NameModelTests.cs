using Tidings.Recognition;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>The embedded model loads and tags; the binary format round-trips and rejects what is not a model.</summary>
public sealed class NameModelTests
{
    [Fact]
    public void The_embedded_model_loads_and_tags_a_known_sentence()
    {
        const string text = "Russian Foreign Minister Sergey Lavrov met Jeyhun Bayramov in Moscow on Friday.";
        var names = NameRecognizer.Default.Recognize(Document.Create(text));
        Assert.Contains(names, n => n.Type == NameType.Person && text[n.Start..n.End] == "Sergey Lavrov");
        Assert.Contains(names, n => n.Type == NameType.Person && text[n.Start..n.End] == "Jeyhun Bayramov");
        Assert.Contains(names, n => n.Type == NameType.Place && text[n.Start..n.End] == "Moscow");
        Assert.Contains(names, n => n.Type == NameType.Miscellaneous && text[n.Start..n.End] == "Russian");
    }

    [Fact]
    public void The_embedded_model_is_one_stage_within_the_size_budget()
    {
        using Stream stream = TidingsData.Open("Tidings.Recognition.NameModel.bin")!;
        Assert.InRange(stream.Length, 1, 25L * 1024 * 1024);
        NameModel model = NameModel.Read(stream);
        Assert.Null(model.Next);
        Assert.Equal(20, model.Bits);
        Assert.True(model.Global, "the shipped model is a conditional random field");
    }

    [Fact]
    public void A_model_counts_its_own_stages_and_keeps_boundary_scores_of_every_stage()
    {
        const int bits = 8;
        float[] weights = RandomWeights(bits, new Random(11), _ => 2);
        var previous = new float[(NameModel.Tags + 1) * NameModel.Tags];
        NameModel last = NameModel.Quantize(bits, weights, previous);
        NameModel model = NameModel.Quantize(bits, weights, previous, last, global: true);
        Assert.Equal(1, last.Stages);
        Assert.Equal(2, model.Stages);

        // Scores of the wrong shape are not kept (the shape is the one scorer's invariant, asserted in debug builds,
        // never thrown: extractors never throw); the first right-shaped array is kept for every caller.
#if !DEBUG
        Assert.Equal(10, model.BoundaryScores(10, _ => new float[10]).Length);
#endif
        float[] kept = model.BoundaryScores(10, m => new float[m.Stages * 10]);
        Assert.Equal(20, kept.Length);
        Assert.Same(kept, model.BoundaryScores(10, _ => throw new InvalidOperationException("scored twice")));

        // Threads racing to score a fresh model all get the one array published.
        NameModel raced = NameModel.Quantize(bits, weights, previous, last, global: true);
        var got = new float[8][];
        Parallel.For(0, got.Length, t => got[t] = raced.BoundaryScores(10, m => new float[m.Stages * 10]));
        Assert.All(got, g => Assert.Same(got[0], g));

        // A two-stage model tags (its tagger sizes every per-stage buffer from the model, not from its caller) and
        // keeps one boundary row group per stage.
        NameModel fresh = NameModel.Quantize(bits, weights, previous, NameModel.Quantize(bits, weights, previous), global: true);
        var document = Document.Create("Sergey Lavrov met Jeyhun Bayramov in Moscow on Friday.");
        var tags = new byte[document.Tokens.Length];
        using var tagger = new NameTagger(NameLexicon.Default);
        tagger.Tag(fresh, document, tags);
        tagger.Features.Release();
        const int rows = (1 + NameFeatures.Roles) * NameModel.Tags;
        Assert.Equal(2 * rows, fresh.BoundaryScores(rows, _ => throw new InvalidOperationException("scored twice")).Length);
    }

    [Fact]
    public void A_model_round_trips_through_its_binary_format()
    {
        const int bits = 8;
        float[] weights = RandomWeights(bits, new Random(7), i => i % 3 == 0 ? 0 : 4);

        var previous = new float[(NameModel.Tags + 1) * NameModel.Tags];
        previous[3] = -1.5f;
        NameModel model = NameModel.Quantize(bits, weights, previous, NameModel.Quantize(bits, weights, previous), global: true);
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;
        NameModel read = NameModel.Read(stream);
        Assert.Equal(model.Weights, read.Weights);
        Assert.Equal(model.Previous, read.Previous);
        Assert.Equal(model.Scale, read.Scale);
        Assert.True(read.Global);
        Assert.NotNull(read.Next);
        Assert.False(read.Next!.Global);
        Assert.Null(read.Next.Next);

        // Quantization keeps every weight within a few percent of the largest.
        Span<float> scores = stackalloc float[NameModel.Tags];
        for (int b = 0; b < 1 << bits; b++)
        {
            read.Score([(uint)b], scores);
            for (int y = 0; y < NameModel.Tags; y++)
            {
                Assert.InRange(scores[y] - weights[b * NameModel.Tags + y], -0.05f, 0.05f);
            }
        }
    }

    [Fact]
    public void Scoring_many_features_sums_their_weights()
    {
        const int bits = 8;
        var random = new Random(11);
        float[] weights = RandomWeights(bits, random, _ => 6);

        NameModel model = NameModel.Quantize(bits, weights, new float[(NameModel.Tags + 1) * NameModel.Tags]);
        uint[] features = [.. Enumerable.Range(0, 100).Select(_ => (uint)random.Next())];
        Span<float> all = stackalloc float[NameModel.Tags];
        Span<float> one = stackalloc float[NameModel.Tags];
        var sum = new float[NameModel.Tags];
        model.Score(features, all);
        foreach (uint f in features)
        {
            model.Score([f], one);
            for (int y = 0; y < NameModel.Tags; y++)
            {
                sum[y] += one[y];
            }
        }

        for (int y = 0; y < NameModel.Tags; y++)
        {
            Assert.InRange(all[y] - sum[y], -1e-3f, 1e-3f);
        }
    }

    [Fact]
    public void Row_sums_are_the_exact_cubes_of_the_codes_at_every_extreme()
    {
        // Codes at both ends (−128 is floored at −127), zero and at random, with features repeated: the vector sums
        // (16-bit lanes where AVX2 is there) must equal the scalar integer sums of the cubes, tag by tag.
        const int bits = 8;
        var random = new Random(5);
        var codes = new sbyte[(1 << bits) * NameModel.Tags];
        sbyte[] extremes = [-128, -127, -126, -1, 0, 1, 126, 127];
        for (int i = 0; i < codes.Length; i++)
        {
            codes[i] = i < 64 * NameModel.Tags ? extremes[random.Next(extremes.Length)] : (sbyte)random.Next(-128, 128);
        }

        var model = new NameModel(bits, 1f, codes, new float[(NameModel.Tags + 1) * NameModel.Tags]);
        uint[] features = [.. Enumerable.Range(0, 200).Select(k => (uint)(k < 100 ? k % 64 : random.Next()))];
        var sums = new int[NameModel.PaddedTags];
        model.Sum(features, sums);
        var expected = new long[NameModel.Tags];
        foreach (uint f in features)
        {
            int b = (int)(f & model.Mask);
            for (int y = 0; y < NameModel.Tags; y++)
            {
                long q = Math.Max((int)codes[b * NameModel.Tags + y], -127);
                expected[y] += q * q * q;
            }
        }

        for (int y = 0; y < NameModel.Tags; y++)
        {
            Assert.Equal(expected[y], sums[y]);
        }
    }

    [Fact]
    public void A_version_3_model_loads_as_a_locally_normalised_stage()
    {
        const int bits = 8;
        float[] weights = RandomWeights(bits, new Random(5), _ => 2);
        NameModel model = NameModel.Quantize(bits, weights, new float[(NameModel.Tags + 1) * NameModel.Tags]);
        using var stream = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(z))
        {
            // Version 3: the same layout without the stage kind.
            writer.Write(0x52454E54u);
            writer.Write(3);
            writer.Write(1);
            writer.Write(NameModel.Tags);
            writer.Write(bits);
            writer.Write(model.Scale);
            writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(model.Weights.AsSpan()));
            foreach (float p in model.Previous)
            {
                writer.Write(p);
            }
        }

        stream.Position = 0;
        NameModel read = NameModel.Read(stream);
        Assert.False(read.Global);
        Assert.Equal(model.Weights, read.Weights);
    }

    [Fact]
    public void Anything_else_is_rejected_as_invalid_data()
    {
        using var empty = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(empty, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write("not a model at all"u8);
        }

        empty.Position = 0;
        Assert.Throws<InvalidDataException>(() => NameRecognizer.Load(empty));
        Assert.ThrowsAny<Exception>(() => NameRecognizer.Load(new MemoryStream([1, 2, 3])));
    }

    /// <summary>Random weights for a model of 2^<paramref name="bits"/> buckets, weight i within ±<paramref name="range"/>(i) / 2.</summary>
    private static float[] RandomWeights(int bits, Random random, Func<int, float> range)
    {
        var weights = new float[(1 << bits) * NameModel.Tags];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)(random.NextDouble() - 0.5) * range(i);
        }

        return weights;
    }
}
