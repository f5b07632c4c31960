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
/// <remarks><threadsafety>Each thread keeps its own two arrays. An array rented on one thread may be returned on another;
/// it then stays with that thread. Arrays past <see cref="MaxKept"/> elements are left to the collector.</threadsafety></remarks>
internal static class SpareArrays<T>
{
    /// <summary>Larger arrays are not kept (a 4 MB document's tokens; a thread holds at most two arrays this size).</summary>
    private const int MaxKept = 1 << 20;

    [ThreadStatic]
    private static T[]? t_first;

    [ThreadStatic]
    private static T[]? t_second;

    /// <summary>An array of at least <paramref name="minimumLength"/> elements (a power of two when new), its contents
    /// unspecified: the thread's spare if one is long enough, else a new one.</summary>
    public static T[] Rent(int minimumLength)
    {
        T[]? array = t_first;
        if (array is not null && array.Length >= minimumLength)
        {
            t_first = null;
            return array;
        }

        array = t_second;
        if (array is not null && array.Length >= minimumLength)
        {
            t_second = null;
            return array;
        }

        int length = minimumLength <= 16 ? 16 : minimumLength >= 1 << 30 ? minimumLength : (int)BitOperations.RoundUpToPowerOf2((uint)minimumLength);
        return new T[length];
    }

    /// <summary>Keeps <paramref name="array"/> for the thread's next <see cref="Rent"/> (the two longest are kept); an array
    /// of an element type that holds references is cleared first.</summary>
    public static void Return(T[] array)
    {
        if (array.Length == 0 || array.Length > MaxKept)
        {
            return;
        }

        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            Array.Clear(array);
        }

        T[]? first = t_first;
        T[]? second = t_second;
        if (first is null)
        {
            t_first = array;
        }
        else if (second is null)
        {
            t_second = array;
        }
        else if (first.Length <= second.Length)
        {
            if (array.Length > first.Length)
            {
                t_first = array;
            }
        }
        else if (array.Length > second.Length)
        {
            t_second = array;
        }
    }
}
