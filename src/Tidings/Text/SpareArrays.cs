using System.Numerics;
using System.Runtime.CompilerServices;

namespace Tidings.Text;

/// <summary>
/// Spare arrays of one element type, kept per thread for the next document: what <c>ArrayPool&lt;T&gt;.Shared</c> did
/// for Tidings' own element types (tokens, sentences, the recognizer's per-token facts, place names, cells). The
/// shared pool's code over a Tidings struct is framework generic code that a ReadyToRun image of Tidings does not hold,
/// so a new process compiled it at run time on its first document (about 40 methods: the pool's constructors, rent,
/// return and buckets for each type); this class is the library's own, and its instantiations are precompiled with it.
/// </summary>
/// <remarks>Sizes are those of the shared pool: a power of two from 16 (the request rounded up), one spare array per
/// size and thread, so an array handed out is never more than twice what was asked (a short document does not hold
/// a long one's buffer) and two arrays rented for the same count have the same length.
/// <threadsafety>Each thread keeps its own arrays. An array rented on one thread may be returned on another; it then
/// stays with that thread. Arrays past <see cref="MaxKept"/> elements, or of a length this class does not hand out, are
/// left to the collector.</threadsafety></remarks>
internal static class SpareArrays<T>
{
    /// <summary>The most bytes one kept array may hold: a thread keeps at most about twice this per element type, however
    /// long a document it once read.</summary>
    private const int MaxKeptBytes = 8 << 20;

    /// <summary>Longer arrays are not kept: the longest power of two of at most <see cref="MaxKeptBytes"/> bytes
    /// and never more than 2^20 elements.</summary>
    private static readonly int MaxKept =
        (int)Math.Min(1u << 20, Math.Max((uint)MinLength, BitOperations.RoundUpToPowerOf2((uint)(MaxKeptBytes / Unsafe.SizeOf<T>()) + 1) >> 1));

    /// <summary>The shortest array handed out.</summary>
    private const int MinLength = 16;

    /// <summary>The thread's spare of each length: index <c>k</c> holds one of <c>2^k</c> elements, or null.</summary>
    [ThreadStatic]
    private static T[]?[]? t_spares;

    /// <summary>An array of at least <paramref name="minimumLength"/> elements, its contents unspecified: of the length
    /// rounded up to a power of two (at least 16), the thread's spare of that length if it has one.</summary>
    public static T[] Rent(int minimumLength)
    {
        if (minimumLength > MaxKept)
        {
            return new T[minimumLength >= 1 << 30 ? minimumLength : (int)BitOperations.RoundUpToPowerOf2((uint)minimumLength)];
        }

        int k = BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)Math.Max(minimumLength, MinLength)));
        T[]?[]? spares = t_spares;
        if (spares is not null && spares[k] is T[] spare)
        {
            spares[k] = null;
            return spare;
        }

        return new T[1 << k];
    }

    /// <summary>Keeps <paramref name="array"/> for the thread's next <see cref="Rent"/> of its length (replacing the spare
    /// it had); an array of an element type that holds references is cleared first.</summary>
    public static void Return(T[] array)
    {
        int length = array.Length;
        if (length < MinLength || length > MaxKept || !BitOperations.IsPow2(length))
        {
            return;
        }

        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            Array.Clear(array);
        }

        T[]?[] spares = t_spares ??= new T[]?[BitOperations.Log2((uint)MaxKept) + 1];
        spares[BitOperations.Log2((uint)length)] = array;
    }
}
