using System.Buffers;
using Tidings.Text;

namespace Tidings.Recognition;

/// <summary>
/// Tags the tokens of a document with BIO name tags: scores each token with a <see cref="NameModel"/> stage and
/// decodes each sentence with Viterbi under the BIO constraint (I-X only after B-X or I-X). Later stages see the
/// earlier stage's tags as document-level features.
/// </summary>
/// <remarks><threadsafety>Not thread-safe: one instance per thread (buffers are reused between documents).</threadsafety></remarks>
internal sealed class NameTagger : IDisposable
{
    private const int T = NameModel.Tags;

    private readonly uint[] _features = new uint[NameFeatures.MaxFeatures];
    private uint[] _cache = [];
    private int[] _cacheCounts = [];
    private readonly float[] _scores = new float[T];
    private readonly float[] _exp = new float[T];
    private readonly float[] _delta = new float[T];
    private readonly float[] _next = new float[T];
    private byte[] _back = [];
    private readonly WordSlots _words = new();
    private int[] _counts = [];

    public NameTagger(NameLexicon lexicon) => Features = new NameFeatures(lexicon);

    /// <summary>The feature extractor, prepared for the current document.</summary>
    public NameFeatures Features { get; }

    /// <summary>The type of a tag: 0 person, 1 organization, 2 place, 3 miscellaneous; -1 for O.</summary>
    public static int TypeOf(int tag) => tag == 0 ? -1 : (tag - 1) >> 1;

    /// <summary>Whether <paramref name="tag"/> continues a name (an I- tag).</summary>
    public static bool IsInside(int tag) => tag != 0 && (tag & 1) == 0;

    /// <summary>Whether <paramref name="tag"/> may follow <paramref name="previous"/> (<see cref="NameModel.Tags"/> for the sentence start).</summary>
    public static bool Allowed(int previous, int tag) =>
        !IsInside(tag) || (previous < T && previous != 0 && TypeOf(previous) == TypeOf(tag));

    /// <summary><see cref="Allowed"/> for every (previous, tag) pair, row by previous tag.</summary>
    private static readonly bool[] AllowedPairs = BuildAllowedPairs();

    private static bool[] BuildAllowedPairs()
    {
        var pairs = new bool[(T + 1) * T];
        for (int p = 0; p <= T; p++)
        {
            for (int y = 0; y < T; y++)
            {
                pairs[p * T + y] = Allowed(p, y);
            }
        }

        return pairs;
    }

    /// <summary>Tags every token of <paramref name="document"/> into <paramref name="tags"/>, running every stage of <paramref name="model"/>.</summary>
    public void Tag(NameModel model, Document document, Span<byte> tags)
    {
        Features.Prepare(document);
        CacheFeatures(model.Next is not null);
        for (NameModel? stage = model; stage is not null; stage = stage.Next)
        {
            Decode(stage, document, tags, evidence: !ReferenceEquals(stage, model));
            if (stage.Next is not null)
            {
                SetStageEvidence(tags);
            }
        }
    }

    /// <summary>With more than one stage, keeps the sentence-level features of every token, so later stages only
    /// add the document-level ones.</summary>
    private void CacheFeatures(bool keep)
    {
        _cached = keep;
        if (!keep)
        {
            return;
        }

        int count = Features.Count;
        int stride = NameFeatures.MaxFeatures;
        if (_cacheCounts.Length < count)
        {
            Return();
            _cacheCounts = ArrayPool<int>.Shared.Rent(Math.Max(count, 256));
            _cache = ArrayPool<uint>.Shared.Rent(_cacheCounts.Length * stride);
        }

        for (int i = 0; i < count; i++)
        {
            _cacheCounts[i] = Features.Extract(i, _cache.AsSpan(i * stride, stride));
        }
    }

    private bool _cached;

    /// <summary>Decodes every sentence of the prepared document with one model stage; <paramref name="evidence"/>
    /// adds the document-level features of <see cref="SetStageEvidence"/>.</summary>
    public void Decode(NameModel stage, Document document, Span<byte> tags, bool evidence)
    {
        foreach (Sentence sentence in document.Sentences)
        {
            DecodeSentence(stage, sentence.FirstToken, sentence.EndToken, tags, evidence);
        }
    }

    /// <summary>The features of token <paramref name="i"/> for a stage, in <paramref name="buffer"/> or the cache.</summary>
    public ReadOnlySpan<uint> FeaturesOf(int i, bool evidence, Span<uint> buffer)
    {
        int n;
        if (_cached)
        {
            int stride = NameFeatures.MaxFeatures;
            n = _cacheCounts[i];
            _cache.AsSpan(i * stride, n).CopyTo(buffer);
        }
        else
        {
            n = Features.Extract(i, buffer);
        }

        if (evidence)
        {
            n = Features.ExtractEvidence(i, buffer, n);
        }

        return buffer[..n];
    }

    private void DecodeSentence(NameModel stage, int first, int end, Span<byte> tags, bool evidence)
    {
        int n = end - first;
        if (_back.Length < n * T)
        {
            if (_back.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_back);
            }

            _back = ArrayPool<byte>.Shared.Rent(Math.Max(n * T, 1024));
        }

        Span<float> delta = _delta;
        Span<float> next = _next;
        Span<float> scores = _scores;
        Span<float> exp = _exp;
        float[] previous = stage.Previous;
        float[] expPrevious = stage.ExpPrevious;
        for (int i = 0; i < n; i++)
        {
            stage.Score(FeaturesOf(first + i, evidence, _features), scores);
            float max = scores[0];
            for (int y = 1; y < T; y++)
            {
                max = Math.Max(max, scores[y]);
            }

            for (int y = 0; y < T; y++)
            {
                exp[y] = MathF.Exp(scores[y] - max);
            }

            next.Fill(float.NegativeInfinity);
            int backRow = i * T;
            int firstPrev = i == 0 ? T : 0;
            int lastPrev = i == 0 ? T : T - 1;
            for (int p = firstPrev; p <= lastPrev; p++)
            {
                float from = i == 0 ? 0 : delta[p];
                if (float.IsNegativeInfinity(from))
                {
                    continue;
                }

                // log P(y | x, p) = score(y) + previous[p, y] - log Σ exp(score + previous[p, ·]).
                int row = p * T;
                float z = 0;
                for (int y = 0; y < T; y++)
                {
                    z += exp[y] * expPrevious[row + y];
                }

                float logZ = MathF.Log(z) + max;
                for (int y = 0; y < T; y++)
                {
                    if (!AllowedPairs[row + y])
                    {
                        continue;
                    }

                    float v = from + scores[y] + previous[row + y] - logZ;
                    if (v > next[y])
                    {
                        next[y] = v;
                        _back[backRow + y] = (byte)p;
                    }
                }
            }

            next.CopyTo(delta);
        }

        int best = 0;
        for (int y = 1; y < T; y++)
        {
            if (delta[y] > delta[best])
            {
                best = y;
            }
        }

        for (int i = n - 1; i >= 0; i--)
        {
            tags[first + i] = (byte)best;
            best = _back[i * T + best];
        }
    }

    /// <summary>Gives each token the evidence of the tags <paramref name="tags"/> for the next stage: its own tag,
    /// and the type most often given to the same word (lower-cased) inside names elsewhere in the document.</summary>
    public void SetStageEvidence(ReadOnlySpan<byte> tags)
    {
        NameFeatures f = Features;
        _words.Reset(f.Count);
        if (_counts.Length < _words.Capacity * 4)
        {
            _counts = new int[_words.Capacity * 4];
        }

        for (int i = 0; i < f.Count; i++)
        {
            int type = TypeOf(tags[i]);
            if (type >= 0 && f.HasLetters(i))
            {
                int slot = _words.Add(f.LowerHash(i), out bool added);
                if (added)
                {
                    _counts.AsSpan(slot * 4, 4).Clear();
                }

                _counts[slot * 4 + type]++;
            }
        }

        for (int i = 0; i < f.Count; i++)
        {
            uint majority = 0;
            if (f.HasLetters(i))
            {
                int slot = _words.Find(f.LowerHash(i));
                if (slot >= 0)
                {
                    int own = TypeOf(tags[i]);
                    int bestType = -1, bestCount = 0, total = 0;
                    for (int type = 0; type < 4; type++)
                    {
                        // Evidence from elsewhere: leave this token's own vote out.
                        int c = _counts[slot * 4 + type] - (type == own ? 1 : 0);
                        total += c;
                        if (c > bestCount)
                        {
                            bestType = type;
                            bestCount = c;
                        }
                    }

                    if (bestType >= 0)
                    {
                        uint agreement = bestCount == total ? 1u : 0u;
                        majority = (uint)(1 + bestType) | (uint)Math.Min(bestCount, 3) << 4 | agreement << 8;
                    }
                }
            }

            f.SetStageEvidence(i, (uint)tags[i] + 1, majority);
        }
    }

    private void Return()
    {
        if (_cacheCounts.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_cacheCounts);
            ArrayPool<uint>.Shared.Return(_cache);
            _cacheCounts = [];
            _cache = [];
        }
    }

    /// <summary>Returns the rented buffers.</summary>
    public void Dispose()
    {
        Return();
        Features.Dispose();
        if (_back.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_back);
            _back = [];
        }

        _words.Dispose();
    }
}
