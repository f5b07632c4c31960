using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Tidings.Places;

/// <summary>
/// The demonyms and adjectives of a <see cref="Gazetteer"/>'s places: "Armenian", "Azerbaijanis", "Californian",
/// "Moldovan", "Muscovite" each lead to the place they name.
/// </summary>
/// <remarks>
/// <para>Plurals are formed from the singular ("Armenians", "Azerbaijanis"; not "Swiss", "French", "Chinese").
/// Matching folds case and diacritics like place names do; <see cref="DemonymScanner"/> finds them in a document
/// and only takes capitalised words.</para>
/// <threadsafety>Immutable; one instance may serve many threads at once.</threadsafety>
/// </remarks>
public sealed class Demonyms
{
    private static readonly int[] NoIndices = [];

    /// <summary>The size of <see cref="_firstWords"/> in bits (a power of 2).</summary>
    private const int FirstWordBits = 1 << 14;

    private readonly Gazetteer _gazetteer;
    /// <summary>Key → its places and whether it is a plural noun: one look-up for both.</summary>
    private readonly Dictionary<string, (int[] Places, bool IsPlural)>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Two bits per first word of a key, chosen by its hash: a word whose bits are not both set starts no demonym.</summary>
    private readonly ulong[] _firstWords = new ulong[FirstWordBits / 64];

    /// <summary>The same for the keys of two words or more ("South Korean"): most first words start none.</summary>
    private readonly ulong[] _longFirstWords = new ulong[FirstWordBits / 64];

    /// <summary>One bit per three letters (a–z) a key's first word starts with: a word starting with three ASCII
    /// letters whose bit is clear starts no demonym, and need not be hashed (see <see cref="MayStartWith"/>).</summary>
    private readonly ulong[] _starts = new ulong[((26 * 26 * 26) + 63) / 64];

    // Not AggressiveOptimization: it keeps a method out of the ReadyToRun images (docs/notes/speed.md, session 21).
    internal Demonyms(Gazetteer gazetteer, Dictionary<string, int[]> index, HashSet<string> plurals)
    {
        _gazetteer = gazetteer;
        var entries = new Dictionary<string, (int[] Places, bool IsPlural)>(index.Count, StringComparer.Ordinal);
        foreach ((string key, int[] places) in index)
        {
            entries[key] = (places, plurals.Contains(key));
        }

        _lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = index.Count;
        foreach (string key in index.Keys)
        {
            int space = key.IndexOf(' ', StringComparison.Ordinal);
            ReadOnlySpan<char> firstWord = space < 0 ? key : key.AsSpan(0, space);
            uint hash = NameKey.WordHash(firstWord);
            Set(_firstWords, hash);
            if (StartOf(firstWord) is int start)
            {
                _starts[start >> 6] |= 1UL << start;
            }

            if (space >= 0)
            {
                Set(_longFirstWords, hash);
            }
        }

        // First words that folding drops or spells out ("the", "Ste"): MayStart cannot tell for them.
        foreach (string word in NameKey.ChangedFirstWords)
        {
            if (StartOf(word) is int start)
            {
                _starts[start >> 6] |= 1UL << start;
            }
        }
    }

    /// <summary>How many demonym forms (singular and plural) are known.</summary>
    public int Count { get; }

    /// <summary>Whether <paramref name="word"/> is a known demonym or adjective of a place.</summary>
    public bool Contains(ReadOnlySpan<char> word) => Lookup(word, out _).Length > 0;

    /// <summary>The places <paramref name="word"/> may refer to ("Congolese": both Congos), most likely first.</summary>
    public ImmutableArray<GazetteerEntry> Find(ReadOnlySpan<char> word)
    {
        int[] found = Lookup(word, out _);
        var places = ImmutableArray.CreateBuilder<GazetteerEntry>(found.Length);
        foreach (int i in found)
        {
            places.Add(_gazetteer[i]);
        }

        return places.MoveToImmutable();
    }

    /// <summary>The most likely place <paramref name="word"/> refers to, and whether the word is a plural noun ("Armenians").</summary>
    public bool TryGetPlace(ReadOnlySpan<char> word, [NotNullWhen(true)] out GazetteerEntry? place, out bool isPlural)
    {
        int[] found = Lookup(word, out isPlural);
        place = found.Length > 0 ? _gazetteer[found[0]] : null;
        return place is not null;
    }

    /// <summary>
    /// False when <paramref name="word"/> starts with three ASCII letters that start no demonym's first word: a
    /// cheaper test than <see cref="MayStart(ReadOnlySpan{char})"/>, and never false where that one or
    /// <see cref="MayStartLonger"/> is true. True when it cannot tell (another start).
    /// </summary>
    internal bool MayStartWith(ReadOnlySpan<char> word) =>
        StartOf(word) is not int start || (_starts[start >> 6] & (1UL << start)) != 0;

    /// <summary>The three letters <paramref name="word"/> starts with as a number below 26³ (case folded); null unless they are ASCII letters.</summary>
    private static int? StartOf(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return null;
        }

        // "| 0x20" folds exactly the ASCII capitals onto the small letters: anything else lands outside a–z.
        uint a = (uint)((word[0] | 0x20) - 'a');
        uint b = (uint)((word[1] | 0x20) - 'a');
        uint c = (uint)((word[2] | 0x20) - 'a');
        return a < 26 && b < 26 && c < 26 ? (int)((((a * 26) + b) * 26) + c) : null;
    }

    /// <summary>
    /// False when no demonym starts with the first word of <paramref name="name"/>: a cheap test (no folding, no
    /// look-up) before <see cref="Lookup"/>; true when it cannot tell (see <see cref="NameKey.TryHashFirstWord"/>).
    /// </summary>
    internal bool MayStart(ReadOnlySpan<char> name) => MayStart(name, _firstWords);

    /// <summary>
    /// False when no demonym of two words or more ("South Korean") starts with the first word of
    /// <paramref name="name"/>; true when one may (or it cannot tell), as <see cref="MayStart(ReadOnlySpan{char})"/>.
    /// </summary>
    internal bool MayStartLonger(ReadOnlySpan<char> name) => MayStart(name, _longFirstWords);

    private static bool MayStart(ReadOnlySpan<char> name, ulong[] bits)
    {
        if (!NameKey.TryHashFirstWord(name, out uint hash))
        {
            return true;
        }

        (int first, int second) = FirstWordBitsOf(hash);
        return (bits[first >> 6] & (1UL << first)) != 0 && (bits[second >> 6] & (1UL << second)) != 0;
    }

    private static void Set(ulong[] bits, uint hash)
    {
        (int first, int second) = FirstWordBitsOf(hash);
        bits[first >> 6] |= 1UL << first;
        bits[second >> 6] |= 1UL << second;
    }

    /// <summary>The two bits of <see cref="_firstWords"/> that stand for a first word with this hash.</summary>
    private static (int First, int Second) FirstWordBitsOf(uint hash) =>
        ((int)((hash * 0x9E3779B1) >> 18), (int)((hash * 0x85EBCA77) >> 18));

    /// <summary>The indices of the places <paramref name="word"/> refers to, most likely first.</summary>
    internal int[] Lookup(ReadOnlySpan<char> word, out bool isPlural)
    {
        isPlural = false;
        Span<char> key = stackalloc char[NameKey.BufferFor(word.Length)];
        int length = NameKey.Fold(word, key, keepAcronym: false);
        if (length == 0 || !_lookup.TryGetValue(key[..length], out (int[] Places, bool IsPlural) found))
        {
            return NoIndices;
        }

        isPlural = found.IsPlural;
        return found.Places;
    }
}
