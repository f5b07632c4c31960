using Tidings.ML;
using Tidings.Recognition;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>The conditional random field trainer: its gradient is the loss's derivative, and it learns, deterministically,
/// a small made-up story (<see cref="ConllStories"/>).</summary>
public sealed class CrfTrainerTests
{
    private const int Bits = 12;

    private static System.Collections.Immutable.ImmutableArray<ConllDocument> Documents() => ConllCorpus.Read(new StringReader(ConllStories.Talks));

    [Fact]
    public void The_gradient_is_the_derivative_of_the_loss()
    {
        IReadOnlyList<ConllDocument> documents = Documents();
        CrfTrainer crf = CrfTrainer.Read(documents, null, NameLexicon.Default, (1u << Bits) - 1);
        var random = new Random(3);
        var weights = new float[(1 << Bits) * NameModel.Tags];
        var previous = new float[(NameModel.Tags + 1) * NameModel.Tags];
        for (int k = 0; k < weights.Length; k++)
        {
            weights[k] = (float)(random.NextDouble() - 0.5) * 0.2f;
        }

        for (int k = 0; k < previous.Length; k++)
        {
            previous[k] = (float)(random.NextDouble() - 0.5) * 0.5f;
        }

        for (int s = 0; s < crf.Sentences; s++)
        {
            var weightGradient = new float[weights.Length];
            var previousGradient = new float[previous.Length];
            crf.AddGradient(s, weights, previous, weightGradient, previousGradient);
            Assert.Contains(weightGradient, g => g != 0);

            // The largest components of each gradient, against central differences of the loss.
            foreach (int k in Largest(weightGradient, 5))
            {
                Assert.Equal(weightGradient[k], Numeric(() => crf.Loss(s, weights, previous), weights, k), 2);
            }

            foreach (int k in Largest(previousGradient, 5))
            {
                Assert.Equal(previousGradient[k], Numeric(() => crf.Loss(s, weights, previous), previous, k), 2);
            }
        }
    }

    [Fact]
    public void Training_fits_a_small_corpus_and_is_deterministic()
    {
        IReadOnlyList<ConllDocument> documents = Documents();
        var options = new NerTrainingOptions { Bits = Bits, Iterations = 0, CrfEpochs = 30, CrfRate = 0.1 };
        NameRecognizer first = NerTrainer.Train(documents, options);
        NameRecognizer second = NerTrainer.Train(documents, options);

        Assert.True(first.Model.Global);
        Assert.Equal(first.Model.Weights, second.Model.Weights);
        Assert.Equal(first.Model.Previous, second.Model.Previous);
        ConllScore score = ConllScorer.Score(first, documents);
        Assert.Equal(score.Overall.Gold, score.Overall.Correct);
        Assert.Equal(score.Overall.Gold, score.Overall.System);
    }

    private static IEnumerable<int> Largest(float[] gradient, int count) =>
        Enumerable.Range(0, gradient.Length).OrderByDescending(k => Math.Abs(gradient[k])).Take(count).Where(k => gradient[k] != 0);

    private static double Numeric(Func<double> loss, float[] values, int k)
    {
        const float h = 1e-2f;
        float saved = values[k];
        values[k] = saved + h;
        double up = loss();
        values[k] = saved - h;
        double down = loss();
        values[k] = saved;
        return (up - down) / (2 * h);
    }
}
