using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Tidings.Recognition;

namespace Tidings.ML;

/// <summary>Settings of one training run of the name recognizer.</summary>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed record NerTrainingOptions
{
    /// <summary>Bits of the feature hash: the model has 2^Bits buckets of 17 weights (one per BILOU tag).</summary>
    public int Bits { get; init; } = 20;

    /// <summary>1 (the default) for one model; 2 adds a stage trained on out-of-fold first-stage tags. The first
    /// stage already sees document-level context (how each capitalised word is used elsewhere in the article), so a
    /// second stage now adds about 0.1 point of F1 on CoNLL-2003 dev for twice the tagging time.</summary>
    public int Stages { get; init; } = 1;

    /// <summary>Folds for the first stage's out-of-fold tags (with two stages).</summary>
    public int Folds { get; init; } = 4;

    /// <summary>L1 regularization weight of the maximum-entropy trainer.</summary>
    public float L1 { get; init; }

    /// <summary>L2 regularization weight of the maximum-entropy trainer (SDCA's scale: per example).</summary>
    public float L2 { get; init; } = 1e-6f;

    /// <summary>Most passes (SDCA) or iterations (L-BFGS) of the maximum-entropy fit per model; 0 skips it (a
    /// conditional random field then starts from zero).</summary>
    public int Iterations { get; init; } = 100;

    /// <summary>Use ML.NET's SDCA maximum-entropy trainer (the default: as accurate here and many times faster than
    /// L-BFGS); false for L-BFGS.</summary>
    public bool Sdca { get; init; } = true;

    /// <summary>Passes of the conditional random field that refines the maximum-entropy weights (the default 12;
    /// 0: none, the model stays a maximum-entropy Markov model).</summary>
    public int CrfEpochs { get; init; } = 12;

    /// <summary>The conditional random field's initial learning rate.</summary>
    public double CrfRate { get; init; } = 0.05;

    /// <summary>The conditional random field's L2 weight (on the whole data's negative log-likelihood).</summary>
    public double CrfL2 { get; init; } = 1;

    /// <summary>Called after each pass of the conditional random field with the model so far (for monitoring), or null.</summary>
    public Action<int, NameRecognizer>? AfterCrfEpoch { get; init; }

    /// <summary>The seed of the ML.NET context (training is deterministic for a given seed).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Where progress goes; null for none.</summary>
    public TextWriter? Log { get; init; }
}

/// <summary>
/// Trains the name recognizer in two steps. Microsoft.ML fits a multiclass maximum-entropy classifier (SDCA, or
/// L-BFGS) over the library's hashed token features plus the previous tag (a maximum-entropy Markov model); its
/// weights, read out of the ML.NET model, then start a linear-chain conditional random field (the library's own
/// SGD learner: ML.NET has no sequence trainer), which refines them under one normaliser per sentence. The result
/// is decoded at run time by the library's own Viterbi, in the library's compact format.
/// </summary>
/// <remarks><threadsafety>Stateless; safe to call from many threads at once.</threadsafety></remarks>
public static class NerTrainer
{
    private const int T = NameModel.Tags;

    /// <summary>Label names that sort in tag order, so ML.NET's key (class) k is tag k.</summary>
    private static readonly string[] TagNames = [.. Enumerable.Range(0, T).Select(t => "t" + t.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>One token as ML.NET sees it.</summary>
    private sealed class TokenRow
    {
        public string Label { get; set; } = "";

        public VBuffer<float> Features { get; set; }
    }

    /// <summary>Trains a model on <paramref name="documents"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static NameRecognizer Train(IReadOnlyList<ConllDocument> documents, NerTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        NameLexicon lexicon = NameLexicon.Default;
        var clock = Stopwatch.StartNew();
        NameModel first = TrainStage(documents, null, options, lexicon, "stage 1", clock);
        int folds = Math.Min(options.Folds, documents.Count);
        if (options.Stages < 2 || folds < 2)
        {
            return new NameRecognizer(first, lexicon);
        }

        // Out-of-fold first-stage tags, so the second stage learns how far to trust tags it did not see trained.
        var oof = new byte[documents.Count][];
        for (int fold = 0; fold < folds; fold++)
        {
            var train = new List<ConllDocument>();
            var held = new List<int>();
            for (int d = 0; d < documents.Count; d++)
            {
                if (d % folds == fold)
                {
                    held.Add(d);
                }
                else
                {
                    train.Add(documents[d]);
                }
            }

            NameModel foldModel = TrainStage(train, null, options, lexicon, $"fold {fold + 1}/{folds}", clock);
            using var tagger = new NameTagger(lexicon);
            foreach (int d in held)
            {
                var tags = new byte[documents[d].Document.Tokens.Length];
                tagger.Tag(foldModel, documents[d].Document, tags);
                oof[d] = tags;
            }
        }

        NameModel second = TrainStage(documents, oof, options, lexicon, "stage 2", clock);
        NameModel model = new(first.Bits, first.Scale, first.Weights, first.Previous, second);
        return new NameRecognizer(model, lexicon);
    }

    /// <summary>Receives one training token: its feature hashes, its BILOU tag and whether it opens a sentence.</summary>
    internal delegate void TokenSink(ReadOnlySpan<uint> features, byte tag, bool sentenceStart);

    /// <summary>Computes the features of every token of <paramref name="documents"/> (with the earlier stage's
    /// <paramref name="evidence"/>, when given) and passes them on with the token's BILOU tag, in order.</summary>
    internal static void ReadTokens(IReadOnlyList<ConllDocument> documents, byte[][]? evidence, NameLexicon lexicon, TokenSink sink)
    {
        var features = new uint[NameFeatures.MaxFeatures];
        byte[] bilou = [];
        using var tagger = new NameTagger(lexicon);
        for (int d = 0; d < documents.Count; d++)
        {
            ConllDocument doc = documents[d];
            tagger.Features.Prepare(doc.Document);
            if (evidence is not null)
            {
                tagger.SetStageEvidence(evidence[d]);
            }

            if (bilou.Length < doc.Tags.Length)
            {
                bilou = new byte[doc.Tags.Length];
            }

            foreach (Text.Sentence sentence in doc.Document.Sentences)
            {
                // The corpus is BIO; the model learns BILOU tags (names are decoded within a sentence).
                int first = sentence.FirstToken, end = sentence.EndToken;
                NameTagger.ToBilou(doc.Tags.AsSpan(first, end - first), bilou.AsSpan(first, end - first));
                for (int i = first; i < end; i++)
                {
                    int count = tagger.Features.Extract(i, features);
                    if (evidence is not null)
                    {
                        count = tagger.Features.ExtractEvidence(i, features, count);
                    }

                    sink(features.AsSpan(0, count), bilou[i], i == first);
                }
            }
        }
    }

    private static NameModel TrainStage(IReadOnlyList<ConllDocument> documents, byte[][]? evidence, NerTrainingOptions options, NameLexicon lexicon, string name, Stopwatch clock)
    {
        int buckets = 1 << options.Bits;
        uint mask = (uint)buckets - 1;
        (float[] weights, float[] prev) = options.Iterations > 0
            ? FitMaximumEntropy(documents, evidence, options, lexicon, name, clock)
            : (new float[buckets * T], new float[(T + 1) * T]);
        if (options.CrfEpochs <= 0)
        {
            return NameModel.Quantize(options.Bits, weights, prev);
        }

        CrfTrainer crf = CrfTrainer.Read(documents, evidence, lexicon, mask);
        options.Log?.WriteLine($"{name}: conditional random field over {crf.Sentences:N0} sentences ({clock.Elapsed.TotalSeconds:F0} s)");
        crf.Train(weights, prev, options.CrfEpochs, options.CrfRate, options.CrfL2, options.Seed, options.Log, options.AfterCrfEpoch is null
            ? null
            : (epoch, w, p) => options.AfterCrfEpoch(epoch, new NameRecognizer(NameModel.Quantize(options.Bits, w, p, global: true), lexicon)));
        return NameModel.Quantize(options.Bits, weights, prev, global: true);
    }

    private static (float[] Weights, float[] Previous) FitMaximumEntropy(IReadOnlyList<ConllDocument> documents, byte[][]? evidence, NerTrainingOptions options, NameLexicon lexicon, string name, Stopwatch clock)
    {
        int buckets = 1 << options.Bits;
        int dimension = buckets + T + 1;
        uint mask = (uint)buckets - 1;
        var rows = new List<TokenRow>();
        var indices = new int[NameFeatures.MaxFeatures + 1];
        var values = new float[NameFeatures.MaxFeatures + 1];
        byte previousTag = T;
        ReadTokens(documents, evidence, lexicon, (ReadOnlySpan<uint> features, byte tag, bool sentenceStart) =>
        {
            int previous = sentenceStart ? T : previousTag;
            rows.Add(new TokenRow { Label = TagNames[tag], Features = Sparse(features, mask, buckets + previous, dimension, indices, values) });
            previousTag = tag;
        });

        options.Log?.WriteLine($"{name}: {rows.Count:N0} tokens, training ({clock.Elapsed.TotalSeconds:F0} s)");
        var ml = new MLContext(options.Seed);
        var schema = SchemaDefinition.Create(typeof(TokenRow));
        schema[nameof(TokenRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        IDataView data = ml.Data.LoadFromEnumerable(rows, schema);
        IEstimator<MulticlassPredictionTransformer<MaximumEntropyModelParameters>> trainer = options.Sdca
            ? ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Key",
                FeatureColumnName = nameof(TokenRow.Features),
                L1Regularization = options.L1,
                L2Regularization = options.L2,
                MaximumNumberOfIterations = options.Iterations,
                NumberOfThreads = 1,
                Shuffle = true,
            })
            : ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Key",
                FeatureColumnName = nameof(TokenRow.Features),
                L1Regularization = options.L1,
                L2Regularization = options.L2,
                MaximumNumberOfIterations = options.Iterations,
                OptimizationTolerance = 1e-6f,
                HistorySize = 20,
                NumberOfThreads = 1,
                EnforceNonNegativity = false,
            });
        var fitted = ml.Transforms.Conversion.MapValueToKey("Key", nameof(TokenRow.Label), keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(trainer)
            .Fit(data);
        MaximumEntropyModelParameters parameters = fitted.LastTransformer.Model;
        VBuffer<float>[] classWeights = [];
        parameters.GetWeights(ref classWeights, out int classes);
        float[] biases = [.. parameters.GetBiases()];
        // ML.NET numbers the classes by the labels it saw ("t0" … "t16", in the order ML.NET sorts them): map each back to its tag.
        VBuffer<ReadOnlyMemory<char>> keyNames = default;
        fitted.Transform(data).Schema["Key"].GetKeyValues(ref keyNames);
        ReadOnlySpan<ReadOnlyMemory<char>> names = keyNames.DenseValues().ToArray();
        var weights = new float[buckets * T];
        var prev = new float[(T + 1) * T];
        uint biasRow = (FeatureHash.Combine(1, 0) & mask) * T;
        for (int y = 0; y < T; y++)
        {
            // A tag the data never showed is never predicted.
            weights[biasRow + y] = -20;
        }

        for (int c = 0; c < classes; c++)
        {
            int y = int.Parse(names[c].Span[1..], System.Globalization.CultureInfo.InvariantCulture);
            weights[biasRow + y] = 0;
            VBuffer<float> w = classWeights[c];
            ReadOnlySpan<int> idx = w.GetIndices();
            ReadOnlySpan<float> val = w.GetValues();
            for (int k = 0; k < val.Length; k++)
            {
                int index = w.IsDense ? k : idx[k];
                if (index < buckets)
                {
                    weights[index * T + y] = val[k];
                }
                else
                {
                    prev[(index - buckets) * T + y] = val[k];
                }
            }

            // The bias joins the bias feature's bucket, which fires once on every token.
            weights[biasRow + y] += biases[c];
        }

        int nonZero = 0;
        foreach (float x in weights)
        {
            nonZero += x != 0 ? 1 : 0;
        }

        options.Log?.WriteLine($"{name}: done, {nonZero:N0} non-zero weights ({clock.Elapsed.TotalSeconds:F0} s)");
        return (weights, prev);
    }

    /// <summary>The sparse 0/1 vector of hashed features (colliding features add up) plus the previous tag.</summary>
    private static VBuffer<float> Sparse(ReadOnlySpan<uint> features, uint mask, int previousIndex, int dimension, int[] indices, float[] values)
    {
        int n = 0;
        foreach (uint f in features)
        {
            indices[n++] = (int)(f & mask);
        }

        Array.Sort(indices, 0, n);
        int m = 0;
        for (int k = 0; k < n; k++)
        {
            if (m > 0 && indices[m - 1] == indices[k])
            {
                values[m - 1] += 1;
            }
            else
            {
                indices[m] = indices[k];
                values[m] = 1;
                m++;
            }
        }

        indices[m] = previousIndex;
        values[m] = 1;
        m++;
        return new VBuffer<float>(dimension, m, values[..m], indices[..m]);
    }
}
