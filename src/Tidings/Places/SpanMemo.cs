using System.Runtime.CompilerServices;

namespace Tidings.Places;

/// <summary>
/// What was found for each distinct text of one document ("Washington" looked up once however often it occurs):
/// a small open-addressing table from a span's characters (compared exactly) to a value. Reused from document to
/// document; <see cref="Clear"/> forgets one.
/// </summary>
/// <typeparam name="T">What is remembered of a text.</typeparam>
internal sealed class SpanMemo<T>
{
    /// <summary>Entries beyond which the table is dropped on <see cref="Clear"/> rather than kept.</summary>
    private readonly int _maxKeptEntries;

    private int[] _slots = new int[32];
    private Entry[] _entries = new Entry[16];
    private int _count;

    /// <summary>A memo that keeps its tables over <see cref="Clear"/> while they hold at most <paramref name="maxKeptEntries"/> entries.</summary>
    public SpanMemo(int maxKeptEntries = 4096) => _maxKeptEntries = maxKeptEntries;

    /// <summary>What was remembered for the text of [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) of <paramref name="text"/>.</summary>
    /// <param name="text">The document (every call until <see cref="Clear"/> must pass the same one).</param>
    /// <param name="start">Where the span starts.</param>
    /// <param name="length">How long it is.</param>
    /// <param name="value">The value remembered, when found.</param>
    /// <param name="hash">The hash of the span, for <see cref="Add"/> when not found.</param>
    public bool TryGet(string text, int start, int length, out T value, out int hash)
    {
        ReadOnlySpan<char> span = text.AsSpan(start, length);
        hash = string.GetHashCode(span);
        int mask = _slots.Length - 1;
        for (int slot = hash & mask; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            ref Entry entry = ref _entries[_slots[slot] - 1];
            if (entry.Hash == hash && entry.Length == length && span.SequenceEqual(text.AsSpan(entry.Start, length)))
            {
                value = entry.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>The value remembered for the span, added as <c>default</c> when new, to update in place (valid until the next add).</summary>
    public ref T ValueRef(string text, int start, int length)
    {
        ReadOnlySpan<char> span = text.AsSpan(start, length);
        int hash = string.GetHashCode(span);
        int mask = _slots.Length - 1;
        for (int slot = hash & mask; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            ref Entry entry = ref _entries[_slots[slot] - 1];
            if (entry.Hash == hash && entry.Length == length && span.SequenceEqual(text.AsSpan(entry.Start, length)))
            {
                return ref entry.Value;
            }
        }

        Add(start, length, hash, default!);
        return ref _entries[_count - 1].Value;
    }

    /// <summary>Remembers <paramref name="value"/> for a span that <see cref="TryGet"/> did not find.</summary>
    public void Add(int start, int length, int hash, T value)
    {
        if (2 * (_count + 1) > _slots.Length)
        {
            Grow();
        }

        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[_count++] = new Entry(hash, start, length, value);
        OpenSlots.Place(_slots, _count, hash);
    }

    /// <summary>Forgets the document.</summary>
    public void Clear()
    {
        if (_count > _maxKeptEntries)
        {
            _slots = new int[32];
            _entries = new Entry[16];
        }
        else if (_count > 0)
        {
            _slots.AsSpan().Clear();
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
            {
                _entries.AsSpan(0, _count).Clear();
            }
        }

        _count = 0;
    }

    private void Grow() => _slots = OpenSlots.Rehash<Entry>(_slots.Length * 2, _entries.AsSpan(0, _count));

    private struct Entry(int hash, int start, int length, T value) : IHashedEntry
    {
        public readonly int Hash = hash;
        public readonly int Start = start;
        public readonly int Length = length;
        public T Value = value;

        readonly int IHashedEntry.Hash => Hash;
    }
}
