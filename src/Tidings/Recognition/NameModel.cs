using System.Buffers.Binary;
using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Tidings.Recognition;

/// <summary>
/// The trained weights of the recognizer: for each hashed feature bucket one quantized weight per tag, and the
/// weights of the previous tag. A stage is either a maximum-entropy Markov model (each token's tag distribution
/// normalised given the previous tag) or a linear-chain conditional random field (<see cref="Global"/>: one
/// normaliser for the whole sentence). A second stage, when present, is the same model trained with
/// document-level features taken from the first stage's tags.
/// </summary>
/// <remarks>
/// <para>Weights are stored as one signed byte each: cube-law companding (<c>w = max · (q / 127)³</c>) keeps small
/// weights precise where most of them lie, and a byte per weight keeps the tables small enough to stay in cache
/// while tagging. Scoring sums the codes' cubes exactly in integer vectors and scales the sums once.</para>
/// <para>Most buckets hold no weight at all (no training feature hashed there), so only the others are kept, as
/// compact rows: a presence bit per bucket, with the count of rows before each 64-bucket block, gives a bucket's
/// row (rank), and an absent bucket reads a shared row of zeros. The table stays in cache better than the dense
/// one (2.5 times smaller for the shipped model), and the file needs no parsing.</para>
/// <para>Binary format, version 5 (little-endian; stored as it is, or the whole stream deflated with zlib):
/// <c>"TNER"</c>, version (int32 = 5), stage count (int32); per stage: tags (int32), bucket bits (int32), kind
/// (int32: 0 locally normalised, 1 global), largest weight (float32), row count (int32), the presence bits
/// (2^bits / 64 uint64, bucket b at bit b mod 64 of word b / 64), the rows (row count × tags signed-byte codes, in
/// bucket order), then (tags + 1) × tags float32 previous-tag weights, the last row for the sentence start.
/// Versions 3 and 4 (always deflated) stored every bucket's row (buckets × tags codes) where version 5 stores the
/// presence bits and rows; version 3 had no stage kind (always 0). All are read.</para>
/// <threadsafety>Immutable once loaded; safe to share between threads.</threadsafety>
/// </remarks>
internal sealed unsafe class NameModel
{
    /// <summary>O, then B-, I-, L- and U- (BILOU) for person, organization, place, miscellaneous.</summary>
    public const int Tags = 17;

    /// <summary>A row of <see cref="PaddedPrevious"/>: the tags and padding to whole 8-wide vectors.</summary>
    public const int PaddedTags = 24;

    private const uint Magic = 0x52454E54; // "TNER"

    /// <summary>The format version written: 5 (compact rows; version 4 stored every bucket, version 3 had no stage
    /// kind, version 2 had nine BIO tags).</summary>
    private const int Version = 5;

    /// <summary>The presence bits and row ranks, interleaved: word 2k holds the presence bits of buckets 64k to
    /// 64k + 63, word 2k + 1 the number of rows before them, so one cache line answers a look-up.</summary>
    private readonly ulong[] _blocks;

    /// <summary>The rows of the present buckets (<see cref="Tags"/> codes each), in bucket order: read in place from
    /// the assembly's embedded model (never copied, never moved), or the start of <see cref="_rowArray"/>.</summary>
    private readonly sbyte* _rows;

    /// <summary>The rows when they are not the embedded model's own bytes: an array on the pinned heap (so that
    /// <see cref="_rows"/> stays valid), kept here to keep it alive; null for the embedded model, whose bytes live as
    /// long as the assembly (which a model object, an instance of one of its types, keeps loaded).</summary>
    private readonly sbyte[]? _rowArray;

    /// <summary>The number of rows (the index an absent bucket maps to).</summary>
    private readonly int _zeroRow;

    /// <summary>The distance in bytes from <see cref="_rows"/> to <see cref="ZeroRow"/>: where an absent bucket reads,
    /// so that a look-up needs no branch.</summary>
    private readonly nint _zeroOffset;

    /// <summary>The row of zeros every absent bucket reads (padded to whole vector loads), on the pinned heap.</summary>
    private static readonly sbyte[] ZeroRow = GC.AllocateArray<sbyte>(32, pinned: true);

    /// <summary>The name of the embedded model resource.</summary>
    internal const string ResourceName = "Tidings.Recognition.NameModel.bin";

    /// <summary>Where the assembly's embedded model lies in memory (start and length; 0 when it is not memory-backed).</summary>
    private static readonly (nint Start, long Length) Embedded = FindEmbedded();

    /// <summary>A stage from a dense table: <paramref name="weights"/> holds <see cref="Tags"/> codes for every bucket.</summary>
    public NameModel(int bits, float scale, sbyte[] weights, float[] previous, NameModel? next = null, bool global = false)
        : this(bits, scale, Compact(bits, weights, out int rows), rows, previous, next, global)
    {
    }

    /// <summary>A stage from its presence bits (<paramref name="compact"/>.Present) and compact rows.</summary>
    /// <remarks>The rows are <paramref name="compact"/>.Rows (at least <paramref name="rowCount"/> rows, on the pinned
    /// heap), or, when that is null, <paramref name="mapped"/>: the address of the rows inside the embedded model.</remarks>
    private NameModel(int bits, float scale, (ulong[] Present, sbyte[]? Rows) compact, int rowCount, float[] previous, NameModel? next, bool global, sbyte* mapped = null)
    {
        if (bits is < 8 or > 24 || compact.Present.Length != (1 << bits) / 64 || (compact.Rows is null ? mapped == null : compact.Rows.Length < rowCount * Tags)
            || previous.Length != (Tags + 1) * Tags)
        {
            throw new InvalidDataException("The model's weight tables do not match its header.");
        }

        Bits = bits;
        Mask = (1u << bits) - 1;
        Scale = scale;
        _rowArray = compact.Rows;
        _rows = compact.Rows is null ? mapped : (sbyte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(compact.Rows));
        _zeroOffset = (nint)((byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(ZeroRow)) - (byte*)_rows);
        _zeroRow = rowCount;
        _blocks = new ulong[compact.Present.Length * 2];
        ulong before = 0;
        for (int k = 0; k < compact.Present.Length; k++)
        {
            _blocks[2 * k] = compact.Present[k];
            _blocks[2 * k + 1] = before;
            before += (ulong)BitOperations.PopCount(compact.Present[k]);
        }

        if (before != (ulong)rowCount)
        {
            throw new InvalidDataException("The model's presence bits do not match its row count.");
        }

        Previous = previous;
        Next = next;
        Stages = next is null ? 1 : next.Stages + 1;
        Global = global;
        PaddedPrevious = new float[(Tags + 1) * PaddedTags];
        PaddedExpPrevious = new float[(Tags + 1) * PaddedTags];
        ExpPreviousByTag = new float[Tags * PaddedTags];
        Array.Fill(ExpPreviousByTag, 1f);
        for (int p = 0; p <= Tags; p++)
        {
            for (int y = 0; y < Tags; y++)
            {
                PaddedPrevious[p * PaddedTags + y] = previous[p * Tags + y];
                PaddedExpPrevious[p * PaddedTags + y] = MathF.Exp(previous[p * Tags + y]);
                if (p < Tags)
                {
                    ExpPreviousByTag[y * PaddedTags + p] = MathF.Exp(previous[p * Tags + y]);
                }
            }
        }
    }

    /// <summary>Bits of the feature hash used as the bucket index.</summary>
    public int Bits { get; }

    /// <summary>The bucket mask.</summary>
    public uint Mask { get; }

    /// <summary>The largest weight (in absolute value): code ±127 decodes to it.</summary>
    public float Scale { get; }

    /// <summary>The number of buckets that hold a weight (rows kept).</summary>
    public int RowCount => _zeroRow;

    /// <summary>The quantized weights as a dense table, <see cref="Tags"/> per bucket (a new array each call).</summary>
    public sbyte[] Weights
    {
        get
        {
            var dense = new sbyte[(1 << Bits) * Tags];
            for (int b = 0; b < 1 << Bits; b++)
            {
                int row = RowOf((uint)b);
                (row == _zeroRow ? ZeroRow.AsSpan(0, Tags) : new Span<sbyte>(_rows + row * Tags, Tags)).CopyTo(dense.AsSpan(b * Tags, Tags));
            }

            return dense;
        }
    }

    /// <summary>Weights of the previous tag (row) for each tag (column); row <see cref="Tags"/> is the sentence start.</summary>
    public float[] Previous { get; }

    /// <summary><see cref="Previous"/> with rows padded to <see cref="PaddedTags"/> (padding 0), for vector loads.</summary>
    public float[] PaddedPrevious { get; }

    /// <summary><c>exp</c> of <see cref="Previous"/>, padded like <see cref="PaddedPrevious"/> (padding 0), for
    /// normalising without an exponential per pair.</summary>
    public float[] PaddedExpPrevious { get; }

    /// <summary><c>exp</c> of <see cref="Previous"/> transposed: one padded row per tag, one column per previous tag
    /// (not the sentence start; padding 1), so that the normalisers of all previous tags are one vector sum.</summary>
    public float[] ExpPreviousByTag { get; }

    /// <summary>Whether the stage is a conditional random field: tag paths are scored by their summed weights alone,
    /// without normalising each token's distribution given the previous tag.</summary>
    public bool Global { get; }

    /// <summary>The document-level stage, run on this stage's tags; null for a one-stage model.</summary>
    public NameModel? Next { get; }

    /// <summary>The number of stages from this one to the last (1 for a one-stage model): this stage and every
    /// <see cref="Next"/>. Fixed when the model is built, so callers never count it themselves.</summary>
    public int Stages { get; }

    /// <summary>What a sentence boundary gives the tokens near it, per stage and neighbour role (null until the first
    /// document asks for it through <see cref="BoundaryScores"/>).</summary>
    private float[]? _boundaryScores;

    /// <summary>What a sentence boundary gives the tokens near it, per stage (this one and every <see cref="Next"/>)
    /// and neighbour role, as <see cref="NameTagger"/> scores it: fixed for the model, so scored once by
    /// <paramref name="score"/> (on the model's first document) and kept with it. Threads racing here may each score,
    /// but every thread gets the first array published. Only an array of <see cref="Stages"/> × <paramref
    /// name="rowsPerStage"/> scores is kept; that the scorer gives that shape is an invariant, asserted in debug builds.</summary>
    internal float[] BoundaryScores(int rowsPerStage, Func<NameModel, float[]> score)
    {
        float[]? kept = Volatile.Read(ref _boundaryScores);
        if (kept is null)
        {
            kept = score(this);
            if (kept.Length == Stages * rowsPerStage)
            {
                kept = Interlocked.CompareExchange(ref _boundaryScores, kept, null) ?? kept;
            }
        }

        // An invariant of the one internal scorer, not a check of input: extractors never throw.
        System.Diagnostics.Debug.Assert(kept.Length == Stages * rowsPerStage, "The boundary scores do not cover every stage of the model.");
        return kept;
    }

    /// <summary>The row of feature hash <paramref name="feature"/>: its bucket's, or the row of zeros.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int RowOf(uint feature)
    {
        uint b = feature & Mask;
        ref ulong block = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_blocks), (int)(b >> 6) * 2);
        ulong bit = 1ul << (int)(b & 63);
        int rank = (int)Unsafe.Add(ref block, 1) + BitOperations.PopCount(block & (bit - 1));
        return (block & bit) != 0 ? rank : _zeroRow;
    }

    /// <summary>Writes the summed weights of the features in <paramref name="features"/> to
    /// <paramref name="scores"/> (<see cref="Tags"/> long).</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        Span<int> sums = stackalloc int[PaddedTags];
        sums.Clear();
        Sum(features, sums);
        ToScores(sums, scores);
    }

    /// <summary>Writes where the rows of <paramref name="features"/> lie (byte offsets from the rows' start; an absent
    /// bucket's is the row of zeros) to <paramref name="offsets"/>, and asks the processor to start loading each
    /// present row: the look-up half of <see cref="Score"/>, done ahead so that <see cref="ScoreAt"/> later finds
    /// both the offsets and the rows at hand.</summary>
    public void Locate(ReadOnlySpan<uint> features, Span<nint> offsets)
    {
        ref ulong blocks = ref MemoryMarshal.GetArrayDataReference(_blocks);
        uint mask = Mask;
        nint zeroOffset = _zeroOffset;
        bool prefetch = Sse.IsSupported;
        offsets = offsets[..features.Length];
        for (int k = 0; k < features.Length; k++)
        {
            uint b = features[k] & mask;
            ref ulong block = ref Unsafe.Add(ref blocks, (int)(b >> 6) * 2);
            ulong present = block;
            ulong bit = 1ul << (int)(b & 63);
            int rank = (int)Unsafe.Add(ref block, 1) + BitOperations.PopCount(present & (bit - 1));
            nint offset = (present & bit) != 0 ? (nint)rank * Tags : zeroOffset;
            offsets[k] = offset;
            if (prefetch)
            {
                Sse.Prefetch0(_rows + offset);
            }
        }
    }

    /// <summary>Asks the processor to start loading the presence block of each feature's bucket: what
    /// <see cref="Locate"/> of the same features reads first (one random read each, waited for before the row can be
    /// asked for), so that a <see cref="Locate"/> a little later finds the blocks at hand.</summary>
    public void PrefetchBlocks(ReadOnlySpan<uint> features)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        ref ulong blocks = ref MemoryMarshal.GetArrayDataReference(_blocks);
        uint mask = Mask;
        foreach (uint feature in features)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref blocks, (int)((feature & mask) >> 6) * 2)));
        }
    }

    /// <summary><see cref="Score"/> of the features whose rows <see cref="Locate"/> found at <paramref name="offsets"/>:
    /// the same sums, so the same scores.</summary>
    public void ScoreAt(ReadOnlySpan<nint> offsets, Span<float> scores)
    {
        Span<int> sums = stackalloc int[PaddedTags];
        sums.Clear();
        SumAt(offsets, sums);
        ToScores(sums, scores);
    }

    /// <summary>Adds the codes, cubed, of the rows <see cref="Locate"/> found at <paramref name="offsets"/> to
    /// <paramref name="sums"/> (<see cref="PaddedTags"/> long): what <see cref="Sum"/> adds for their features.</summary>
    public void SumAt(ReadOnlySpan<nint> offsets, Span<int> sums)
    {
        ref sbyte w = ref Unsafe.AsRef<sbyte>(_rows);
        ref int sum = ref MemoryMarshal.GetReference(sums[..PaddedTags]);
        Vector256<int> low = Vector256.LoadUnsafe(ref sum), high = Vector256.LoadUnsafe(ref sum, 8);
        int last = Unsafe.Add(ref sum, 16);
        if (Avx2.IsSupported)
        {
            // The sums of tags 0–3 and 8–11 in one vector, 4–7 and 12–15 in the other: the order in which 16-bit
            // unpacking yields the cubes (AccumulateWords). The same exchange of 128-bit halves puts them back.
            Vector256<int> even = Avx2.Permute2x128(low, high, 0x20), odd = Avx2.Permute2x128(low, high, 0x31);
            foreach (nint offset in offsets)
            {
                AccumulateWords(ref Unsafe.Add(ref w, offset), ref even, ref odd, ref last);
            }

            low = Avx2.Permute2x128(even, odd, 0x20);
            high = Avx2.Permute2x128(even, odd, 0x31);
        }
        else
        {
            foreach (nint offset in offsets)
            {
                Accumulate(ref Unsafe.Add(ref w, offset), ref low, ref high, ref last);
            }
        }

        low.StoreUnsafe(ref sum);
        high.StoreUnsafe(ref sum, 8);
        Unsafe.Add(ref sum, 16) = last;
    }

    /// <summary><see cref="Accumulate"/> in 16-bit lanes: a code's square fits in 16 bits (at most 127²), and its cube
    /// is the square times the code, whose low and high 16 bits (two 16-wide multiplies) interleave into the 32-bit
    /// cube. Three 16-bit multiplies replace four 32-bit ones (each two micro-operations); the integer sums are the
    /// same. <paramref name="even"/> gets tags 0–3 and 8–11, <paramref name="odd"/> tags 4–7 and 12–15.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AccumulateWords(ref sbyte r, ref Vector256<int> even, ref Vector256<int> odd, ref int last)
    {
        Vector256<short> codes = Avx2.ConvertToVector256Int16(Vector128.Max(Vector128.LoadUnsafe(ref r), Vector128.Create((sbyte)-127)));
        Vector256<short> square = Avx2.MultiplyLow(codes, codes);
        Vector256<short> cubeLow = Avx2.MultiplyLow(square, codes);
        Vector256<short> cubeHigh = Avx2.MultiplyHigh(square, codes);
        even += Avx2.UnpackLow(cubeLow, cubeHigh).AsInt32();
        odd += Avx2.UnpackHigh(cubeLow, cubeHigh).AsInt32();
        int q = Math.Max((int)Unsafe.Add(ref r, 16), -127);
        last += q * q * q;
    }

    /// <summary>Adds the features' codes, cubed, to <paramref name="sums"/> (<see cref="PaddedTags"/> long): the exact
    /// integer sums <see cref="ToScores"/> turns into weights, so that features summed in parts score exactly as they
    /// would summed at once.</summary>
    public void Sum(ReadOnlySpan<uint> features, Span<int> sums)
    {
        // A code q stands for max · (q / 127)³, so the cubes of the codes are summed exactly in integers (at most
        // 127³ · MaxFeatures, well inside an int) and scaled once: tags 0–15 as two 8-wide vectors, tag 16 alone.
        // The rows are located (and asked for) first, then summed: a word's rows lie at random in the table, and
        // asking for them all before reading any lets their loads overlap.
        Span<nint> offsets = stackalloc nint[Math.Min(features.Length, NameFeatures.MaxFeatures)];
        while (!features.IsEmpty)
        {
            int n = Math.Min(features.Length, offsets.Length);
            Locate(features[..n], offsets);
            SumAt(offsets[..n], sums);
            features = features[n..];
        }
    }

    /// <summary>Adds the cubes of row <paramref name="r"/>'s codes (floored at −127) to the sums of tags 0–7, 8–15 and 16.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Accumulate(ref sbyte r, ref Vector256<int> low, ref Vector256<int> high, ref int last)
    {
        Vector256<short> codes = Vector256.WidenLower(Vector256.Max(Vector128.LoadUnsafe(ref r).ToVector256Unsafe(), Vector256.Create((sbyte)-127)));
        Vector256<int> a = Vector256.WidenLower(codes);
        Vector256<int> c = Vector256.WidenUpper(codes);
        low += a * a * a;
        high += c * c * c;
        int q = Math.Max((int)Unsafe.Add(ref r, 16), -127);
        last += q * q * q;
    }

    /// <summary>Writes the weights that the code sums <paramref name="sums"/> (of <see cref="Sum"/>) stand for to
    /// <paramref name="scores"/> (<see cref="Tags"/> long).</summary>
    public void ToScores(ReadOnlySpan<int> sums, Span<float> scores)
    {
        float unit = Scale / (127f * 127f * 127f);
        ref int sum = ref MemoryMarshal.GetReference(sums[..PaddedTags]);
        ref float s = ref MemoryMarshal.GetReference(scores[..Tags]);
        (Vector256.ConvertToSingle(Vector256.LoadUnsafe(ref sum)) * unit).StoreUnsafe(ref s);
        (Vector256.ConvertToSingle(Vector256.LoadUnsafe(ref sum, 8)) * unit).StoreUnsafe(ref s, 8);
        Unsafe.Add(ref s, 16) = Unsafe.Add(ref sum, 16) * unit;
    }

    /// <summary>The presence bits and compact rows (on the pinned heap) of a dense table.</summary>
    private static (ulong[] Present, sbyte[]? Rows) Compact(int bits, sbyte[] weights, out int rows)
    {
        if (bits is < 8 or > 24 || weights.Length != (1 << bits) * Tags)
        {
            throw new InvalidDataException("The model's weight tables do not match its header.");
        }

        var present = new ulong[(1 << bits) / 64];
        rows = 0;
        for (int b = 0; b < 1 << bits; b++)
        {
            if (weights.AsSpan(b * Tags, Tags).ContainsAnyExcept((sbyte)0))
            {
                present[b >> 6] |= 1ul << (b & 63);
                rows++;
            }
        }

        sbyte[] compact = GC.AllocateArray<sbyte>(rows * Tags, pinned: true);
        int row = 0;
        for (int b = 0; b < 1 << bits; b++)
        {
            if ((present[b >> 6] & (1ul << (b & 63))) != 0)
            {
                weights.AsSpan(b * Tags, Tags).CopyTo(compact.AsSpan(row++ * Tags, Tags));
            }
        }

        return (present, compact);
    }

    /// <summary>Quantizes float weights (buckets × tags) to a model stage.</summary>
    public static NameModel Quantize(int bits, float[] weights, float[] previous, NameModel? next = null, bool global = false)
    {
        float max = 1e-9f;
        foreach (float x in weights)
        {
            max = Math.Max(max, Math.Abs(x));
        }

        var q = new sbyte[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            float x = MathF.Cbrt(Math.Abs(weights[i]) / max);
            q[i] = (sbyte)(Math.Sign(weights[i]) * (int)Math.Clamp(MathF.Round(x * 127), 0, 127));
        }

        return new NameModel(bits, max, q, previous, next, global);
    }

    /// <summary>Reads a model written by <see cref="Write"/> (stored or deflated), or of versions 3 and 4.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of this format.</exception>
    public static NameModel Read(Stream stream)
    {
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }

        long start = stream.Position;
        Span<byte> head = stackalloc byte[4];
        bool stored = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && BinaryPrimitives.ReadUInt32LittleEndian(head) == Magic;
        stream.Position = start;
        if (stored)
        {
            return ReadStages(stream, deflated: false);
        }

        using var inflate = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
        return ReadStages(inflate, deflated: true);
    }

    private static NameModel ReadStages(Stream stream, bool deflated)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        int version = reader.ReadUInt32() == Magic ? reader.ReadInt32() : 0;
        if (version is not (3 or 4 or Version) || (version < Version && !deflated))
        {
            throw new InvalidDataException("Not a Tidings name model (version 3 to 5, BILOU tags).");
        }

        int stages = reader.ReadInt32();
        if (stages is < 1 or > 4)
        {
            throw new InvalidDataException("The model has an invalid stage count.");
        }

        var read = new (int Bits, bool Global, float Scale, (ulong[] Present, sbyte[]? Rows) Compact, int Rows, float[] Previous, nint Mapped)[stages];
        for (int s = 0; s < stages; s++)
        {
            int tags = reader.ReadInt32();
            int bits = reader.ReadInt32();
            if (tags != Tags || bits is < 8 or > 24)
            {
                throw new InvalidDataException("The model has an unsupported tag set or size.");
            }

            int kind = version == 3 ? 0 : reader.ReadInt32();
            if (kind is not (0 or 1))
            {
                throw new InvalidDataException("The model has an unknown kind of stage.");
            }

            float scale = reader.ReadSingle();
            var previous = new float[(Tags + 1) * Tags];
            if (version < Version)
            {
                var weights = new sbyte[(1 << bits) * Tags];
                stream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
                ReadPrevious(reader, previous);
                read[s] = (bits, kind == 1, scale, Compact(bits, weights, out int kept), kept, previous, 0);
                continue;
            }

            int rows = reader.ReadInt32();
            if (rows < 0 || rows > 1 << bits)
            {
                throw new InvalidDataException("The model has an invalid row count.");
            }

            var present = new ulong[(1 << bits) / 64];
            stream.ReadExactly(MemoryMarshal.AsBytes(present.AsSpan()));
            if (!BitConverter.IsLittleEndian)
            {
                BinaryPrimitives.ReverseEndianness(present, present);
            }

            // The embedded model's rows are read where they lie (no copy, no parse); any other stream's are copied.
            nint mapped = deflated ? 0 : InEmbedded(stream, (long)rows * Tags);
            sbyte[]? compact = null;
            if (mapped != 0)
            {
                stream.Seek((long)rows * Tags, SeekOrigin.Current);
            }
            else
            {
                compact = GC.AllocateUninitializedArray<sbyte>(rows * Tags, pinned: true);
                stream.ReadExactly(MemoryMarshal.AsBytes(compact.AsSpan()));
            }

            ReadPrevious(reader, previous);
            read[s] = (bits, kind == 1, scale, (present, compact), rows, previous, mapped);
        }

        NameModel? model = null;
        for (int s = stages - 1; s >= 0; s--)
        {
            model = new NameModel(read[s].Bits, read[s].Scale, read[s].Compact, read[s].Rows, read[s].Previous, model, read[s].Global, (sbyte*)read[s].Mapped);
        }

        return model!;
    }

    /// <summary>Where the embedded model resource lies in memory, if it is memory-backed (it is for an assembly loaded
    /// from a file and in a native build).</summary>
    private static (nint Start, long Length) FindEmbedded()
    {
        using Stream? stream = TidingsData.Open(ResourceName);
        return stream is UnmanagedMemoryStream memory ? ((nint)memory.PositionPointer, memory.Length) : (0, 0);
    }

    /// <summary>The address of the next <paramref name="length"/> bytes of <paramref name="stream"/> when they are the
    /// embedded model's own bytes (which live as long as the assembly); 0 for any other stream.</summary>
    private static nint InEmbedded(Stream stream, long length)
    {
        if (stream is not UnmanagedMemoryStream memory || Embedded.Start == 0 || memory.Length - memory.Position < length)
        {
            return 0;
        }

        nint at = (nint)memory.PositionPointer;
        return at >= Embedded.Start && (long)(at - Embedded.Start) + length <= Embedded.Length ? at : 0;
    }

    /// <summary>The presence bits (every other word of the blocks).</summary>
    private ulong[] Present()
    {
        var present = new ulong[_blocks.Length / 2];
        for (int k = 0; k < present.Length; k++)
        {
            present[k] = _blocks[2 * k];
        }

        return present;
    }

    private static void ReadPrevious(BinaryReader reader, float[] previous)
    {
        for (int i = 0; i < previous.Length; i++)
        {
            previous[i] = reader.ReadSingle();
        }
    }

    /// <summary>Writes this model (and its later stages) in the format <see cref="Read"/> reads: stored as it is
    /// (the default: read without inflating or parsing), or deflated with zlib when <paramref name="deflate"/>.</summary>
    public void Write(Stream stream, bool deflate = false)
    {
        using ZLibStream? deflater = deflate ? new ZLibStream(stream, CompressionLevel.SmallestSize, leaveOpen: true) : null;
        using var writer = new BinaryWriter(deflater ?? stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(Stages);
        for (NameModel? m = this; m is not null; m = m.Next)
        {
            writer.Write(Tags);
            writer.Write(m.Bits);
            writer.Write(m.Global ? 1 : 0);
            writer.Write(m.Scale);
            writer.Write(m._zeroRow);
            foreach (ulong present in m.Present())
            {
                writer.Write(present);
            }

            writer.Write(new ReadOnlySpan<byte>(m._rows, m._zeroRow * Tags));
            foreach (float p in m.Previous)
            {
                writer.Write(p);
            }
        }
    }
}
