using System.Diagnostics;
using Tidings.Recognition;

namespace Tidings.ML;

/// <summary>
/// Trains the recognizer's weights as a linear-chain conditional random field: the probability of a sentence's whole
/// BILOU tag path, normalised once per sentence under the same tag constraints the tagger decodes with, maximised by
/// stochastic gradient descent with L2 regularisation. ML.NET has no sequence trainer, so this is the library's own
/// learner; it starts from the weights of ML.NET's per-token maximum-entropy fit, which it refines.
/// </summary>
/// <remarks>Deterministic: one thread, sentences shuffled by a seeded generator.
/// <threadsafety>One instance per training run.</threadsafety></remarks>
internal sealed class CrfTrainer
{
    private const int T = NameModel.Tags;

    private readonly int[] _features;
    private readonly int[] _tokenStarts;
    private readonly byte[] _tags;
    private readonly int[] _sentenceStarts;
    private readonly int _longest;

    private CrfTrainer(int[] features, int[] tokenStarts, byte[] tags, int[] sentenceStarts)
    {
        _features = features;
        _tokenStarts = tokenStarts;
        _tags = tags;
        _sentenceStarts = sentenceStarts;
        for (int s = 0; s + 1 < sentenceStarts.Length; s++)
        {
            _longest = Math.Max(_longest, sentenceStarts[s + 1] - sentenceStarts[s]);
        }
    }

    /// <summary>The sentences in the training data.</summary>
    public int Sentences => _sentenceStarts.Length - 1;

    /// <summary>Reads every token's feature buckets and BILOU tag from <paramref name="documents"/>.</summary>
    public static CrfTrainer Read(IReadOnlyList<ConllDocument> documents, byte[][]? evidence, NameLexicon lexicon, uint mask)
    {
        var features = new List<int>(1 << 20);
        var tokenStarts = new List<int> { 0 };
        var tags = new List<byte>();
        var sentenceStarts = new List<int> { 0 };
        NerTrainer.ReadTokens(documents, evidence, lexicon, (ReadOnlySpan<uint> hashes, byte tag, bool sentenceStart) =>
        {
            if (sentenceStart && tags.Count > 0)
            {
                sentenceStarts.Add(tags.Count);
            }

            foreach (uint h in hashes)
            {
                features.Add((int)(h & mask));
            }

            tokenStarts.Add(features.Count);
            tags.Add(tag);
        });
        sentenceStarts.Add(tags.Count);
        return new CrfTrainer([.. features], [.. tokenStarts], [.. tags], [.. sentenceStarts]);
    }

    /// <summary>Runs <paramref name="epochs"/> passes of SGD over the sentences, updating <paramref name="weights"/>
    /// (buckets × tags) and <paramref name="previous"/> ((tags + 1) × tags, the last row the sentence start) in place.</summary>
    /// <param name="weights">The emission weights, from the maximum-entropy fit or zero.</param>
    /// <param name="previous">The transition weights.</param>
    /// <param name="epochs">Passes over the data.</param>
    /// <param name="rate">The initial learning rate η₀; the rate decays as η₀ / (1 + η₀ λ t) over sentences t.</param>
    /// <param name="c2">The L2 weight on the whole data's negative log-likelihood (λ = 2 c2 / sentences per sentence).</param>
    /// <param name="seed">Seeds the order of the sentences.</param>
    /// <param name="log">Progress, or null.</param>
    /// <param name="afterEpoch">Called after each pass with its number and the weights so far (averaged, from the
    /// second half of the passes on), or null.</param>
    /// <remarks>The result is the average of the weights after each pass of the second half: SGD's last steps still
    /// wander, and their average is a steadier and usually better model.</remarks>
    public void Train(float[] weights, float[] previous, int epochs, double rate, double c2, int seed, TextWriter? log, Action<int, float[], float[]>? afterEpoch = null)
    {
        int averageFrom = epochs / 2 + 1;
        float[] sum = [], previousSum = [];
        int averaged = 0;
        int sentences = Sentences;
        double lambda = 2 * c2 / Math.Max(1, sentences);
        var order = new int[sentences];
        for (int s = 0; s < sentences; s++)
        {
            order[s] = s;
        }

        var random = new Random(seed);
        var work = new Work(_longest);
        double scale = 1;
        long t = 0;
        var clock = Stopwatch.StartNew();
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            double loss = 0;
            foreach (int s in order)
            {
                double eta = rate / (1 + rate * lambda * t++);
                scale *= 1 - eta * lambda;
                if (scale < 1e-4)
                {
                    Rescale(weights, scale);
                    scale = 1;
                }

                loss += Step(s, weights, previous, scale, eta, work);
            }

            Rescale(weights, scale);
            scale = 1;
            log?.WriteLine(FormattableString.Invariant($"crf pass {epoch}: loss {loss:F1}, rate {rate / (1 + rate * lambda * t):G3} ({clock.Elapsed.TotalSeconds:F0} s)"));
            if (epoch >= averageFrom)
            {
                if (averaged++ == 0)
                {
                    sum = new float[weights.Length];
                    previousSum = new float[previous.Length];
                }

                Add(sum, weights);
                Add(previousSum, previous);
            }

            if (afterEpoch is not null)
            {
                if (averaged == 0)
                {
                    afterEpoch(epoch, weights, previous);
                }
                else
                {
                    afterEpoch(epoch, Mean(sum, averaged), Mean(previousSum, averaged));
                }
            }
        }

        if (averaged > 0)
        {
            Mean(sum, averaged).CopyTo(weights, 0);
            Mean(previousSum, averaged).CopyTo(previous, 0);
        }
    }

    private static void Add(float[] sum, float[] x)
    {
        for (int k = 0; k < sum.Length; k++)
        {
            sum[k] += x[k];
        }
    }

    private static float[] Mean(float[] sum, int count)
    {
        var mean = new float[sum.Length];
        float f = 1f / count;
        for (int k = 0; k < sum.Length; k++)
        {
            mean[k] = sum[k] * f;
        }

        return mean;
    }

    private static void Rescale(float[] weights, double scale)
    {
        float f = (float)scale;
        for (int k = 0; k < weights.Length; k++)
        {
            weights[k] *= f;
        }
    }

    /// <summary>Scratch arrays for one sentence.</summary>
    private sealed class Work(int longest)
    {
        public readonly double[] Emissions = new double[longest * T];
        public readonly double[] Exp = new double[longest * T];
        public readonly double[] Alpha = new double[longest * T];
        public readonly double[] Beta = new double[longest * T];
        public readonly double[] Norms = new double[longest];
        public readonly double[] ExpPrevious = new double[(T + 1) * T];
        public readonly double[] PreviousGradient = new double[(T + 1) * T];
        public readonly float[] Gradient = new float[T];
    }

    /// <summary>The negative log-likelihood of sentence <paramref name="s"/>'s gold tags under the weights.</summary>
    internal double Loss(int s, float[] weights, float[] previous) => Step(s, weights, previous, 1, 0, new Work(_longest));

    /// <summary>Adds the gradient of <see cref="Loss"/> to <paramref name="weightGradient"/> and
    /// <paramref name="previousGradient"/> (shaped like the weights).</summary>
    internal void AddGradient(int s, float[] weights, float[] previous, float[] weightGradient, float[] previousGradient)
    {
        // A step of rate one moves the weights by minus the gradient.
        float[] w = (float[])weights.Clone(), p = (float[])previous.Clone();
        Step(s, w, p, 1, 1, new Work(_longest));
        for (int k = 0; k < w.Length; k++)
        {
            weightGradient[k] += weights[k] - w[k];
        }

        for (int k = 0; k < p.Length; k++)
        {
            previousGradient[k] += previous[k] - p[k];
        }
    }

    /// <summary>One SGD step of rate <paramref name="eta"/> (none for zero) on sentence <paramref name="s"/>, the
    /// emission weights being <paramref name="scale"/> times <paramref name="weights"/>; returns the sentence's
    /// negative log-likelihood before the step.</summary>
    private double Step(int s, float[] weights, float[] previous, double scale, double eta, Work w)
    {
        int first = _sentenceStarts[s], n = _sentenceStarts[s + 1] - first;
        double[] em = w.Emissions, ex = w.Exp, alpha = w.Alpha, beta = w.Beta, norms = w.Norms, expPrev = w.ExpPrevious;
        for (int p = 0; p <= T; p++)
        {
            for (int y = 0; y < T; y++)
            {
                expPrev[p * T + y] = NameTagger.Allowed(p, y) ? Math.Exp(previous[p * T + y]) : 0;
            }
        }

        // Emission scores, and their exponentials shifted by each token's largest score.
        double logZ = 0, gold = 0;
        for (int i = 0; i < n; i++)
        {
            Span<double> row = em.AsSpan(i * T, T);
            row.Clear();
            for (int k = _tokenStarts[first + i]; k < _tokenStarts[first + i + 1]; k++)
            {
                ReadOnlySpan<float> wr = weights.AsSpan(_features[k] * T, T);
                for (int y = 0; y < T; y++)
                {
                    row[y] += wr[y];
                }
            }

            double max = double.NegativeInfinity;
            for (int y = 0; y < T; y++)
            {
                row[y] *= scale;
                max = Math.Max(max, row[y]);
            }

            for (int y = 0; y < T; y++)
            {
                ex[i * T + y] = Math.Exp(row[y] - max);
            }

            logZ += max;
            int goldTag = _tags[first + i];
            gold += row[goldTag] + previous[(i == 0 ? T : _tags[first + i - 1]) * T + goldTag];
        }

        // Forward, normalising each position (norms[i]).
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int y = 0; y < T; y++)
            {
                double a = 0;
                if (i == 0)
                {
                    a = expPrev[T * T + y];
                }
                else
                {
                    for (int p = 0; p < T; p++)
                    {
                        a += alpha[(i - 1) * T + p] * expPrev[p * T + y];
                    }
                }

                a *= ex[i * T + y];
                alpha[i * T + y] = a;
                sum += a;
            }

            norms[i] = sum;
            if (!(sum > 0) || double.IsInfinity(sum))
            {
                throw new InvalidOperationException(FormattableString.Invariant($"The conditional random field diverged at sentence {s}: lower the learning rate."));
            }

            logZ += Math.Log(sum);
            for (int y = 0; y < T; y++)
            {
                alpha[i * T + y] /= sum;
            }
        }

        // A sentence never ends inside a name.
        double end = 0;
        for (int y = 0; y < T; y++)
        {
            end += NameTagger.MayEnd(y) ? alpha[(n - 1) * T + y] : 0;
        }

        logZ += Math.Log(end);
        for (int y = 0; y < T; y++)
        {
            beta[(n - 1) * T + y] = NameTagger.MayEnd(y) ? 1 / end : 0;
        }

        for (int i = n - 1; i > 0; i--)
        {
            for (int p = 0; p < T; p++)
            {
                double b = 0;
                for (int y = 0; y < T; y++)
                {
                    b += expPrev[p * T + y] * ex[i * T + y] * beta[i * T + y];
                }

                beta[(i - 1) * T + p] = b / norms[i];
            }
        }

        if (eta == 0)
        {
            return logZ - gold;
        }

        // Gradient: expected counts under the model less the gold counts.
        double[] prevGrad = w.PreviousGradient;
        Array.Clear(prevGrad);
        float step = (float)(eta / scale);
        Span<float> g = w.Gradient;
        for (int i = 0; i < n; i++)
        {
            int goldTag = _tags[first + i];
            for (int y = 0; y < T; y++)
            {
                g[y] = (float)(alpha[i * T + y] * beta[i * T + y]) - (y == goldTag ? 1 : 0);
            }

            if (i == 0)
            {
                for (int y = 0; y < T; y++)
                {
                    prevGrad[T * T + y] += g[y];
                }
            }
            else
            {
                int goldPrev = _tags[first + i - 1];
                prevGrad[goldPrev * T + goldTag] -= 1;
                for (int p = 0; p < T; p++)
                {
                    double ap = alpha[(i - 1) * T + p] / norms[i];
                    if (ap == 0)
                    {
                        continue;
                    }

                    for (int y = 0; y < T; y++)
                    {
                        prevGrad[p * T + y] += ap * expPrev[p * T + y] * ex[i * T + y] * beta[i * T + y];
                    }
                }
            }

            for (int y = 0; y < T; y++)
            {
                g[y] *= step;
            }

            for (int k = _tokenStarts[first + i]; k < _tokenStarts[first + i + 1]; k++)
            {
                Span<float> wr = weights.AsSpan(_features[k] * T, T);
                for (int y = 0; y < T; y++)
                {
                    wr[y] -= g[y];
                }
            }
        }

        for (int k = 0; k < prevGrad.Length; k++)
        {
            previous[k] -= (float)(eta * prevGrad[k]);
        }

        return logZ - gold;
    }
}
