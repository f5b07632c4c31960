using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Tidings.Text;

namespace Tidings.Recognition;

/// <summary>
/// Tags the tokens of a document with BIO name tags: scores each token's BILOU tags with a <see cref="NameModel"/>
/// stage and decodes each sentence with Viterbi under the BILOU constraints (I-X and L-X only after B-X or I-X, a
/// sentence never ends inside a name). Later stages see the earlier stage's tags as document-level features.
/// </summary>
/// <remarks><threadsafety>Not thread-safe: one instance per thread (buffers are reused between documents).</threadsafety></remarks>
internal sealed partial class NameTagger : IDisposable
{
    private const int T = NameModel.Tags;

    private readonly uint[] _features = new uint[NameFeatures.MaxFeatures];
    private int[] _tokenWords = [];
    private float[] _wordScores = [];
    private readonly WordSlots _wordSlots = new();
    private readonly float[] _scores = Pads();
    private readonly float[] _delta = Pads();
    private readonly float[] _exp = new float[Padded];
    private readonly float[] _from = Pads();
    /// <summary>Viterbi back-pointers, one byte per tag and token (a tag is below <see cref="Padded"/>): a sentence of
    /// n tokens holds 24 n bytes here, where int pointers held 96 n.</summary>
    private byte[] _back = [];
    private readonly StageVotes _votes = new(), _nextVotes = new();

    /// <summary>The first token of the window whose features are cached: token i's are at <c>i − _first</c>.</summary>
    private int _first;

    public NameTagger(NameLexicon lexicon) => Features = new NameFeatures(lexicon);

    /// <summary>The feature extractor, prepared for the current document.</summary>
    public NameFeatures Features { get; }

    /// <summary>A padded score row: the padding scores −∞, so it never wins and adds nothing to a normaliser.</summary>
    private static float[] Pads()
    {
        var row = new float[Padded];
        row.AsSpan(T).Fill(float.NegativeInfinity);
        return row;
    }

    /// <summary>Tags a sentence is padded to for whole-vector loads: 17 tags in three 8-wide vectors.</summary>
    private const int Padded = 24;

    /// <summary>The type of a BIO tag: 0 person, 1 organization, 2 place, 3 miscellaneous; -1 for O.</summary>
    public static int TypeOf(int tag) => tag == 0 ? -1 : (tag - 1) >> 1;

    /// <summary>Whether BIO <paramref name="tag"/> continues a name (an I- tag).</summary>
    public static bool IsInside(int tag) => tag != 0 && (tag & 1) == 0;

    // The model tags with BILOU (O; then for each type B-egin, I-nside, L-ast and U-nit, tag 1 + 4·type + position),
    // which lets it learn how names end as well as how they start; callers see BIO tags.

    /// <summary>The type of a BILOU tag; -1 for O.</summary>
    public static int BilouType(int tag) => tag == 0 ? -1 : (tag - 1) >> 2;

    /// <summary>Whether BILOU <paramref name="tag"/> leaves its name open (B or I), so that the next tag must continue it.</summary>
    private static bool Opens(int tag) => tag != 0 && ((tag - 1) & 3) <= 1;

    /// <summary>Whether BILOU <paramref name="tag"/> continues a name (I or L).</summary>
    private static bool Continues(int tag) => tag != 0 && ((tag - 1) & 3) is 1 or 2;

    /// <summary>The BIO tag of BILOU <paramref name="tag"/>: B and U begin a name, I and L continue it.</summary>
    public static byte ToBio(int tag) => tag == 0 ? (byte)0 : (byte)(1 + 2 * BilouType(tag) + (Continues(tag) ? 1 : 0));

    /// <summary>Rewrites the BIO tags of one sentence as BILOU tags (an I- tag that does not continue a name of its
    /// type begins one, as <see cref="NameRecognizer"/> reads it).</summary>
    public static void ToBilou(ReadOnlySpan<byte> bio, Span<byte> bilou)
    {
        for (int i = 0; i < bio.Length; i++)
        {
            int type = TypeOf(bio[i]);
            if (type < 0)
            {
                bilou[i] = 0;
                continue;
            }

            bool begins = !IsInside(bio[i]) || i == 0 || TypeOf(bio[i - 1]) != type;
            bool goesOn = i + 1 < bio.Length && IsInside(bio[i + 1]) && TypeOf(bio[i + 1]) == type;
            int position = begins ? (goesOn ? 0 : 3) : (goesOn ? 1 : 2);
            bilou[i] = (byte)(1 + 4 * type + position);
        }
    }

    /// <summary>Whether BILOU <paramref name="tag"/> may follow <paramref name="previous"/> (<see cref="NameModel.Tags"/>
    /// for the sentence start): I and L only after B or I of their type, anything else only after a closed name.</summary>
    public static bool Allowed(int previous, int tag)
    {
        bool open = previous < T && Opens(previous);
        return Continues(tag) ? open && BilouType(previous) == BilouType(tag) : !open;
    }

    /// <summary>The tags that close a name or stand outside one (O, L-, U-), in order: the previous tags the decoder's
    /// vector pass reads (<see cref="Opens"/> is false for each; a test checks them).</summary>
    internal static ReadOnlySpan<byte> ClosedTags => [0, 3, 4, 7, 8, 11, 12, 15, 16];

    /// <summary>The sentence start, as a previous tag (<see cref="NameModel.Tags"/>).</summary>
    private static ReadOnlySpan<byte> SentenceStart => [T];

    /// <summary>Whether a sentence may end on BILOU <paramref name="tag"/> (O, L or U).</summary>
    public static bool MayEnd(int tag) => !Opens(tag);

    /// <summary>The tags <see cref="Allowed"/> after a closed name (or at the sentence start), as a padded vector
    /// mask (all bits set where allowed; not I-, not L-, not the padding).</summary>
    private static readonly float[] AllowedMasks = BuildAllowedMasks();

    private static float[] BuildAllowedMasks()
    {
        var masks = new float[Padded];
        for (int y = 0; y < T; y++)
        {
            masks[y] = Allowed(0, y) ? BitConverter.Int32BitsToSingle(-1) : 0f;
        }

        return masks;
    }

    /// <summary>Tags every token of <paramref name="document"/> into <paramref name="tags"/>, running every stage of <paramref name="model"/>.</summary>
    public void Tag(NameModel model, Document document, Span<byte> tags) => Tag(model, document, tags, NameFeatures.WindowSize);

    /// <summary><see cref="Tag(NameModel, Document, Span{byte})"/> in windows of at most <paramref name="windowSize"/>
    /// tokens (tests use small windows to check that windows change nothing).</summary>
    internal void Tag(NameModel model, Document document, Span<byte> tags, int windowSize)
    {
        try
        {
            Features.Begin(document, windowSize);
            int stages = model.Stages;

            if (Features.Windows != 1)
            {
                TagWindows(model, stages, tags);
                return;
            }

            CacheFeatures(model, stages, 0);
            int index = 0;
            for (NameModel? stage = model; stage is not null; stage = stage.Next, index++)
            {
                Decode(stage, index, 0, tags);
                if (stage.Next is not null)
                {
                    SetStageEvidence(tags);
                }
            }
        }
        finally
        {
            // The model's cache and boundary scores are released with the model, not held by this thread's tagger
            // until it tags again.
            _ownScores = WordScoreCache.Empty;
            _boundaryScores = [];
        }
    }

    /// <summary>Scores each distinct word's own features once per stage: a word's text features are the same wherever
    /// it occurs, so repeated words cost one look-up per context feature only. (The context features are computed
    /// while decoding, a few tokens ahead of the token decoded (<see cref="Gather"/>): computing them all first and
    /// reading them back wrote and read some 30 hashes a token — 24 MB on the 1.1 MB CoNLL text — for nothing.)</summary>
    private void CacheFeatures(NameModel model, int stages, int window)
    {
        (int first, int end) = Features.WindowRange(window);
        int count = end - first;
        _first = first;
        _stages = stages;
        if (_tokenWords.Length < count)
        {
            Return();
            _tokenWords = ArrayPool<int>.Shared.Rent(Math.Max(count, 256));
            _newWords = ArrayPool<int>.Shared.Rent(Math.Max(count, 256));
        }

        _wordSlots.Reset(count);

        ScoreBoundaries(model);
        _ownScores = WordScoreCache.For(model, count);
        Span<uint> roleFeatures = stackalloc uint[NameFeatures.Roles * NameFeatures.MaxNeighbourFeatures];
        Span<uint> buffer = _features;

        // The words first, then their scores: the words' cache entries (WordScoreCache, read at random) can then be
        // asked for a few words ahead of the one scored.
        int words = 0;
        for (int k = 0; k < count; k++)
        {
            int word = _wordSlots.Add(Features.WordKey(first + k), out bool added);
            if (added)
            {
                _newWords[words++] = first + k;
            }

            _tokenWords[k] = word;
        }

        // Scores are kept densely, in the order words first occur (the table's index), so that a long document's
        // repeated words share a compact, cache-friendly table.
        if (_wordScores.Length < words * stages * Rows)
        {
            Array.Resize(ref _wordScores, Math.Max(words * stages * Rows, _wordScores.Length * 2));
        }

        for (int w = 0; w < Math.Min(CacheAhead, words); w++)
        {
            _ownScores.Prefetch(Features.WordKey(_newWords[w]));
        }

        for (int w = 0; w < words; w++)
        {
            if (w + CacheAhead < words)
            {
                _ownScores.Prefetch(Features.WordKey(_newWords[w + CacheAhead]));
            }

            ScoreWord(model, _newWords[w], w * stages * Rows, buffer, roleFeatures);
        }
    }

    /// <summary>How many words ahead of the one scored its cache entry is asked for.</summary>
    private const int CacheAhead = 3;

    /// <summary>The first token of each distinct word of the window, in the order words first occur.</summary>
    private int[] _newWords = [];

    private int _stages;

    /// <summary>Code sums of one word and stage, while its score row is built.</summary>
    private readonly int[] _sums = new int[NameModel.PaddedTags];

    /// <summary>The scores of words' own features, kept between documents and shared with the model's other taggers
    /// (<see cref="WordScoreCache.For"/>, once a window); <see cref="WordScoreCache.Empty"/> outside
    /// <see cref="Tag(NameModel, Document, Span{byte}, int)"/>, so that a thread's tagger does not keep the last
    /// model's cache alive.</summary>
    private WordScoreCache _ownScores = WordScoreCache.Empty;

    /// <summary>The code sums of a kept word, stage after stage, read out of the shared cache before they are known
    /// to be whole (<see cref="WordScoreCache.Unchanged"/>).</summary>
    private int[] _keptSums = [];

    /// <summary>Writes the score rows of the word of token <paramref name="i"/> (its own features, then what it gives
    /// its neighbours in each role) for every stage, from <paramref name="row"/> of the word scores: the part that
    /// depends on the word alone from <see cref="WordScoreCache"/> (computed and kept there on a miss), the
    /// document-level part added to its exact code sums.</summary>
    private void ScoreWord(NameModel model, int i, int row, Span<uint> buffer, Span<uint> roleFeatures)
    {
        WordScoreCache cache = _ownScores;
        ReadOnlySpan<char> text = Features.TokenText(i);
        TokenKind kind = Features.KindOf(i);
        bool kept = cache.TryFind(text, kind, Features.WordKey(i), out int entry, out int version);
        if (kept)
        {
            // Every stage's part is read out before the entry is known to be whole; another thread may rewrite it.
            kept = ReadKept(cache, entry, version, row);
            entry = kept ? entry : -1;
        }

        int own = kept ? 0 : Features.ExtractWordOwn(i, buffer);
        int documentLevel = Features.ExtractWordInDocument(i, buffer, own) - own;

        // The features the word gives its neighbours, role after role (the same for every stage).
        Span<int> roleEnds = stackalloc int[NameFeatures.Roles];
        int roleCount = 0;
        if (!kept)
        {
            (uint lower, uint shape) = Features.WordHashes(i);
            for (int role = 0; role < NameFeatures.Roles; role++)
            {
                roleCount += NameFeatures.NeighbourFeatures(lower, shape, role, roleFeatures[roleCount..]);
                roleEnds[role] = roleCount;
            }
        }

        // A claimed entry is published once filled, or given up (published empty) if scoring throws: never left
        // claimed, which would keep every thread from it for the rest of the process.
        bool filled = kept || entry < 0;
        try
        {
            Span<int> sums = _sums;
            Span<nint> offsets = _wordOffsets;
            int index = 0;
            for (NameModel? stage = model; stage is not null; stage = stage.Next, row += Rows, index++)
            {
                Span<float> roles = _wordScores.AsSpan(row + T, NameFeatures.Roles * T);
                if (kept)
                {
                    _keptSums.AsSpan(index * NameModel.PaddedTags, NameModel.PaddedTags).CopyTo(sums);
                }
                else
                {
                    // Every row the word reads (own features and roles) is located and asked for before any is
                    // summed, so that their loads overlap: the same rows, the same integer sums, so the same scores
                    // as summing each group on its own.
                    stage.Locate(buffer[..own], offsets[..own]);
                    stage.Locate(roleFeatures[..roleCount], offsets.Slice(own, roleCount));
                    sums.Clear();
                    stage.SumAt(offsets[..own], sums);
                    int start = own;
                    for (int role = 0; role < NameFeatures.Roles; role++)
                    {
                        int end = own + roleEnds[role];
                        stage.ScoreAt(offsets[start..end], roles.Slice(role * T, T));
                        start = end;
                    }

                    if (entry >= 0)
                    {
                        sums.CopyTo(cache.Sums(entry, index));
                        roles.CopyTo(cache.Roles(entry, index));
                    }
                }

                if (documentLevel > 0)
                {
                    stage.Sum(buffer.Slice(own, documentLevel), sums);
                }

                stage.ToScores(sums, _wordScores.AsSpan(row, T));
            }

            if (!filled)
            {
                cache.Keep(entry, version, text, kind);
                filled = true;
            }
        }
        finally
        {
            if (!filled)
            {
                cache.Abandon(entry, version);
            }
        }
    }

    /// <summary>Copies the kept entry's code sums (to <see cref="_keptSums"/>) and role scores (to the word's rows from
    /// <paramref name="row"/>) for every stage; false when the entry changed meanwhile (the copies are then not used).</summary>
    private bool ReadKept(WordScoreCache cache, int entry, int version, int row)
    {
        if (_keptSums.Length < _stages * NameModel.PaddedTags)
        {
            _keptSums = new int[_stages * NameModel.PaddedTags];
        }

        for (int index = 0; index < _stages; index++, row += Rows)
        {
            cache.Sums(entry, index).CopyTo(_keptSums.AsSpan(index * NameModel.PaddedTags, NameModel.PaddedTags));
            cache.Roles(entry, index).CopyTo(_wordScores.AsSpan(row + T, NameFeatures.Roles * T));
        }

        return cache.Unchanged(entry, version);
    }

    /// <summary>The row offsets of one word's own and role features (<see cref="ScoreWord"/>).</summary>
    private readonly nint[] _wordOffsets = new nint[NameFeatures.MaxFeatures + NameFeatures.Roles * NameFeatures.MaxNeighbourFeatures];

    /// <summary>What a sentence boundary gives the tokens near it, per stage and role: fixed for a model, so scored
    /// once per model and kept with it (<see cref="NameModel.BoundaryScores"/>), not with this thread's tagger, which
    /// would keep the last model it tagged with alive.</summary>
    private void ScoreBoundaries(NameModel model) => _boundaryScores = model.BoundaryScores(Rows, ScoreBoundariesOf);

    /// <summary>Scores what a sentence boundary gives the tokens near it, for every stage of <paramref name="model"/>
    /// (<see cref="NameModel.Stages"/> rows of <see cref="Rows"/>).</summary>
    private static float[] ScoreBoundariesOf(NameModel model)
    {
        var scores = new float[model.Stages * Rows];
        Span<uint> roleFeatures = stackalloc uint[NameFeatures.MaxNeighbourFeatures];
        int row = 0;
        for (NameModel? stage = model; stage is not null; stage = stage.Next, row += Rows)
        {
            for (int role = 0; role < NameFeatures.Roles; role++)
            {
                uint b = NameFeatures.BoundaryHash(RoleOffset[role]);
                int k = NameFeatures.NeighbourFeatures(b, b, role, roleFeatures);
                stage.Score(roleFeatures[..k], scores.AsSpan(row + (1 + role) * T, T));
            }
        }

        return scores;
    }

    /// <summary>Decodes every sentence of the prepared document with model stage number <paramref name="index"/>;
    /// stages after the first add the document-level features of <see cref="SetStageEvidence"/>.</summary>
    private void Decode(NameModel stage, int index, int window, Span<byte> tags)
    {
        foreach ((int first, int end) in Features.Sentences(window))
        {
            DecodeSentence(stage, index, first, end, tags);
        }
    }

    /// <summary>The scores of token <paramref name="i"/> under model stage number <paramref name="index"/>.</summary>
    private void ScoreToken(NameModel stage, int index, int i, int first, int end, Span<float> scores)
    {
        // The token's context features were computed (Gather) and located (Prefetch) ahead, in the slot of this token.
        int slot = (i - first) % OffsetSlots;
        int n = _offsetCounts[slot];
        if (index == 0)
        {
            stage.ScoreAt(_offsets.AsSpan(slot * NameFeatures.MaxFeatures, n), scores);
        }
        else
        {
            Span<uint> buffer = _features;
            _slotFeatures.AsSpan(slot * NameFeatures.MaxFeatures, n).CopyTo(buffer);
            n = Features.ExtractEvidence(i, buffer, n);
            stage.Score(buffer[..n], scores);
        }

        ref float words = ref MemoryMarshal.GetArrayDataReference(_wordScores);
        Add(scores, ref Unsafe.Add(ref words, (_tokenWords[i - _first] * _stages + index) * Rows));
        for (int role = 0; role < NameFeatures.Roles; role++)
        {
            // Role 0 is what the previous word gives this token, 1 the next word, 2 two before, 3 two after.
            int j = i + RoleOffset[role];
            int offset = (1 + role) * T;
            ref float row = ref j >= first && j < end
                ? ref Unsafe.Add(ref words, (_tokenWords[j - _first] * _stages + index) * Rows + offset)
                : ref _boundaryScores[index * Rows + offset];
            Add(scores, ref row);
        }
    }

    /// <summary>How many tokens ahead of the one decoded the rows are located and asked for.</summary>
    private const int PrefetchDistance = 2;

    /// <summary>How many tokens ahead of the one decoded the context features are computed and the presence blocks of
    /// their buckets asked for (<see cref="NameModel.PrefetchBlocks"/>): <see cref="NameModel.Locate"/> waits for a
    /// token's blocks before it can ask for its rows, so the blocks are asked for two tokens before the rows.</summary>
    private const int FeatureDistance = PrefetchDistance + 2;

    /// <summary>Slots of context features and located row offsets: the token decoded and the
    /// <see cref="FeatureDistance"/> ahead of it.</summary>
    private const int OffsetSlots = FeatureDistance + 1;

    /// <summary>The row offsets of cached context features located ahead (<see cref="NameModel.Locate"/>), one slot of
    /// <see cref="NameFeatures.MaxFeatures"/> per token in flight, token i of a sentence in slot i mod <see cref="OffsetSlots"/>.</summary>
    private readonly nint[] _offsets = new nint[OffsetSlots * NameFeatures.MaxFeatures];

    private readonly int[] _offsetCounts = new int[OffsetSlots];

    /// <summary>The context features of the tokens in flight, in the slots of <see cref="_offsets"/>.</summary>
    private readonly uint[] _slotFeatures = new uint[OffsetSlots * NameFeatures.MaxFeatures];

    /// <summary>Computes token <paramref name="i"/>'s context features into its slot and asks the processor to load the
    /// presence blocks of their buckets (the first half of what <see cref="Prefetch"/> reads at random).</summary>
    private void Gather(NameModel stage, int i, int first)
    {
        int slot = (i - first) % OffsetSlots;
        Span<uint> features = _slotFeatures.AsSpan(slot * NameFeatures.MaxFeatures, NameFeatures.MaxFeatures);
        int n = Features.ExtractContext(i, features, 0);
        _offsetCounts[slot] = n;
        stage.PrefetchBlocks(features[..n]);
    }

    /// <summary>Locates the rows of token <paramref name="i"/>'s context features (<see cref="Gather"/>ed before) into
    /// its slot (and asks the processor to load them), and asks for the score rows of its word and its neighbours'
    /// words: what <see cref="ScoreToken"/> of the token reads at random.</summary>
    private unsafe void Prefetch(NameModel stage, int index, int i, int first, int end)
    {
        int k = i - _first;
        int slot = (i - first) % OffsetSlots;
        int n = _offsetCounts[slot];
        stage.Locate(_slotFeatures.AsSpan(slot * NameFeatures.MaxFeatures, n), _offsets.AsSpan(slot * NameFeatures.MaxFeatures, n));
        if (!System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            return;
        }

        ref float words = ref MemoryMarshal.GetArrayDataReference(_wordScores);
        PrefetchRow(ref Unsafe.Add(ref words, (_tokenWords[k] * _stages + index) * Rows));
        for (int role = 0; role < NameFeatures.Roles; role++)
        {
            int j = i + RoleOffset[role];
            if (j >= first && j < end)
            {
                PrefetchRow(ref Unsafe.Add(ref words, (_tokenWords[j - _first] * _stages + index) * Rows + (1 + role) * T));
            }
        }

        static void PrefetchRow(ref float row)
        {
            // A row is 68 bytes: its first and last bytes cover the one or two cache lines it lies on.
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref row));
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref row, T - 1)));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(Span<float> scores, ref float row)
    {
        ref float s = ref MemoryMarshal.GetReference(scores);
        (Vector256.LoadUnsafe(ref s) + Vector256.LoadUnsafe(ref row)).StoreUnsafe(ref s);
        (Vector256.LoadUnsafe(ref s, 8) + Vector256.LoadUnsafe(ref row, 8)).StoreUnsafe(ref s, 8);
        scores[16] += Unsafe.Add(ref row, 16);
    }

    /// <summary>Where the neighbour of each role sits relative to the token it gives features to.</summary>
    private static ReadOnlySpan<int> RoleOffset => [-1, 1, -2, 2];

    /// <summary>Score rows per word and stage: its own features, then one per neighbour role.</summary>
    private const int Rows = (1 + NameFeatures.Roles) * T;

    private float[] _boundaryScores = [];

    // The vector code of decoding and scoring (here and in NameModel) is precompiled in the package's x64 ReadyToRun
    // images, which target x86-64-v3 (Tidings.csproj). It was marked AggressiveOptimization until session 23, which
    // kept it out of every ReadyToRun image and had it compiled at full optimization on each process's first document;
    // where no image applies (the IL-only fallback, a processor without AVX2) it now starts in the first tier and is
    // promoted as it runs (docs/notes/speed.md, session 23).
    private void DecodeSentence(NameModel stage, int index, int first, int end, Span<byte> tags)
    {
        int n = end - first;
        // Each row is stored as a whole 32-byte vector, so the last one needs 8 bytes past its 24.
        int backLength = n * Padded + (32 - Padded);
        if (_back.Length < backLength)
        {
            if (_back.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_back);
            }

            _back = ArrayPool<byte>.Shared.Rent(Math.Max(backLength, 4096));
        }

        Span<float> delta = _delta;
        Span<float> scores = _scores;
        ref float previous = ref MemoryMarshal.GetArrayDataReference(stage.PaddedPrevious);
        ref float masks = ref MemoryMarshal.GetArrayDataReference(AllowedMasks);
        // What B-X and I-X give the I-X and L-X that may follow them (the scalar pass of session 29, in lanes): lane y
        // of the first two vectors holds previous[b, y] and previous[inside, y] for the I and L tags (2, 3, 6, 7 of
        // each 8), the other lanes are never kept.
        Vector256<float> viaB0 = ContinuingRow(ref previous, 0, 1), viaB1 = ContinuingRow(ref previous, 8, 1);
        Vector256<float> viaI0 = ContinuingRow(ref previous, 0, 2), viaI1 = ContinuingRow(ref previous, 8, 2);
        Vector256<int> continuing = Vector256.Create(0, 0, -1, -1, 0, 0, -1, -1);
        for (int i = 0; i < Math.Min(FeatureDistance, n); i++)
        {
            Gather(stage, first + i, first);
        }

        for (int i = 0; i < Math.Min(PrefetchDistance, n); i++)
        {
            Prefetch(stage, index, first + i, first, end);
        }

        for (int i = 0; i < n; i++)
        {
            if (i + FeatureDistance < n)
            {
                // A later token's blocks, then a nearer token's rows, load while this one is decoded.
                Gather(stage, first + i + FeatureDistance, first);
            }

            if (i + PrefetchDistance < n)
            {
                Prefetch(stage, index, first + i + PrefetchDistance, first, end);
            }

            ScoreToken(stage, index, first + i, first, end, scores[..T]);
            Vector256<float> s0 = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(scores));
            Vector256<float> s1 = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(scores), 8);
            Vector256<float> s2 = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(scores), 16);
            Span<float> from = _from;
            if (!stage.Global)
            {
                Normalise(stage, i == 0, scores);
            }
            else if (i == 0)
            {
                from[T] = 0;
            }
            else
            {
                // A conditional random field: a path's score is its summed weights, with no per-token normaliser.
                ref float d = ref MemoryMarshal.GetArrayDataReference(_delta);
                ref float f = ref MemoryMarshal.GetArrayDataReference(_from);
                Vector256.LoadUnsafe(ref d).StoreUnsafe(ref f);
                Vector256.LoadUnsafe(ref d, 8).StoreUnsafe(ref f, 8);
                Vector256.LoadUnsafe(ref d, 16).StoreUnsafe(ref f, 16);
            }

            // Three 8-wide vectors of tags; ties go to the smallest previous tag, as p rises. Only a closed name (O,
            // L, U) or the sentence start may come before: an open one (B or I) can only go on (I or L), which the
            // scalar pass below scores. Every such previous tag allows the same tags (not I or L), so the mask is
            // applied once, after the loop; a previous tag scoring −∞ gives −∞, which never wins.
            Vector256<float> next0 = Vector256.Create(float.NegativeInfinity), next1 = next0, next2 = next0;
            Vector256<int> back0 = Vector256<int>.Zero, back1 = back0, back2 = back0;
            ReadOnlySpan<byte> closed = i == 0 ? SentenceStart : ClosedTags;
            for (int k = 0; k < closed.Length; k++)
            {
                int p = closed[k];
                nuint row = (nuint)(p * Padded);
                Vector256<float> bias = Vector256.Create(from[p]);
                Vector256<int> pv = Vector256.Create(p);
                Vector256<float> v0 = bias + s0 + Vector256.LoadUnsafe(ref previous, row);
                Vector256<float> v1 = bias + s1 + Vector256.LoadUnsafe(ref previous, row + 8);
                Vector256<float> v2 = bias + s2 + Vector256.LoadUnsafe(ref previous, row + 16);
                Vector256<float> better0 = Vector256.GreaterThan(v0, next0);
                Vector256<float> better1 = Vector256.GreaterThan(v1, next1);
                Vector256<float> better2 = Vector256.GreaterThan(v2, next2);
                next0 = Vector256.ConditionalSelect(better0, v0, next0);
                next1 = Vector256.ConditionalSelect(better1, v1, next1);
                next2 = Vector256.ConditionalSelect(better2, v2, next2);
                back0 = Vector256.ConditionalSelect(better0.AsInt32(), pv, back0);
                back1 = Vector256.ConditionalSelect(better1.AsInt32(), pv, back1);
                back2 = Vector256.ConditionalSelect(better2.AsInt32(), pv, back2);
            }

            {
                Vector256<float> allowed0 = Vector256.LoadUnsafe(ref masks), allowed1 = Vector256.LoadUnsafe(ref masks, 8);
                Vector256<float> allowed2 = Vector256.LoadUnsafe(ref masks, 16), none = Vector256.Create(float.NegativeInfinity);
                next0 = Vector256.ConditionalSelect(allowed0, next0, none);
                next1 = Vector256.ConditionalSelect(allowed1, next1, none);
                next2 = Vector256.ConditionalSelect(allowed2, next2, none);
                back0 &= allowed0.AsInt32();
                back1 &= allowed1.AsInt32();
                back2 &= allowed2.AsInt32();
            }

            if (i > 0)
            {
                // I-X and L-X continue a name opened by B-X or I-X: two candidates each, the smaller (B) on ties. The
                // same additions in the same order as one tag at a time, so the same sums and the same choices.
                ref float f = ref MemoryMarshal.GetArrayDataReference(_from);
                Vector256<float> from0 = Vector256.LoadUnsafe(ref f), from1 = Vector256.LoadUnsafe(ref f, 8);
                Vector256<int> ofB = Vector256.Create(0, 0, 1, 1, 4, 4, 5, 5), ofI = Vector256.Create(0, 0, 2, 2, 4, 4, 6, 6);
                Vector256<float> fromB0 = Vector256.Shuffle(from0, ofB) + s0 + viaB0;
                Vector256<float> fromI0 = Vector256.Shuffle(from0, ofI) + s0 + viaI0;
                Vector256<float> fromB1 = Vector256.Shuffle(from1, ofB) + s1 + viaB1;
                Vector256<float> fromI1 = Vector256.Shuffle(from1, ofI) + s1 + viaI1;
                Vector256<float> inside0 = Vector256.GreaterThan(fromI0, fromB0), inside1 = Vector256.GreaterThan(fromI1, fromB1);
                next0 = Vector256.ConditionalSelect(continuing.AsSingle(), Vector256.ConditionalSelect(inside0, fromI0, fromB0), next0);
                next1 = Vector256.ConditionalSelect(continuing.AsSingle(), Vector256.ConditionalSelect(inside1, fromI1, fromB1), next1);
                back0 = Vector256.ConditionalSelect(continuing, Vector256.ConditionalSelect(inside0.AsInt32(), ofI, ofB), back0);
                back1 = Vector256.ConditionalSelect(continuing, Vector256.ConditionalSelect(inside1.AsInt32(), ofI, ofB) + Vector256.Create(8), back1);
            }

            // Every previous tag has been read, so the new scores may overwrite them (the padding stays −∞: no
            // mask allows it).
            ref byte back = ref MemoryMarshal.GetArrayDataReference(_back);
            nuint backRow = (nuint)(i * Padded);
            next0.StoreUnsafe(ref MemoryMarshal.GetReference(delta));
            next1.StoreUnsafe(ref MemoryMarshal.GetReference(delta), 8);
            next2.StoreUnsafe(ref MemoryMarshal.GetReference(delta), 16);

            // The 24 pointers (0 to 23) narrowed to bytes in order; the vector's last 8 bytes spill into the next
            // row, which is written after this one.
            Vector256<ushort> back01 = Vector256.Narrow(back0.AsUInt32(), back1.AsUInt32());
            Vector256<ushort> back2x = Vector256.Narrow(back2.AsUInt32(), Vector256<uint>.Zero);
            Vector256.Narrow(back01, back2x).StoreUnsafe(ref back, backRow);
        }

        int best = 0;
        for (int y = 1; y < T; y++)
        {
            if (MayEnd(y) && delta[y] > delta[best])
            {
                best = y;
            }
        }

        for (int i = n - 1; i >= 0; i--)
        {
            tags[first + i] = ToBio(best);
            best = _back[i * Padded + best];
        }
    }

    /// <summary>Row <c>previous[p, y]</c> of the tag that opens the name each lane's tag continues, for the 8 tags from
    /// <paramref name="start"/>: p is that tag's B (<paramref name="position"/> 1) or I (2) — lanes 2 and 3 of each half
    /// read p = the half's tag 1 or 2, lanes 6 and 7 its tag 5 or 6; lanes of other tags read 0 and are never kept.</summary>
    private static Vector256<float> ContinuingRow(ref float previous, int start, int position)
    {
        int p0 = start + position, p1 = start + 4 + position;
        return Vector256.Create(
            0f, 0f, Unsafe.Add(ref previous, p0 * Padded + start + 2), Unsafe.Add(ref previous, p0 * Padded + start + 3),
            0f, 0f, Unsafe.Add(ref previous, p1 * Padded + start + 6), Unsafe.Add(ref previous, p1 * Padded + start + 7));
    }

    /// <summary>For a maximum-entropy Markov model: writes to <c>_from</c> each previous tag's path score less the
    /// log-normaliser of the token's tag distribution given that tag, log P(y | x, p) = score(y) + previous[p, y] −
    /// log Σ exp(score + previous[p, ·]), for all previous tags at once (a sentence's first token has one, the start).</summary>
    private void Normalise(NameModel stage, bool first, ReadOnlySpan<float> scores)
    {
        // The scores are read from memory here, not passed as vectors: a method with Vector256 parameters is one
        // ReadyToRun cannot compile its callers against (its ABI may change with the processor), and DecodeSentence,
        // which calls this one, was then compiled at run time on every first document.
        Vector256<float> s0 = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(scores));
        Vector256<float> s1 = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(scores), 8);
        Vector256<float> s2 = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(scores), 16);
        Vector256<float> top = Vector256.Max(Vector256.Max(s0, s1), s2);
        float max = MaxOf(in top);
        Vector256<float> shift = Vector256.Create(max);
        Vector256<float> e0 = Vector256.Exp(s0 - shift);
        Vector256<float> e1 = Vector256.Exp(s1 - shift);
        Vector256<float> e2 = Vector256.Exp(s2 - shift);
        Span<float> from = _from;
        if (first)
        {
            ref float expPrevious = ref MemoryMarshal.GetArrayDataReference(stage.PaddedExpPrevious);
            float z = Vector256.Sum(e0 * Vector256.LoadUnsafe(ref expPrevious, T * Padded)
                + e1 * Vector256.LoadUnsafe(ref expPrevious, T * Padded + 8)
                + e2 * Vector256.LoadUnsafe(ref expPrevious, T * Padded + 16));
            from[T] = -MathF.Log(z) - max;
            return;
        }

        Span<float> e = _exp;
        e0.StoreUnsafe(ref MemoryMarshal.GetReference(e));
        e1.StoreUnsafe(ref MemoryMarshal.GetReference(e), 8);
        Unsafe.Add(ref MemoryMarshal.GetReference(e), 16) = e2.GetElement(0);
        ref float byTag = ref MemoryMarshal.GetArrayDataReference(stage.ExpPreviousByTag);
        Vector256<float> z0 = Vector256<float>.Zero, z1 = z0, z2 = z0;
        for (int y = 0; y < T; y++)
        {
            Vector256<float> ey = Vector256.Create(e[y]);
            nuint row = (nuint)(y * Padded);
            z0 += ey * Vector256.LoadUnsafe(ref byTag, row);
            z1 += ey * Vector256.LoadUnsafe(ref byTag, row + 8);
            z2 += ey * Vector256.LoadUnsafe(ref byTag, row + 16);
        }

        ref float d = ref MemoryMarshal.GetArrayDataReference(_delta);
        ref float f = ref MemoryMarshal.GetReference(from);
        (Vector256.LoadUnsafe(ref d) - Vector256.Log(z0) - shift).StoreUnsafe(ref f);
        (Vector256.LoadUnsafe(ref d, 8) - Vector256.Log(z1) - shift).StoreUnsafe(ref f, 8);
        (Vector256.LoadUnsafe(ref d, 16) - Vector256.Log(z2) - shift).StoreUnsafe(ref f, 16);
    }

    private static float MaxOf(in Vector256<float> v)
    {
        Vector128<float> half = Vector128.Max(v.GetLower(), v.GetUpper());
        float max = half.GetElement(0);
        for (int k = 1; k < 4; k++)
        {
            max = Math.Max(max, half.GetElement(k));
        }

        return max;
    }

    /// <summary>Gives each token the evidence of the tags <paramref name="tags"/> for the next stage: its own tag,
    /// and the type most often given to the same word (lower-cased) inside names elsewhere in the document.</summary>
    public void SetStageEvidence(ReadOnlySpan<byte> tags)
    {
        _votes.Reset(Features.Count);
        _votes.Count(Features, tags, 0, Features.Count);
        _votes.Apply(Features, tags, 0, Features.Count);
    }

    private void Return()
    {
        if (_tokenWords.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_tokenWords);
            ArrayPool<int>.Shared.Return(_newWords);
            _tokenWords = [];
            _newWords = [];
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

        _votes.Dispose();
        _nextVotes.Dispose();
        _wordSlots.Dispose();
    }
}
