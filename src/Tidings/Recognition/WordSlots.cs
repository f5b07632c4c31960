using System.Buffers;
using Tidings.Text;

namespace Tidings.Recognition;

/// <summary>
/// An open-addressing table of word hashes for one document: gives each distinct hash a dense index (0, 1, 2, … in
/// the order the hashes are first added), so callers keep per-word values in arrays of <see cref="Count"/> (grown
/// with <see cref="Fit{T}"/>). The table grows with the distinct words, not with the document: a long document of
/// few words holds a small table. Rented arrays are reused between documents.
/// </summary>
/// <remarks><threadsafety>Not thread-safe: one instance per thread.</threadsafety></remarks>
internal sealed class WordSlots : IDisposable
{
    /// <summary>The most slots <see cref="Reset"/> prepares at once; larger tables come by growing.</summary>
    private const int MaxInitialSlots = 1 << 14;

    private uint[] _keys = [];
    private int[] _indices = [];
    private int _mask;

    /// <summary>The number of distinct words added since <see cref="Reset"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Empties the table, sized for about <paramref name="words"/> distinct words (it grows past them).</summary>
    public void Reset(int words)
    {
        int size = 64;
        while (size < words * 2 && size < MaxInitialSlots)
        {
            size <<= 1;
        }

        // A document long enough for the cap keeps the larger table an earlier one grew to (up to what it could need):
        // starting it at the cap again had every such document grow the table and insert its words again.
        while (size < words * 2 && size * 2 <= _keys.Length)
        {
            size <<= 1;
        }

        if (_keys.Length < size)
        {
            Dispose();
            _keys = SpareArrays<uint>.Rent(size);
            _indices = ArrayPool<int>.Shared.Rent(size);
        }

        _mask = size - 1;
        Count = 0;
        Array.Clear(_keys, 0, size);
    }

    /// <summary>The index of <paramref name="key"/>, added if new (<paramref name="added"/>; it is then
    /// <see cref="Count"/> − 1).</summary>
    public int Add(uint key, out bool added)
    {
        key |= 1;
        int s = (int)(key & (uint)_mask);
        while (_keys[s] != 0)
        {
            if (_keys[s] == key)
            {
                added = false;
                return _indices[s];
            }

            s = (s + 1) & _mask;
        }

        if ((Count + 1) * 2 > _mask + 1)
        {
            Grow();
            s = (int)(key & (uint)_mask);
            while (_keys[s] != 0)
            {
                s = (s + 1) & _mask;
            }
        }

        added = true;
        _keys[s] = key;
        _indices[s] = Count;
        return Count++;
    }

    /// <summary>The index of <paramref name="key"/>, or -1 when it was never added.</summary>
    public int Find(uint key)
    {
        key |= 1;
        int s = (int)(key & (uint)_mask);
        while (_keys[s] != 0)
        {
            if (_keys[s] == key)
            {
                return _indices[s];
            }

            s = (s + 1) & _mask;
        }

        return -1;
    }

    /// <summary>Makes <paramref name="values"/> hold at least <paramref name="length"/> items (doubling, keeping them).</summary>
    public static void Fit<T>(ref T[] values, int length)
    {
        if (values.Length < length)
        {
            Array.Resize(ref values, Math.Max(length, Math.Max(64, values.Length * 2)));
        }
    }

    /// <summary>Doubles the table, keeping every key's index.</summary>
    private void Grow()
    {
        uint[] oldKeys = _keys;
        int[] oldIndices = _indices;
        int oldSize = _mask + 1;
        int size = oldSize * 2;
        _keys = SpareArrays<uint>.Rent(size);
        _indices = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(_keys, 0, size);
        _mask = size - 1;
        for (int k = 0; k < oldSize; k++)
        {
            uint key = oldKeys[k];
            if (key != 0)
            {
                int s = (int)(key & (uint)_mask);
                while (_keys[s] != 0)
                {
                    s = (s + 1) & _mask;
                }

                _keys[s] = key;
                _indices[s] = oldIndices[k];
            }
        }

        SpareArrays<uint>.Return(oldKeys);
        ArrayPool<int>.Shared.Return(oldIndices);
    }

    /// <summary>Returns the rented arrays.</summary>
    public void Dispose()
    {
        if (_keys.Length > 0)
        {
            SpareArrays<uint>.Return(_keys);
            ArrayPool<int>.Shared.Return(_indices);
            _keys = [];
            _indices = [];
        }
    }
}
