using System.Buffers;

namespace Tidings.Recognition;

/// <summary>
/// An open-addressing table of word hashes for one document: gives each distinct hash a slot, so callers keep
/// per-word values in arrays of <see cref="Capacity"/>. Rented arrays are reused between documents.
/// </summary>
/// <remarks><threadsafety>Not thread-safe: one instance per thread.</threadsafety></remarks>
internal sealed class WordSlots : IDisposable
{
    private uint[] _keys = [];
    private int _mask;

    /// <summary>The number of slots (a power of two, at least twice the words asked for).</summary>
    public int Capacity => _mask + 1;

    /// <summary>Empties the table, sized for <paramref name="words"/> distinct words; returns whether
    /// <see cref="Capacity"/> changed (callers then resize their value arrays).</summary>
    public bool Reset(int words)
    {
        int size = 64;
        while (size < words * 2)
        {
            size <<= 1;
        }

        bool grown = false;
        if (_keys.Length < size)
        {
            Dispose();
            _keys = ArrayPool<uint>.Shared.Rent(size);
            grown = true;
        }

        int capacity = 1;
        while (capacity * 2 <= _keys.Length)
        {
            capacity <<= 1;
        }

        grown |= capacity != _mask + 1;
        _mask = capacity - 1;
        Array.Clear(_keys, 0, capacity);
        return grown;
    }

    /// <summary>The slot of <paramref name="key"/>, added if new (<paramref name="added"/>).</summary>
    public int Add(uint key, out bool added)
    {
        key |= 1;
        int s = (int)(key & (uint)_mask);
        while (_keys[s] != 0 && _keys[s] != key)
        {
            s = (s + 1) & _mask;
        }

        added = _keys[s] == 0;
        _keys[s] = key;
        return s;
    }

    /// <summary>The slot of <paramref name="key"/>, or -1 when it was never added.</summary>
    public int Find(uint key)
    {
        key |= 1;
        int s = (int)(key & (uint)_mask);
        while (_keys[s] != 0)
        {
            if (_keys[s] == key)
            {
                return s;
            }

            s = (s + 1) & _mask;
        }

        return -1;
    }

    /// <summary>Returns the rented array.</summary>
    public void Dispose()
    {
        if (_keys.Length > 0)
        {
            ArrayPool<uint>.Shared.Return(_keys);
            _keys = [];
        }
    }
}
