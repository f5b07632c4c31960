using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
    private int[] _cacheStarts = [];
    private int[] _tokenWords = [];
    private float[] _wordScores = [];
    private readonly WordSlots _wordSlots = new();
    private int[] _wordIndex = [];
    private readonly float[] _scores = new float[T];
    private readonly float[] _exp = new float[T];
    private readonly float[] _delta = new float[T];
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

    /// <summary><see cref="AllowedPairs"/> as vector masks (all bits set where allowed), padded for 8-wide loads.</summary>
    private static readonly float[] AllowedMasks = BuildAllowedMasks();

    private static float[] BuildAllowedMasks()
    {
        var masks = new float[(T + 1) * T + 8];
        for (int k = 0; k < AllowedPairs.Length; k++)
        {
            masks[k] = AllowedPairs[k] ? BitConverter.Int32BitsToSingle(-1) : 0f;
        }

        return masks;
    }

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
        int stages = 0;
        for (NameModel? stage = model; stage is not null; stage = stage.Next)
        {
            stages++;
        }

        CacheFeatures(model, stages);
        int index = 0;
        for (NameModel? stage = model; stage is not null; stage = stage.Next, index++)
        {
            Decode(stage, index, document, tags);
            if (stage.Next is not null)
            {
                SetStageEvidence(tags);
            }
        }
    }

    /// <summary>Computes every token's context features once (later stages only add the document-level ones), and
    /// scores each distinct word's own features once per stage: a word's text features are the same wherever it
    /// occurs, so repeated words cost one look-up per context feature only.</summary>
    private void CacheFeatures(NameModel model, int stages)
    {
        int count = Features.Count;
        _stages = stages;
        if (_tokenWords.Length < count)
        {
            Return();
            _tokenWords = ArrayPool<int>.Shared.Rent(Math.Max(count, 256));
            _cacheStarts = ArrayPool<int>.Shared.Rent(_tokenWords.Length + 1);
        }

        _wordSlots.Reset(count);
        if (_wordIndex.Length < _wordSlots.Capacity)
        {
            _wordIndex = new int[_wordSlots.Capacity];
        }

        ScoreBoundaries(model, stages);
        Span<uint> roleFeatures = stackalloc uint[2];
        Span<uint> buffer = _features;
        int used = 0;
        int words = 0;
        for (int i = 0; i < count; i++)
        {
            int slot = _wordSlots.Add(Features.WordKey(i), out bool added);
            if (added)
            {
                // Scores are kept densely, in the order words first occur, so that a long document's repeated
                // words share a compact, cache-friendly table.
                _wordIndex[slot] = words;
                if (_wordScores.Length < (words + 1) * stages * Rows)
                {
                    Array.Resize(ref _wordScores, Math.Max((words + 1) * stages * Rows, _wordScores.Length * 2));
                }

                int n = Features.ExtractWord(i, buffer);
                (uint lower, uint shape) = Features.WordHashes(i);
                int row = words * stages * Rows;
                words++;
                for (NameModel? stage = model; stage is not null; stage = stage.Next, row += Rows)
                {
                    stage.Score(buffer[..n], _wordScores.AsSpan(row, T));
                    for (int role = 0; role < NameFeatures.Roles; role++)
                    {
                        int k = NameFeatures.NeighbourFeatures(lower, shape, role, roleFeatures);
                        stage.Score(roleFeatures[..k], _wordScores.AsSpan(row + (1 + role) * T, T));
                    }
                }
            }

            _tokenWords[i] = _wordIndex[slot];
            if (_cache.Length < used + NameFeatures.MaxFeatures)
            {
                uint[] grown = ArrayPool<uint>.Shared.Rent(Math.Max(used + NameFeatures.MaxFeatures, _cache.Length * 2));
                _cache.AsSpan(0, used).CopyTo(grown);
                if (_cache.Length > 0)
                {
                    ArrayPool<uint>.Shared.Return(_cache);
                }

                _cache = grown;
            }

            _cacheStarts[i] = used;
            used += Features.ExtractContext(i, _cache.AsSpan(used), 0);
        }

        _cacheStarts[count] = used;
    }

    private int _stages;

    /// <summary>What a sentence boundary gives the tokens near it, per stage and role: fixed for a model, so scored
    /// again only when the model changes.</summary>
    private void ScoreBoundaries(NameModel model, int stages)
    {
        if (ReferenceEquals(_boundaryModel, model))
        {
            return;
        }

        _boundaryScores = new float[stages * Rows];
        Span<uint> roleFeatures = stackalloc uint[2];
        int row = 0;
        for (NameModel? stage = model; stage is not null; stage = stage.Next, row += Rows)
        {
            for (int role = 0; role < NameFeatures.Roles; role++)
            {
                uint b = NameFeatures.BoundaryHash(RoleOffset[role]);
                int k = NameFeatures.NeighbourFeatures(b, b, role, roleFeatures);
                stage.Score(roleFeatures[..k], _boundaryScores.AsSpan(row + (1 + role) * T, T));
            }
        }

        _boundaryModel = model;
    }

    private NameModel? _boundaryModel;

    /// <summary>Decodes every sentence of the prepared document with model stage number <paramref name="index"/>;
    /// stages after the first add the document-level features of <see cref="SetStageEvidence"/>.</summary>
    private void Decode(NameModel stage, int index, Document document, Span<byte> tags)
    {
        foreach (Sentence sentence in document.Sentences)
        {
            DecodeSentence(stage, index, sentence.FirstToken, sentence.EndToken, tags);
        }
    }

    /// <summary>The scores of token <paramref name="i"/> under model stage number <paramref name="index"/>.</summary>
    private void ScoreToken(NameModel stage, int index, int i, int first, int end, Span<float> scores)
    {
        int start = _cacheStarts[i];
        int n = _cacheStarts[i + 1] - start;
        ReadOnlySpan<uint> context = _cache.AsSpan(start, n);
        if (index > 0)
        {
            Span<uint> buffer = _features;
            context.CopyTo(buffer);
            n = Features.ExtractEvidence(i, buffer, n);
            context = buffer[..n];
        }

        stage.Score(context, scores);
        ref float words = ref MemoryMarshal.GetArrayDataReference(_wordScores);
        Add(scores, ref Unsafe.Add(ref words, (_tokenWords[i] * _stages + index) * Rows));
        for (int role = 0; role < NameFeatures.Roles; role++)
        {
            // Role 0 is what the previous word gives this token, 1 the next word, 2 two before, 3 two after.
            int j = i + RoleOffset[role];
            int offset = (1 + role) * T;
            ref float row = ref j >= first && j < end
                ? ref Unsafe.Add(ref words, (_tokenWords[j] * _stages + index) * Rows + offset)
                : ref _boundaryScores[index * Rows + offset];
            Add(scores, ref row);
        }
    }

    private static void Add(Span<float> scores, ref float row)
    {
        for (int y = 0; y < T; y++)
        {
            scores[y] += Unsafe.Add(ref row, y);
        }
    }

    /// <summary>Where the neighbour of each role sits relative to the token it gives features to.</summary>
    private static ReadOnlySpan<int> RoleOffset => [-1, 1, -2, 2];

    /// <summary>Score rows per word and stage: its own features, then one per neighbour role.</summary>
    private const int Rows = (1 + NameFeatures.Roles) * T;

    private float[] _boundaryScores = [];

    private void DecodeSentence(NameModel stage, int index, int first, int end, Span<byte> tags)
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
        Span<float> scores = _scores;
        Span<float> exp = _exp;
        float[] previous = stage.Previous;
        float[] expPrevious = stage.ExpPrevious;
        for (int i = 0; i < n; i++)
        {
            ScoreToken(stage, index, first + i, first, end, scores);
            float max = scores[0];
            for (int y = 1; y < T; y++)
            {
                max = Math.Max(max, scores[y]);
            }

            for (int y = 0; y < T; y++)
            {
                exp[y] = MathF.Exp(scores[y] - max);
            }

            // Tags 0–7 in one vector, tag 8 on its own; ties go to the smallest previous tag, as p rises.
            Vector256<float> nextVec = Vector256.Create(float.NegativeInfinity);
            Vector256<int> backVec = Vector256<int>.Zero;
            float next8 = float.NegativeInfinity;
            int back8 = 0;
            Vector256<float> expVec = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(exp));
            Vector256<float> scoreVec = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(scores));
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
                Vector256<float> expPrev = Vector256.LoadUnsafe(ref expPrevious[row]);
                float z = Vector256.Sum(expVec * expPrev) + exp[8] * expPrevious[row + 8];
                float logZ = MathF.Log(z) + max;
                Vector256<float> v = Vector256.Create(from) + scoreVec + Vector256.LoadUnsafe(ref previous[row]) - Vector256.Create(logZ);
                Vector256<float> better = Vector256.GreaterThan(v, nextVec) & Vector256.LoadUnsafe(ref AllowedMasks[row]);
                nextVec = Vector256.ConditionalSelect(better, v, nextVec);
                backVec = Vector256.ConditionalSelect(better.AsInt32(), Vector256.Create(p), backVec);
                float v8 = from + scores[8] + previous[row + 8] - logZ;
                if (AllowedPairs[row + 8] && v8 > next8)
                {
                    next8 = v8;
                    back8 = p;
                }
            }

            // Every previous tag has been read, so the new scores may overwrite them.
            int backRow = i * T;
            nextVec.StoreUnsafe(ref MemoryMarshal.GetReference(delta));
            delta[8] = next8;
            for (int y = 0; y < 8; y++)
            {
                _back[backRow + y] = (byte)backVec.GetElement(y);
            }

            _back[backRow + 8] = (byte)back8;
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
        if (_tokenWords.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_tokenWords);
            ArrayPool<int>.Shared.Return(_cacheStarts);
            _tokenWords = [];
            _cacheStarts = [];
        }

        if (_cache.Length > 0)
        {
            ArrayPool<uint>.Shared.Return(_cache);
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
        _wordSlots.Dispose();
    }
}
