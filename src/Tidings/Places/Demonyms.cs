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

    /// <summary>Letters in the alphabet of <see cref="_starts"/>.</summary>
    private const int Letters = 26;

    /// <summary>The index of "the", which folding drops when a name starts with it.</summary>
    private const int TheStart = (((('t' - 'a') * Letters) + ('h' - 'a')) * Letters) + ('e' - 'a');

    private readonly Gazetteer _gazetteer;
    /// <summary>Key → its places and whether it is a plural noun: one look-up for both.</summary>
    private readonly Dictionary<string, (int[] Places, bool IsPlural)>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>One bit per three-letter start (a–z) of a key: which starts any demonym has.</summary>
    private readonly ulong[] _starts = new ulong[((Letters * Letters * Letters) + 63) / 64];

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
            if (StartIndex(key) is int start)
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
    /// False when no demonym can start as <paramref name="word"/> does, whatever follows it: a cheap test before
    /// <see cref="Lookup"/> on words that begin with three ASCII letters (true for any other word).
    /// </summary>
    /// <remarks>Such a word folds to a key beginning with the same three letters in lower case, unless it is the
    /// "the" that folding may drop or starts an abbreviation that folding spells out ("St", "Ste", "Mt", "Ft").</remarks>
    internal bool MayStart(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || StartIndex(word) is not int start)
        {
            return true;
        }

        int first = start / (Letters * Letters);
        int second = start / Letters % Letters;
        bool spelledOut = second == 't' - 'a' && first is 's' - 'a' or 'm' - 'a' or 'f' - 'a';
        return spelledOut || start == TheStart || (_starts[start >> 6] & (1UL << start)) != 0;
    }

    /// <summary>The index of the first three letters (a–z, either case) of <paramref name="text"/>; null when they are not such letters.</summary>
    private static int? StartIndex(ReadOnlySpan<char> text)
    {
        if (text.Length < 3)
        {
            return null;
        }

        int index = 0;
        foreach (char c in text[..3])
        {
            int letter = (c | 0x20) - 'a';
            if ((uint)letter >= Letters || !char.IsAsciiLetter(c))
            {
                return null;
            }

            index = (index * Letters) + letter;
        }

        return index;
    }

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
