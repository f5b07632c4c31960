using Tidings.Recognition;

namespace Tidings.Names;

/// <summary>
/// Texts in capitals (as <see cref="MemoryExtensions.ToUpperInvariant(ReadOnlySpan{char}, Span{char})"/> writes them)
/// to a name type, the first one given: what a <c>Dictionary&lt;string, NameType&gt;</c> of upper-cased keys answers,
/// with every key's characters in one buffer (no string per key) and the table reused from document to document.
/// </summary>
/// <remarks>An open-addressing table (at most half full, linear probing) over entries that point into the buffer;
/// keys compare ordinally, as the dictionary's did.</remarks>
internal sealed class CapitalKeys
{
    /// <summary>Characters beyond which the buffer is dropped on <see cref="Clear"/> rather than kept (2 MB).</summary>
    private const int MaxKeptChars = 1 << 20;

    /// <summary>Entries beyond which the table is dropped on <see cref="Clear"/> rather than kept.</summary>
    private const int MaxKeptEntries = 1 << 15;

    private char[] _chars = new char[1024];
    private int _used;
    private int[] _slots = new int[64];
    private Entry[] _entries = new Entry[32];
    private int _count;

    /// <summary>How many keys the table holds.</summary>
    public int Count => _count;

    /// <summary>Adds <paramref name="text"/> in capitals with <paramref name="type"/>, unless that key is there already.</summary>
    public void TryAddUpper(ReadOnlySpan<char> text, NameType type)
    {
        Span<char> upper = Capitals(text);
        int hash = string.GetHashCode(upper);
        if (Find(upper, hash) >= 0)
        {
            return;
        }

        if (2 * (_count + 1) > _slots.Length)
        {
            Grow();
        }

        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[_count++] = new Entry(hash, _used, upper.Length, type);
        _used += upper.Length;
        Places.OpenSlots.Place(_slots, _count, hash);
    }

    /// <summary>The type kept for <paramref name="text"/> in capitals.</summary>
    public bool TryGetUpper(ReadOnlySpan<char> text, out NameType type) => TryGet(Capitals(text), out type);

    /// <summary>The type kept for the key <paramref name="key"/> as it is written (no change of case).</summary>
    public bool TryGet(ReadOnlySpan<char> key, out NameType type)
    {
        int entry = Find(key, string.GetHashCode(key));
        type = entry >= 0 ? _entries[entry].Type : default;
        return entry >= 0;
    }

    /// <summary>Forgets every key (a large table is dropped).</summary>
    public void Clear()
    {
        if (_chars.Length > MaxKeptChars || _count > MaxKeptEntries)
        {
            _chars = new char[1024];
            _slots = new int[64];
            _entries = new Entry[32];
        }
        else if (_count > 0)
        {
            _slots.AsSpan().Clear();
        }

        _count = 0;
        _used = 0;
    }

    /// <summary><paramref name="text"/> in capitals, written after the keys (where the next key goes).</summary>
    private Span<char> Capitals(ReadOnlySpan<char> text)
    {
        if (_used + text.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + text.Length));
        }

        Span<char> upper = _chars.AsSpan(_used, text.Length);
        text.ToUpperInvariant(upper);
        return upper;
    }

    /// <summary>The index of the entry whose key is <paramref name="key"/>, or -1.</summary>
    private int Find(ReadOnlySpan<char> key, int hash)
    {
        int mask = _slots.Length - 1;
        for (int slot = hash & mask; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            int k = _slots[slot] - 1;
            ref Entry entry = ref _entries[k];
            if (entry.Hash == hash && entry.Length == key.Length && key.SequenceEqual(_chars.AsSpan(entry.Start, entry.Length)))
            {
                return k;
            }
        }

        return -1;
    }

    private void Grow() => _slots = Places.OpenSlots.Rehash<Entry>(_slots.Length * 2, _entries.AsSpan(0, _count));

    private readonly record struct Entry(int Hash, int Start, int Length, NameType Type) : Places.IHashedEntry;
}
