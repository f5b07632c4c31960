using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace Tidings.Recognition;

/// <summary>
/// The trained weights of the recognizer: for each hashed feature bucket one quantized weight per tag, and the
/// weights of the previous tag (a maximum-entropy Markov model). A second stage, when present, is the same model
/// trained with document-level features taken from the first stage's tags.
/// </summary>
/// <remarks>
/// <para>Binary format (little-endian, the whole stream deflated with zlib): <c>"TNER"</c>, version (int32 = 1),
/// stage count (int32); per stage: tags (int32), bucket bits (int32), scale (float32), buckets × tags int16
/// weights (row-major by bucket), then (tags + 1) × tags float32 previous-tag weights, the last row for the
/// sentence start.</para>
/// <threadsafety>Immutable once loaded; safe to share between threads.</threadsafety>
/// </remarks>
internal sealed class NameModel
{
    /// <summary>O, then B- and I- for person, organization, place, miscellaneous.</summary>
    public const int Tags = 9;

    private const uint Magic = 0x52454E54; // "TNER"

    public NameModel(int bits, float scale, short[] weights, float[] previous, NameModel? next = null)
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

    /// <summary>What one unit of a quantized weight is worth.</summary>
    public float Scale { get; }

    /// <summary>Quantized weights, <see cref="Tags"/> per bucket.</summary>
    public short[] Weights { get; }

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
        int s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
        short[] w = Weights;
        uint mask = Mask;
        foreach (uint f in features)
        {
            int row = (int)(f & mask) * Tags;
            ReadOnlySpan<short> r = w.AsSpan(row, Tags);
            s0 += r[0];
            s1 += r[1];
            s2 += r[2];
            s3 += r[3];
            s4 += r[4];
            s5 += r[5];
            s6 += r[6];
            s7 += r[7];
            s8 += r[8];
        }

        float scale = Scale;
        scores[0] = s0 * scale;
        scores[1] = s1 * scale;
        scores[2] = s2 * scale;
        scores[3] = s3 * scale;
        scores[4] = s4 * scale;
        scores[5] = s5 * scale;
        scores[6] = s6 * scale;
        scores[7] = s7 * scale;
        scores[8] = s8 * scale;
    }

    /// <summary>Quantizes float weights (buckets × tags) to a model stage.</summary>
    public static NameModel Quantize(int bits, float[] weights, float[] previous, NameModel? next = null)
    {
        float max = 1e-9f;
        foreach (float x in weights)
        {
            max = Math.Max(max, Math.Abs(x));
        }

        float scale = max / short.MaxValue;
        var q = new short[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            q[i] = (short)Math.Clamp(MathF.Round(weights[i] / scale), -short.MaxValue, short.MaxValue);
        }

        return new NameModel(bits, scale, q, previous, next);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of this format.</exception>
    public static NameModel Read(Stream stream)
    {
        using var inflate = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(inflate);
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != 1)
        {
            throw new InvalidDataException("Not a Tidings name model (version 1).");
        }

        int stages = reader.ReadInt32();
        if (stages is < 1 or > 4)
        {
            throw new InvalidDataException("The model has an invalid stage count.");
        }

        var read = new (int Bits, float Scale, short[] Weights, float[] Previous)[stages];
        for (int s = 0; s < stages; s++)
        {
            int tags = reader.ReadInt32();
            int bits = reader.ReadInt32();
            if (tags != Tags || bits is < 8 or > 24)
            {
                throw new InvalidDataException("The model has an unsupported tag set or size.");
            }

            float scale = reader.ReadSingle();
            var weights = new short[(1 << bits) * Tags];
            ReadExactly(inflate, reader, System.Runtime.InteropServices.MemoryMarshal.AsBytes(weights.AsSpan()));
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

    private static void ReadExactly(Stream stream, BinaryReader reader, Span<byte> bytes)
    {
        _ = reader;
        stream.ReadExactly(bytes);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Name models load on little-endian machines only.");
        }
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
        writer.Write(1);
        writer.Write(stages);
        for (NameModel? m = this; m is not null; m = m.Next)
        {
            writer.Write(Tags);
            writer.Write(m.Bits);
            writer.Write(m.Scale);
            var bytes = new byte[m.Weights.Length * 2];
            for (int i = 0; i < m.Weights.Length; i++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), m.Weights[i]);
            }

            writer.Write(bytes);
            foreach (float p in m.Previous)
            {
                writer.Write(p);
            }
        }
    }
}
