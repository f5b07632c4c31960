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
            (int first, int second) = FirstWordBitsOf(NameKey.WordHash(space < 0 ? key : key.AsSpan(0, space)));
            _firstWords[first >> 6] |= 1UL << first;
            _firstWords[second >> 6] |= 1UL << second;
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
    /// False when no demonym starts with the first word of <paramref name="name"/>: a cheap test (no folding, no
    /// look-up) before <see cref="Lookup"/>; true when it cannot tell (see <see cref="NameKey.TryHashFirstWord"/>).
    /// </summary>
    internal bool MayStart(ReadOnlySpan<char> name)
    {
        if (!NameKey.TryHashFirstWord(name, out uint hash))
        {
            return true;
        }

        (int first, int second) = FirstWordBitsOf(hash);
        return (_firstWords[first >> 6] & (1UL << first)) != 0 && (_firstWords[second >> 6] & (1UL << second)) != 0;
    }

    /// <summary>The two bits of <see cref="_firstWords"/> that stand for a first word with this hash.</summary>
    private static (int First, int Second) FirstWordBitsOf(uint hash) =>
        ((int)((hash * 0x9E3779B1) >> 18), (int)((hash * 0x85EBCA77) >> 18));

    /// <summary>The indices of the places <paramref name="word"/> refers to, most likely first.</summary>
    internal int[] Lookup(ReadOnlySpan<char> word, out bool isPlural)
    {
        isPlural = false;
        Span<char> key = stackalloc char[NameKey.BufferLength];
        int length = NameKey.Fold(word, key, keepAcronym: false);
        if (length == 0 || !_lookup.TryGetValue(key[..length], out (int[] Places, bool IsPlural) found))
        {
            return NoIndices;
        }

        isPlural = found.IsPlural;
        return found.Places;
    }
}
