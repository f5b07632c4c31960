using System.Runtime.CompilerServices;
using System.Text;

namespace Tidings.Text;

/// <summary>
/// A word table for the per-token look-ups of the scans, and for every word list read at start-up: the words in an
/// open-addressing array, keyed by their ASCII letters (folded to lower case when the table ignores case). A look-up
/// hashes the word's characters once (folding A–Z as it goes) and compares at most a few stored keys; no allocation.
/// It answers exactly as a dictionary compared with <see cref="StringComparer.OrdinalIgnoreCase"/> (or
/// <see cref="StringComparer.Ordinal"/>) would: a word with a character outside ASCII is looked up in a second array
/// of every key, hashed and compared as that comparer does. A key with such a character ("o’clock") is only there,
/// since no ASCII word can equal it — unless every character of it upper-cases to ASCII ("ı" to "I"), when every word
/// goes to the second array.
/// </summary>
/// <remarks>
/// Not a <c>FrozenDictionary</c>: the framework instantiates the frozen collections' internal types over the value
/// type inside its own generic code, which a ReadyToRun image cannot precompile, so each table cost the first
/// document some twenty methods compiled at run time and the frozen builder's analysis of the keys (docs/notes/speed.md,
/// session 23). This type is the library's own, so its instantiations are precompiled with the library.
/// </remarks>
internal sealed class AsciiWordTable<T>
{
    private readonly string?[] _keys; // ASCII keys, A–Z folded to a–z when ignoring case; null for an empty slot
    private readonly T[] _values;
    private readonly int _mask;
    private readonly bool _asciiOnly;
    private readonly bool _ignoreCase;

    // Every key, hashed and compared as the comparer does: for words outside ASCII and for enumeration (insertion order).
    private readonly string[] _allKeys;
    private readonly T[] _allValues;
    private readonly int[] _allSlots; // 1 + index into _allKeys; 0 for an empty slot
    private readonly int _allMask;

    // The shape filter (null: none): one bit per (length, first letter, last letter) of the keys, folded, mixed into
    // _filterShift's bits; a word whose bit is clear is no key, found without hashing its characters or reading a slot.
    private readonly ulong[]? _filter;
    private readonly int _filterShift;

    /// <summary>Builds the table of <paramref name="words"/>: a later key equal to an earlier one (under the comparer)
    /// replaces its value, as a dictionary's indexer does.</summary>
    /// <param name="words">The keys and values.</param>
    /// <param name="ignoreCase">Compare as <see cref="StringComparer.OrdinalIgnoreCase"/> (else as <see cref="StringComparer.Ordinal"/>).</param>
    public AsciiWordTable(IEnumerable<KeyValuePair<string, T>> words, bool ignoreCase = true)
        : this(Distinct(words, ignoreCase), ignoreCase)
    {
    }

    /// <summary>Builds the table of a dictionary's words (enumerated as a dictionary, not through an interface, so the
    /// enumeration is precompiled with the library).</summary>
    /// <param name="words">The keys and values; its comparer should be the one <paramref name="ignoreCase"/> names.</param>
    /// <param name="ignoreCase">Compare as <see cref="StringComparer.OrdinalIgnoreCase"/> (else as <see cref="StringComparer.Ordinal"/>).</param>
    public AsciiWordTable(Dictionary<string, T> words, bool ignoreCase = true)
        : this(Distinct(words, ignoreCase), ignoreCase)
    {
    }

    /// <summary>Builds the table of a list of words and values (a later key equal to an earlier one replaces its value).</summary>
    /// <param name="words">The keys and values.</param>
    /// <param name="ignoreCase">Compare as <see cref="StringComparer.OrdinalIgnoreCase"/> (else as <see cref="StringComparer.Ordinal"/>).</param>
    public AsciiWordTable(List<KeyValuePair<string, T>> words, bool ignoreCase = true)
        : this(Distinct(words, ignoreCase), ignoreCase)
    {
    }

    /// <summary>Builds the set of <paramref name="words"/> (a table whose values are all <paramref name="value"/>).</summary>
    internal AsciiWordTable(IEnumerable<string> words, T value, bool ignoreCase)
        : this(Distinct(words, value, ignoreCase), ignoreCase)
    {
    }

    private AsciiWordTable((List<string> Keys, List<T> Values, int[] Slots) all, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        (List<string> keys, List<T> values, int[] slots) = all;
        int allSize = slots.Length;
        _allKeys = [.. keys];
        _allValues = [.. values];
        _allSlots = slots;
        _allMask = allSize - 1;

        // Keys outside ASCII are left to the second array; ignoring case, an ASCII word can equal one only if each of
        // its characters upper-cases to ASCII (the dotless "ı", the long "ſ"), and then the first array is not used.
        _asciiOnly = !ignoreCase || !Array.Exists(_allKeys, UpperCasesToAscii);
        int size = 16;
        while (size < _allKeys.Length * 4)
        {
            size <<= 1;
        }

        _keys = new string?[size];
        _values = new T[size];
        _mask = size - 1;
        if (!_asciiOnly)
        {
            return;
        }

        (_filter, _filterShift) = BuildFilter(_allKeys);

        for (int i = 0; i < _allKeys.Length; i++)
        {
            if (!Ascii.IsValid(_allKeys[i]))
            {
                continue;
            }

            string key = ignoreCase ? Fold(_allKeys[i]) : _allKeys[i];
            int slot = (int)(Hash(key) & (uint)_mask);
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = _allValues[i];
        }
    }

    /// <summary>How many keys the table holds.</summary>
    public int Count => _allKeys.Length;

    /// <summary>The keys, in the order they were first given.</summary>
    public IReadOnlyList<string> Keys => _allKeys;

    /// <summary>The value of the key at <paramref name="index"/> of <see cref="Keys"/>.</summary>
    public T ValueAt(int index) => _allValues[index];

    /// <summary>Looks <paramref name="word"/> up, ignoring case as <see cref="StringComparer.OrdinalIgnoreCase"/> does
    /// (or comparing as <see cref="StringComparer.Ordinal"/> does, for a table built not to ignore case).</summary>
    /// <remarks>The filter is inlined at the call sites (session 34: the date reader and the quantities ask these tables at most
    /// words, and most words miss, which the filter tells in a few instructions where the call cost more); a word it lets
    /// through calls <see cref="Find"/>.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> word, out T value)
    {
        if (_asciiOnly && _filter is ulong[] filter && word.Length > 0)
        {
            char first = word[0], last = word[^1];
            if ((first | last) < 0x80)
            {
                int bit = FilterBit(word.Length, first, last, _filterShift);
                if ((filter[bit >> 6] & (1UL << bit)) == 0)
                {
                    value = default!;
                    return false;
                }
            }
        }

        return Find(word, out value);
    }

    /// <summary><see cref="TryGetValue"/> past its filter: the hash and the probe.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool Find(ReadOnlySpan<char> word, out T value)
    {
        if (!_asciiOnly)
        {
            return TryGetFull(word, out value);
        }

        uint h = 2166136261;
        if (_ignoreCase)
        {
            foreach (char c in word)
            {
                if (c >= 0x80)
                {
                    return TryGetFull(word, out value);
                }

                h = (h ^ Fold(c)) * 16777619;
            }
        }
        else
        {
            foreach (char c in word)
            {
                if (c >= 0x80)
                {
                    return TryGetFull(word, out value);
                }

                h = (h ^ c) * 16777619;
            }
        }

        string?[] keys = _keys;
        for (int slot = (int)(h & (uint)_mask); ; slot = (slot + 1) & _mask)
        {
            string? key = keys[slot];
            if (key is null)
            {
                value = default!;
                return false;
            }

            if (key.Length == word.Length && (_ignoreCase ? Same(key, word) : word.SequenceEqual(key)))
            {
                value = _values[slot];
                return true;
            }
        }
    }

    /// <summary>Whether <paramref name="word"/> is a key of the table (for tables built from a set).</summary>
    public bool Contains(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    /// <summary>The value of <paramref name="word"/>; <see cref="KeyNotFoundException"/> when it is no key (for tables
    /// read at start-up with keys known to be there).</summary>
    public T this[string word] => TryGetValue(word, out T value) ? value : throw new KeyNotFoundException(word);

    private static (List<string>, List<T>, int[]) Distinct(IEnumerable<KeyValuePair<string, T>> words, bool ignoreCase)
    {
        var all = (new List<string>(), new List<T>(), new int[16]);
        foreach (KeyValuePair<string, T> pair in words)
        {
            Put(ref all, pair.Key, pair.Value, ignoreCase);
        }

        return all;
    }

    private static (List<string>, List<T>, int[]) Distinct(Dictionary<string, T> words, bool ignoreCase)
    {
        var all = (new List<string>(words.Count), new List<T>(words.Count), new int[16]);
        foreach (KeyValuePair<string, T> pair in words)
        {
            Put(ref all, pair.Key, pair.Value, ignoreCase);
        }

        return all;
    }

    private static (List<string>, List<T>, int[]) Distinct(List<KeyValuePair<string, T>> words, bool ignoreCase)
    {
        var all = (new List<string>(words.Count), new List<T>(words.Count), new int[16]);
        foreach (KeyValuePair<string, T> pair in words)
        {
            Put(ref all, pair.Key, pair.Value, ignoreCase);
        }

        return all;
    }

    private static (List<string>, List<T>, int[]) Distinct(IEnumerable<string> words, T value, bool ignoreCase)
    {
        var all = (new List<string>(), new List<T>(), new int[16]);
        foreach (string word in words)
        {
            Put(ref all, word, value, ignoreCase);
        }

        return all;
    }

    /// <summary>Adds a key to the growing second array (a later equal key replaces the value).</summary>
    private static void Put(ref (List<string> Keys, List<T> Values, int[] Slots) all, string key, T value, bool ignoreCase)
    {
        (List<string> keys, List<T> values, int[] slots) = all;
        if (keys.Count * 2 >= slots.Length)
        {
            slots = new int[slots.Length * 2];
            for (int i = 0; i < keys.Count; i++)
            {
                int free = (int)(FullHash(keys[i], ignoreCase) & (uint)(slots.Length - 1));
                while (slots[free] != 0)
                {
                    free = (free + 1) & (slots.Length - 1);
                }

                slots[free] = i + 1;
            }

            all.Slots = slots;
        }

        int slot = (int)(FullHash(key, ignoreCase) & (uint)(slots.Length - 1));
        for (; slots[slot] != 0; slot = (slot + 1) & (slots.Length - 1))
        {
            if (Equal(keys[slots[slot] - 1], key, ignoreCase))
            {
                values[slots[slot] - 1] = value;
                return;
            }
        }

        slots[slot] = keys.Count + 1;
        keys.Add(key);
        values.Add(value);
    }

    private bool TryGetFull(ReadOnlySpan<char> word, out T value)
    {
        for (int slot = (int)(FullHash(word, _ignoreCase) & (uint)_allMask); ; slot = (slot + 1) & _allMask)
        {
            int index = _allSlots[slot] - 1;
            if (index < 0)
            {
                value = default!;
                return false;
            }

            if (Equal(_allKeys[index], word, _ignoreCase))
            {
                value = _allValues[index];
                return true;
            }
        }
    }

    /// <summary>The shape filter of <paramref name="keys"/> and its shift, or null when it would turn too few words away
    /// (more than 2,048 keys) or could not answer exactly: a key whose first or last character is outside ASCII but
    /// upper-cases into it (an ASCII word's character could equal it ignoring case). A key whose first or last character
    /// is outside ASCII and stays there sets no bit: only a word with such a character can equal it, and such a word is
    /// not filtered.</summary>
    private static (ulong[]?, int) BuildFilter(string[] keys)
    {
        if (keys.Length > 2048)
        {
            return (null, 0);
        }

        int bits = 256;
        while (bits < keys.Length * 8)
        {
            bits <<= 1;
        }

        int shift = 32 - System.Numerics.BitOperations.Log2((uint)bits);
        ulong[] filter = new ulong[bits / 64];
        foreach (string key in keys)
        {
            if (key.Length == 0)
            {
                continue;
            }

            char first = key[0], last = key[^1];
            if ((first | last) >= 0x80)
            {
                if ((first >= 0x80 && char.ToUpperInvariant(first) < 0x80) || (last >= 0x80 && char.ToUpperInvariant(last) < 0x80))
                {
                    return (null, 0);
                }

                continue;
            }

            int bit = FilterBit(key.Length, first, last, shift);
            filter[bit >> 6] |= 1UL << bit;
        }

        return (filter, shift);
    }

    /// <summary>A word's place in the shape filter: its length and its first and last characters (A–Z folded) mixed
    /// into the top bits.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int FilterBit(int length, char first, char last, int shift) =>
        (int)((((uint)length * 0x9E3779B1u) ^ (Fold(first) * 0x85EBCA77u) ^ (Fold(last) * 0xC2B2AE3Du)) >> shift);

    /// <summary>Whether a key outside ASCII upper-cases to ASCII only (so that an ASCII word may equal it ignoring case).</summary>
    private static bool UpperCasesToAscii(string key)
    {
        if (Ascii.IsValid(key))
        {
            return false;
        }

        foreach (char c in key)
        {
            if (char.ToUpperInvariant(c) >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    private static uint FullHash(ReadOnlySpan<char> word, bool ignoreCase) =>
        (uint)(ignoreCase ? string.GetHashCode(word, StringComparison.OrdinalIgnoreCase) : string.GetHashCode(word));

    private static bool Equal(string key, ReadOnlySpan<char> word, bool ignoreCase) =>
        word.Equals(key, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static bool Same(string key, ReadOnlySpan<char> word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (key[i] != Fold(word[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static uint Fold(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (uint)(c | 0x20) : c;

    private static string Fold(string key) => string.Create(key.Length, key, static (span, k) =>
    {
        for (int i = 0; i < span.Length; i++)
        {
            span[i] = (char)Fold(k[i]);
        }
    });

    private static uint Hash(string key)
    {
        uint h = 2166136261;
        foreach (char c in key)
        {
            h = (h ^ c) * 16777619;
        }

        return h;
    }
}

/// <summary>Builds <see cref="AsciiWordTable{T}"/>s.</summary>
internal static class AsciiWordTable
{
    /// <summary>The table of <paramref name="words"/>, compared with <see cref="StringComparer.OrdinalIgnoreCase"/>
    /// (or <see cref="StringComparer.Ordinal"/> when <paramref name="ignoreCase"/> is false).</summary>
    public static AsciiWordTable<T> ToAsciiWordTable<T>(this IEnumerable<KeyValuePair<string, T>> words, bool ignoreCase = true) => new(words, ignoreCase);

    /// <summary>The table of a dictionary's words (see <see cref="AsciiWordTable{T}(Dictionary{string, T}, bool)"/>).</summary>
    public static AsciiWordTable<T> ToAsciiWordTable<T>(this Dictionary<string, T> words, bool ignoreCase = true) => new(words, ignoreCase);

    /// <summary>The table of a list of words and values.</summary>
    public static AsciiWordTable<T> ToAsciiWordTable<T>(this List<KeyValuePair<string, T>> words, bool ignoreCase = true) => new(words, ignoreCase);

    /// <summary>A set of words (case-insensitive) as a table.</summary>
    public static AsciiWordTable<bool> Of(params IEnumerable<string> words) => OfWords(words, ignoreCase: true);

    /// <summary>A set of words as a table, compared with <see cref="StringComparer.OrdinalIgnoreCase"/> or
    /// <see cref="StringComparer.Ordinal"/>.</summary>
    public static AsciiWordTable<bool> OfWords(IEnumerable<string> words, bool ignoreCase) =>
        new(words, true, ignoreCase);
}
