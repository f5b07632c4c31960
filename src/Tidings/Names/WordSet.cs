using System.Runtime.CompilerServices;

namespace Tidings.Names;

/// <summary>
/// A set of words compared exactly (<see cref="StringComparer.Ordinal"/>), for the linker's many small word lists that
/// its passes ask about again and again for each name and each word beside it. Most words asked about are not in the
/// list, and the lists are cold in the cache (dozens of them, each asked now and then), so a look-up should touch as
/// little memory as it can: a 256-bit filter of the words' length, first and last characters, held in the object itself,
/// turns most words away without hashing; the others hash once and probe an open-addressing array of hashes, and only a
/// matching hash reads the stored word. It answers exactly as a frozen set of the same words with
/// <see cref="StringComparer.Ordinal"/> did.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
internal sealed class WordSet
{
    private readonly uint[] _hashes; // 0 for an empty slot (a word's hash is never 0)
    private readonly string[] _keys;
    private readonly int _mask;

    /// <summary>The filter: bit <see cref="FilterBit"/> of each word set.</summary>
    private readonly ulong _filter0, _filter1, _filter2, _filter3;

    /// <summary>For a set of more than <see cref="MaxInlineWords"/> words (whose 256 bits would be mostly set), a wider
    /// filter of the same mix instead: eight bits or more a word, its top bits chosen by <see cref="_wideShift"/>.</summary>
    private readonly ulong[]? _wide;
    private readonly int _wideShift;

    /// <summary>The most words the 256-bit filter in the object serves.</summary>
    private const int MaxInlineWords = 32;

    /// <summary>The set of <paramref name="words"/> (distinct, compared exactly).</summary>
    public WordSet(IEnumerable<string> words)
    {
        string[] distinct = [.. words.Distinct(StringComparer.Ordinal)];
        int size = 8;
        while (size < distinct.Length * 2)
        {
            size <<= 1;
        }

        _hashes = new uint[size];
        _keys = new string[size];
        _mask = size - 1;
        Span<ulong> filter = stackalloc ulong[4];
        foreach (string word in distinct)
        {
            int bit = FilterBit(word);
            filter[bit >> 6] |= 1UL << (bit & 63);
            uint hash = Hash(word);
            int slot = (int)(hash & (uint)_mask);
            while (_hashes[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _hashes[slot] = hash;
            _keys[slot] = word;
        }

        (_filter0, _filter1, _filter2, _filter3) = (filter[0], filter[1], filter[2], filter[3]);
        if (distinct.Length > MaxInlineWords)
        {
            int bits = 256;
            while (bits < distinct.Length * 8)
            {
                bits <<= 1;
            }

            _wideShift = 32 - System.Numerics.BitOperations.Log2((uint)bits);
            _wide = new ulong[bits / 64];
            foreach (string word in distinct)
            {
                int bit = (int)(Mix(word) >> _wideShift);
                _wide[bit >> 6] |= 1UL << bit;
            }
        }
    }

    /// <summary>Whether <paramref name="word"/> is in the set (compared exactly).</summary>
    /// <remarks>The filter is inlined at the call sites (the linker asks 2.4 million of these on 2 MB of news, and the filter
    /// turns most away in a few instructions, which the call cost three times over); only a word that passes it calls
    /// <see cref="Probe"/>.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (_wide is ulong[] wide)
        {
            int wideBit = (int)(Mix(word) >> _wideShift);
            return (wide[wideBit >> 6] & (1UL << wideBit)) != 0 && Probe(word);
        }

        int bit = FilterBit(word);
        ulong filter = (bit >> 6) switch { 0 => _filter0, 1 => _filter1, 2 => _filter2, _ => _filter3 };
        return (filter & (1UL << (bit & 63))) != 0 && Probe(word);
    }

    /// <summary>The probe of <see cref="Contains"/> for a word its filter let through.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool Probe(ReadOnlySpan<char> word)
    {
        uint hash = Hash(word);
        uint[] hashes = _hashes;
        for (int slot = (int)(hash & (uint)_mask); ; slot = (slot + 1) & _mask)
        {
            uint h = hashes[slot];
            if (h == 0)
            {
                return false;
            }

            if (h == hash && word.SequenceEqual(_keys[slot]))
            {
                return true;
            }
        }
    }

    /// <summary>Where a word falls in the filter: its length, first and last characters mixed into 0–255.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FilterBit(ReadOnlySpan<char> word) => (int)(Mix(word) >> 24);

    /// <summary>A word's length, first and last characters mixed (0 for the empty word); the filters take its top bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(ReadOnlySpan<char> word) =>
        word.IsEmpty ? 0 : ((uint)word.Length * 0x9E3779B1u) ^ (word[0] * 0x85EBCA77u) ^ (word[^1] * 0xC2B2AE3Du);

    private static uint Hash(ReadOnlySpan<char> word)
    {
        uint h = 2166136261;
        foreach (char c in word)
        {
            h = (h ^ c) * 16777619;
        }

        return h == 0 ? 1 : h;
    }
}
