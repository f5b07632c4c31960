using System.Collections.Frozen;
using System.Text;

namespace Tidings.Text;

/// <summary>
/// A word table for the per-token look-ups of the scans: the words of a frozen case-insensitive dictionary in an
/// open-addressing array, keyed by their ASCII letters folded to lower case. A look-up hashes the word's characters
/// once (folding A–Z as it goes) and compares at most a few stored keys; no allocation. It answers exactly as the
/// dictionary (<see cref="StringComparer.OrdinalIgnoreCase"/>) does: a word with a character outside ASCII is looked up
/// in the dictionary itself. A key with such a character ("o’clock") stays in the dictionary only, since no ASCII word
/// can equal it — unless every character of it upper-cases to ASCII ("ı" to "I"), when every word goes to the dictionary.
/// </summary>
internal sealed class AsciiWordTable<T>
{
    private readonly string?[] _keys; // ASCII keys, A–Z folded to a–z; null for an empty slot
    private readonly T[] _values;
    private readonly int _mask;
    private readonly bool _asciiOnly;
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _dictionary;

    /// <summary>Builds the table of <paramref name="words"/> (a dictionary compared with <see cref="StringComparer.OrdinalIgnoreCase"/>).</summary>
    public AsciiWordTable(FrozenDictionary<string, T> words)
    {
        if (!ReferenceEquals(words.Comparer, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException("The table answers as StringComparer.OrdinalIgnoreCase: build the dictionary with it.", nameof(words));
        }

        _dictionary = words.GetAlternateLookup<ReadOnlySpan<char>>();
        // Keys outside ASCII are left to the dictionary; an ASCII word can equal one only if each of its characters
        // upper-cases to ASCII (the dotless "ı", the long "ſ"), and then the array is not used at all.
        _asciiOnly = !words.Keys.Any(k => !Ascii.IsValid(k) && k.All(c => char.ToUpperInvariant(c) < 0x80));
        int size = 16;
        while (size < words.Count * 4)
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

        foreach (KeyValuePair<string, T> pair in words)
        {
            if (!Ascii.IsValid(pair.Key))
            {
                continue;
            }

            string key = Fold(pair.Key);
            int slot = (int)(Hash(key) & (uint)_mask);
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = pair.Value;
        }
    }

    /// <summary>Looks <paramref name="word"/> up, ignoring case as <see cref="StringComparer.OrdinalIgnoreCase"/> does.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out T value)
    {
        if (!_asciiOnly)
        {
            return _dictionary.TryGetValue(word, out value!);
        }

        uint h = 2166136261;
        foreach (char c in word)
        {
            if (c >= 0x80)
            {
                return _dictionary.TryGetValue(word, out value!);
            }

            h = (h ^ Fold(c)) * 16777619;
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

            if (key.Length == word.Length && Same(key, word))
            {
                value = _values[slot];
                return true;
            }
        }
    }

    /// <summary>Whether <paramref name="word"/> is a key of the table (for tables built from a set).</summary>
    public bool Contains(ReadOnlySpan<char> word) => TryGetValue(word, out _);

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
    /// <summary>The table of <paramref name="words"/> (a dictionary compared with <see cref="StringComparer.OrdinalIgnoreCase"/>).</summary>
    public static AsciiWordTable<T> ToAsciiWordTable<T>(this FrozenDictionary<string, T> words) => new(words);

    /// <summary>A set of words (case-insensitive) as a table.</summary>
    public static AsciiWordTable<bool> Of(params IEnumerable<string> words) =>
        new(words.Distinct(StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(w => w, _ => true, StringComparer.OrdinalIgnoreCase));
}
