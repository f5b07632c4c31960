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

    private readonly Gazetteer _gazetteer;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _plurals;

    internal Demonyms(Gazetteer gazetteer, Dictionary<string, int[]> index, HashSet<string> plurals)
    {
        _gazetteer = gazetteer;
        _lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
        _plurals = plurals.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = index.Count;
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

    /// <summary>The indices of the places <paramref name="word"/> refers to, most likely first.</summary>
    internal int[] Lookup(ReadOnlySpan<char> word, out bool isPlural)
    {
        isPlural = false;
        Span<char> key = stackalloc char[NameKey.BufferLength];
        int length = NameKey.Fold(word, key, keepAcronym: false);
        if (length == 0 || !_lookup.TryGetValue(key[..length], out int[]? found))
        {
            return NoIndices;
        }

        isPlural = _plurals.Contains(key[..length]);
        return found;
    }
}
