using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
/// <para>Binary format (little-endian, the whole stream deflated with zlib): <c>"TNER"</c>, version (int32 = 4),
/// stage count (int32); per stage: tags (int32), bucket bits (int32), kind (int32: 0 locally normalised, 1 global),
/// largest weight (float32), buckets × tags signed-byte codes (row-major by bucket), then (tags + 1) × tags float32
/// previous-tag weights, the last row for the sentence start. Version 3 is version 4 without the kind (always 0).</para>
/// <threadsafety>Immutable once loaded; safe to share between threads.</threadsafety>
/// </remarks>
internal sealed class NameModel
{
    /// <summary>O, then B-, I-, L- and U- (BILOU) for person, organization, place, miscellaneous.</summary>
    public const int Tags = 17;

    /// <summary>A row of <see cref="PaddedPrevious"/>: the tags and padding to whole 8-wide vectors.</summary>
    public const int PaddedTags = 24;

    private const uint Magic = 0x52454E54; // "TNER"

    /// <summary>The format version: 4 (version 3 had no stage kind; version 2 had nine BIO tags).</summary>
    private const int Version = 4;

    public NameModel(int bits, float scale, sbyte[] weights, float[] previous, NameModel? next = null, bool global = false)
    {
        if (weights.Length != (1 << bits) * Tags || previous.Length != (Tags + 1) * Tags)
        {
            throw new InvalidDataException("The model's weight tables do not match its header.");
        }

        Bits = bits;
        Mask = (1u << bits) - 1;
        Scale = scale;
        Weights = weights;
        Previous = previous;
        Next = next;
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

    /// <summary>Quantized weights, <see cref="Tags"/> per bucket.</summary>
    public sbyte[] Weights { get; }

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

    /// <summary>Writes the summed weights of the features in <paramref name="features"/> to
    /// <paramref name="scores"/> (<see cref="Tags"/> long).</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        // A code q stands for max · (q / 127)³, so the cubes of the codes are summed exactly in integers (at most
        // 127³ · MaxFeatures, well inside an int) and scaled once: tags 0–15 as two 8-wide vectors, tag 16 alone.
        ref sbyte w = ref MemoryMarshal.GetArrayDataReference(Weights);
        uint mask = Mask;
        Vector256<int> low = Vector256<int>.Zero, high = Vector256<int>.Zero;
        int last = 0;
        Vector256<sbyte> floor = Vector256.Create((sbyte)-127);
        foreach (uint f in features)
        {
            ref sbyte r = ref Unsafe.Add(ref w, (int)(f & mask) * Tags);
            Vector256<short> codes = Vector256.WidenLower(Vector256.Max(Vector128.LoadUnsafe(ref r).ToVector256Unsafe(), floor));
            Vector256<int> a = Vector256.WidenLower(codes);
            Vector256<int> b = Vector256.WidenUpper(codes);
            low += a * a * a;
            high += b * b * b;
            int q = Math.Max((int)Unsafe.Add(ref r, 16), -127);
            last += q * q * q;
        }

        float unit = Scale / (127f * 127f * 127f);
        ref float s = ref MemoryMarshal.GetReference(scores[..Tags]);
        (Vector256.ConvertToSingle(low) * unit).StoreUnsafe(ref s);
        (Vector256.ConvertToSingle(high) * unit).StoreUnsafe(ref s, 8);
        Unsafe.Add(ref s, 16) = last * unit;
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

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of this format.</exception>
    public static NameModel Read(Stream stream)
    {
        using var inflate = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(inflate);
        int version = reader.ReadUInt32() == Magic ? reader.ReadInt32() : 0;
        if (version is not (3 or Version))
        {
            throw new InvalidDataException("Not a Tidings name model (version 3 or 4, BILOU tags).");
        }

        int stages = reader.ReadInt32();
        if (stages is < 1 or > 4)
        {
            throw new InvalidDataException("The model has an invalid stage count.");
        }

        var read = new (int Bits, bool Global, float Scale, sbyte[] Weights, float[] Previous)[stages];
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
            var weights = new sbyte[(1 << bits) * Tags];
            inflate.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
            var previous = new float[(Tags + 1) * Tags];
            for (int i = 0; i < previous.Length; i++)
            {
                previous[i] = reader.ReadSingle();
            }

            read[s] = (bits, kind == 1, scale, weights, previous);
        }

        NameModel? model = null;
        for (int s = stages - 1; s >= 0; s--)
        {
            model = new NameModel(read[s].Bits, read[s].Scale, read[s].Weights, read[s].Previous, model, read[s].Global);
        }

        return model!;
    }

    /// <summary>Writes this model (and its later stages) in the format <see cref="Read"/> reads.</summary>
    public void Write(Stream stream)
    {
        using var deflate = new ZLibStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(deflate);
        int stages = 0;
        for (NameModel? m = this; m is not null; m = m.Next)
        {
            stages++;
        }

        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(stages);
        for (NameModel? m = this; m is not null; m = m.Next)
        {
            writer.Write(Tags);
            writer.Write(m.Bits);
            writer.Write(m.Global ? 1 : 0);
            writer.Write(m.Scale);
            writer.Write(MemoryMarshal.AsBytes(m.Weights.AsSpan()));
            foreach (float p in m.Previous)
            {
                writer.Write(p);
            }
        }
    }
}
