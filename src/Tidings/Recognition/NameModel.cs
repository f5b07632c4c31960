using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace Tidings.Recognition;

/// <summary>
/// The trained weights of the recognizer: for each hashed feature bucket one quantized weight per tag, and the
/// weights of the previous tag (a maximum-entropy Markov model). A second stage, when present, is the same model
/// trained with document-level features taken from the first stage's tags.
/// </summary>
/// <remarks>
/// <para>Weights are stored as one signed byte each, decoded through a 256-entry table: cube-law companding
/// (<c>w = max · (q / 127)³</c>) keeps small weights precise where most of them lie, and a byte per weight keeps
/// the tables small enough to stay in cache while tagging.</para>
/// <para>Binary format (little-endian, the whole stream deflated with zlib): <c>"TNER"</c>, version (int32 = 2),
/// stage count (int32); per stage: tags (int32), bucket bits (int32), largest weight (float32), buckets × tags
/// signed-byte codes (row-major by bucket), then (tags + 1) × tags float32 previous-tag weights, the last row for
/// the sentence start.</para>
/// <threadsafety>Immutable once loaded; safe to share between threads.</threadsafety>
/// </remarks>
internal sealed class NameModel
{
    /// <summary>O, then B- and I- for person, organization, place, miscellaneous.</summary>
    public const int Tags = 9;

    private const uint Magic = 0x52454E54; // "TNER"

    public NameModel(int bits, float scale, sbyte[] weights, float[] previous, NameModel? next = null)
    {
        if (weights.Length != (1 << bits) * Tags || previous.Length != (Tags + 1) * Tags)
        {
            throw new InvalidDataException("The model's weight tables do not match its header.");
        }

        Bits = bits;
        Mask = (1u << bits) - 1;
        Scale = scale;
        Weights = weights;
        Codebook = new float[256];
        for (int q = -128; q < 128; q++)
        {
            float x = Math.Max(q, -127) / 127f;
            Codebook[q & 0xFF] = scale * x * x * x;
        }

        Previous = previous;
        Next = next;
        ExpPrevious = new float[previous.Length];
        for (int i = 0; i < previous.Length; i++)
        {
            ExpPrevious[i] = MathF.Exp(previous[i]);
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

    /// <summary>The decoded value of each code (indexed by the code's byte).</summary>
    public float[] Codebook { get; }

    /// <summary>Weights of the previous tag (row) for each tag (column); row <see cref="Tags"/> is the sentence start.</summary>
    public float[] Previous { get; }

    /// <summary><c>exp</c> of <see cref="Previous"/>, for normalising without an exponential per pair.</summary>
    public float[] ExpPrevious { get; }

    /// <summary>The document-level stage, run on this stage's tags; null for a one-stage model.</summary>
    public NameModel? Next { get; }

    /// <summary>Adds the weights of the features in <paramref name="features"/> to
    /// <paramref name="scores"/> (<see cref="Tags"/> long).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
        ref sbyte w = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(Weights);
        ref float c = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(Codebook);
        uint mask = Mask;
        foreach (uint f in features)
        {
            ref sbyte r = ref Unsafe.Add(ref w, (int)(f & mask) * Tags);
            s0 += Unsafe.Add(ref c, (byte)r);
            s1 += Unsafe.Add(ref c, (byte)Unsafe.Add(ref r, 1));
            s2 += Unsafe.Add(ref c, (byte)Unsafe.Add(ref r, 2));
            s3 += Unsafe.Add(ref c, (byte)Unsafe.Add(ref r, 3));
            s4 += Unsafe.Add(ref c, (byte)Unsafe.Add(ref r, 4));
            s5 += Unsafe.Add(ref c, (byte)Unsafe.Add(ref r, 5));
            s6 += Unsafe.Add(ref c, (byte)Unsafe.Add(ref r, 6));
            s7 += Unsafe.Add(ref c, (byte)Unsafe.Add(ref r, 7));
            s8 += Unsafe.Add(ref c, (byte)Unsafe.Add(ref r, 8));
        }

        scores[0] = s0;
        scores[1] = s1;
        scores[2] = s2;
        scores[3] = s3;
        scores[4] = s4;
        scores[5] = s5;
        scores[6] = s6;
        scores[7] = s7;
        scores[8] = s8;
    }

    /// <summary>Quantizes float weights (buckets × tags) to a model stage.</summary>
    public static NameModel Quantize(int bits, float[] weights, float[] previous, NameModel? next = null)
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

        return new NameModel(bits, max, q, previous, next);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of this format.</exception>
    public static NameModel Read(Stream stream)
    {
        using var inflate = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(inflate);
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != 2)
        {
            throw new InvalidDataException("Not a Tidings name model (version 2).");
        }

        int stages = reader.ReadInt32();
        if (stages is < 1 or > 4)
        {
            throw new InvalidDataException("The model has an invalid stage count.");
        }

        var read = new (int Bits, float Scale, sbyte[] Weights, float[] Previous)[stages];
        for (int s = 0; s < stages; s++)
        {
            int tags = reader.ReadInt32();
            int bits = reader.ReadInt32();
            if (tags != Tags || bits is < 8 or > 24)
            {
                throw new InvalidDataException("The model has an unsupported tag set or size.");
            }

            float scale = reader.ReadSingle();
            var weights = new sbyte[(1 << bits) * Tags];
            inflate.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(weights.AsSpan()));
            var previous = new float[(Tags + 1) * Tags];
            for (int i = 0; i < previous.Length; i++)
            {
                previous[i] = reader.ReadSingle();
            }

            read[s] = (bits, scale, weights, previous);
        }

        NameModel? model = null;
        for (int s = stages - 1; s >= 0; s--)
        {
            model = new NameModel(read[s].Bits, read[s].Scale, read[s].Weights, read[s].Previous, model);
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
        writer.Write(2);
        writer.Write(stages);
        for (NameModel? m = this; m is not null; m = m.Next)
        {
            writer.Write(Tags);
            writer.Write(m.Bits);
            writer.Write(m.Scale);
            writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(m.Weights.AsSpan()));
            foreach (float p in m.Previous)
            {
                writer.Write(p);
            }
        }
    }
}
