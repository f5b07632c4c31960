using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Tidings.Places;

/// <summary>
/// A compact gazetteer: countries, first-level regions, cities, districts, continents and features, with their
/// English names, aliases and demonyms, indexed for lookup by any spelling variant.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> is derived from GeoNames (CC BY 4.0), from the world-countries table (ODbL 1.0:
/// country aliases, demonyms and centroids) and from a small hand-kept supplement; it is embedded in the package and
/// loaded once, lazily. <see cref="Load(Stream)"/> reads a gazetteer of your own and <see cref="Extend(Stream)"/>
/// adds places, names or demonyms to one.</para>
/// <para>The format is UTF-8 text (GZip-compressed or not), one place a line, <c>#</c> starting a comment, twelve
/// tab-separated fields of which the trailing empty ones may be left out:
/// <c>id, kind, countryCode, adminCode, latitude, longitude, population, name, aliases (|), demonyms (|), flags
/// (c = capital, p = prominent: a feature or region that is usually what its name means), neighbours (country codes, comma-separated)</c>. An all-digit id is a GeoNames id. A line whose id
/// is already known patches that place: its non-empty fields replace, its aliases and demonyms are added; such a
/// patch may leave the kind empty. Example: <c>x-brentwood-la	district	US	CA	34.0522	-118.4736	31000	Brentwood</c>.</para>
/// <para>Names are matched after folding case, diacritics, hyphens, periods, apostrophes and a leading "the"
/// ("Chișinău" = "Chisinau", "the Hague" = "The Hague"); short all-capital forms ("US", "U.S.", "UK") only match
/// in capitals.</para>
/// <threadsafety>Immutable; one instance may serve many threads at once.</threadsafety>
/// </remarks>
public sealed class Gazetteer
{
    private const string ResourcePrefix = "Tidings.Places.Data.";
    private const string GeoNamesResource = ResourcePrefix + "gazetteer.tsv.gz";
    private const string CountriesResource = ResourcePrefix + "countries.tsv.gz";

    private static readonly int[] NoIndices = [];

    private readonly ImmutableArray<GazetteerRow> _rows;
    private readonly double[] _priors;
    private readonly FrozenDictionary<string, int[]> _names;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;
    private readonly FrozenDictionary<int, int> _byGeonameId;
    private readonly FrozenDictionary<string, int> _countries;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _neighbours;

    private Gazetteer(ImmutableArray<GazetteerRow> rows)
    {
        _rows = rows;
        var entries = ImmutableArray.CreateBuilder<GazetteerEntry>(rows.Length);
        _priors = new double[rows.Length];
        var names = new Dictionary<string, List<int>>(rows.Length * 2, StringComparer.Ordinal);
        var byId = new Dictionary<int, int>(rows.Length);
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        var neighbours = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var plurals = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < rows.Length; i++)
        {
            GazetteerRow row = rows[i];
            var entry = new GazetteerEntry(
                row.GeonameId, row.Name!, row.Kind!.Value, row.CountryCode, row.AdminCode,
                row.Latitude, row.Longitude, row.Population, row.IsCapital);
            entries.Add(entry);
            _priors[i] = PriorOf(entry) + (row.IsProminent ? 3.0 : 0);
            if (entry.GeonameId is int id)
            {
                byId.TryAdd(id, i);
            }

            if (entry.Kind == PlaceKind.Country && entry.CountryCode is string code)
            {
                countries.TryAdd(code, i);
                if (!row.Neighbours.IsEmpty)
                {
                    neighbours[code] = row.Neighbours;
                }
            }

            AddName(names, entry.Name, i, keepAcronym: true);
            foreach (string alias in row.Aliases)
            {
                AddName(names, alias, i, keepAcronym: true);
            }

            foreach (string demonym in row.Demonyms)
            {
                AddName(demonyms, demonym, i, keepAcronym: false);
                if (PluralOf(demonym) is string plural && AddName(demonyms, plural, i, keepAcronym: false) is string pluralKey)
                {
                    plurals.Add(pluralKey);
                }
            }
        }

        Entries = entries.MoveToImmutable();
        _names = Freeze(names);
        _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        _byGeonameId = byId.ToFrozenDictionary();
        _countries = countries.ToFrozenDictionary(StringComparer.Ordinal);
        _neighbours = neighbours.ToFrozenDictionary(StringComparer.Ordinal);
        plurals.RemoveWhere(key => !IsOnlyPlural(key, rows, demonyms));
        Demonyms = new Demonyms(this, Freeze(demonyms), plurals.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// The gazetteer shipped in the package, loaded from its embedded resources on first use (GeoNames, CC BY 4.0;
    /// world-countries, ODbL 1.0; and the Tidings supplement).
    /// </summary>
    public static Gazetteer Default => DefaultHolder.Instance;

    /// <summary>Every place, in the order read.</summary>
    public ImmutableArray<GazetteerEntry> Entries { get; }

    /// <summary>How many places it holds.</summary>
    public int Count => Entries.Length;

    /// <summary>The demonyms and adjectives of its places ("Armenian", "Californian").</summary>
    public Demonyms Demonyms { get; }

    /// <summary>Reads a gazetteer from <paramref name="stream"/> (the format above; GZip-compressed or plain UTF-8), replacing the default one.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">A line is malformed, or patches a place that the stream does not define.</exception>
    public static Gazetteer Load(Stream stream) =>
        new([.. Merge([], GazetteerRow.ReadAll(stream))]);

    /// <summary>A new gazetteer holding these places and those of <paramref name="stream"/>; lines with a known id patch that place.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">A line is malformed, or patches a place that neither defines.</exception>
    public Gazetteer Extend(Stream stream) =>
        new([.. Merge(_rows, GazetteerRow.ReadAll(stream))]);

    /// <summary>Whether <paramref name="name"/> names a place (in any of its spellings).</summary>
    public bool Contains(ReadOnlySpan<char> name) => Lookup(name).Length > 0;

    /// <summary>The kind of the most likely place <paramref name="name"/> names, if it names one.</summary>
    public bool TryGetKind(ReadOnlySpan<char> name, out PlaceKind kind)
    {
        int[] found = Lookup(name);
        kind = found.Length > 0 ? Entries[found[0]].Kind : default;
        return found.Length > 0;
    }

    /// <summary>The places <paramref name="name"/> may name, most likely first (by kind and population, without context).</summary>
    public ImmutableArray<GazetteerEntry> Find(ReadOnlySpan<char> name)
    {
        int[] found = Lookup(name);
        var places = ImmutableArray.CreateBuilder<GazetteerEntry>(found.Length);
        foreach (int i in found)
        {
            places.Add(Entries[i]);
        }

        return places.MoveToImmutable();
    }

    /// <summary>The place with GeoNames id <paramref name="geonameId"/>.</summary>
    public bool TryGetByGeonameId(int geonameId, [NotNullWhen(true)] out GazetteerEntry? entry)
    {
        bool found = _byGeonameId.TryGetValue(geonameId, out int index);
        entry = found ? Entries[index] : null;
        return found;
    }

    /// <summary>The country with ISO 3166-1 alpha-2 code <paramref name="countryCode"/>.</summary>
    public bool TryGetCountry(string countryCode, [NotNullWhen(true)] out GazetteerEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(countryCode);
        bool found = _countries.TryGetValue(countryCode, out int index);
        entry = found ? Entries[index] : null;
        return found;
    }

    /// <summary>The indices of the places <paramref name="name"/> may name, most likely first; empty when none.</summary>
    internal int[] Lookup(ReadOnlySpan<char> name)
    {
        Span<char> key = stackalloc char[NameKey.BufferLength];
        int length = NameKey.Fold(name, key);
        if (length > 0 && _nameLookup.TryGetValue(key[..length], out int[]? found))
        {
            return found;
        }

        // "ROME" in a headline: capitals that are not a known acronym are read as a word.
        if (length > 0 && NameKey.IsAllCaps(name))
        {
            length = NameKey.Fold(name, key, keepAcronym: false);
            if (length > 0 && _nameLookup.TryGetValue(key[..length], out found))
            {
                return found;
            }
        }

        return NoIndices;
    }

    /// <summary>The place at <paramref name="index"/>.</summary>
    internal GazetteerEntry this[int index] => Entries[index];

    /// <summary>How likely a place is to be meant, before any context: larger for bigger places, countries and capitals.</summary>
    internal double Prior(int index) => _priors[index];

    /// <summary>Whether countries <paramref name="first"/> and <paramref name="second"/> share a border.</summary>
    internal bool AreNeighbours(string first, string second) =>
        _neighbours.TryGetValue(first, out ImmutableArray<string> list) && list.Contains(second, StringComparer.Ordinal);

    /// <summary>The index of the country with code <paramref name="countryCode"/>, or -1.</summary>
    internal int CountryIndex(string? countryCode) =>
        countryCode is not null && _countries.TryGetValue(countryCode, out int index) ? index : -1;

    /// <summary>The prior of a place: log population, plus a bonus by kind and for capitals.</summary>
    internal static double PriorOf(GazetteerEntry entry)
    {
        double size = Math.Log10(Math.Max(entry.Population, 1000));
        double kind = entry.Kind switch
        {
            PlaceKind.Country => 1.5,
            PlaceKind.Continent => 3.0,
            PlaceKind.Region => 0.3,
            PlaceKind.District => -0.5,
            PlaceKind.Feature => 0.5,
            _ => 0,
        };
        return size + kind + (entry.IsCapital ? 2.0 : 0);
    }

    /// <summary>The plural of a demonym that takes one ("Armenian" → "Armenians", "Azerbaijani" → "Azerbaijanis"; not "Swiss", "French", "Chinese").</summary>
    internal static string? PluralOf(string demonym)
    {
        if (demonym.Length < 3 || !char.IsLetter(demonym[^1]))
        {
            return null;
        }

        foreach (string ending in (ReadOnlySpan<string>)["ese", "ish", "sh", "ss", "tch", "nch", "x", "z", "s", "y"])
        {
            if (demonym.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return demonym + "s";
    }

    private static List<GazetteerRow> Merge(ImmutableArray<GazetteerRow> existing, List<GazetteerRow> added)
    {
        var rows = new List<GazetteerRow>(existing.Length + added.Count);
        rows.AddRange(existing);
        var byId = new Dictionary<string, int>(rows.Count + added.Count, StringComparer.Ordinal);
        for (int i = 0; i < rows.Count; i++)
        {
            byId[rows[i].Id] = i;
        }

        foreach (GazetteerRow row in added)
        {
            if (byId.TryGetValue(row.Id, out int at))
            {
                rows[at] = rows[at].Merge(row);
            }
            else if (row.Kind is null || row.Name is null)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"gazetteer: '{row.Id}' patches a place that is not defined (a new place needs a kind and a name)."));
            }
            else
            {
                byId[row.Id] = rows.Count;
                rows.Add(row);
            }
        }

        return rows;
    }

    private static string? AddName(Dictionary<string, List<int>> index, string name, int entry, bool keepAcronym)
    {
        string key = NameKey.Of(name, keepAcronym);
        if (key.Length == 0)
        {
            return null;
        }

        if (!index.TryGetValue(key, out List<int>? list))
        {
            index[key] = list = new List<int>(1);
        }

        if (list.Count == 0 || list[^1] != entry)
        {
            list.Add(entry);
        }

        return key;
    }

    private FrozenDictionary<string, int[]> Freeze(Dictionary<string, List<int>> index)
    {
        double[] priors = _priors;
        var frozen = new Dictionary<string, int[]>(index.Count, StringComparer.Ordinal);
        foreach ((string key, List<int> list) in index)
        {
            int[] sorted = list.Count == 1 ? [list[0]] : [.. list.Distinct().OrderByDescending(i => priors[i]).ThenBy(i => i)];
            frozen[key] = sorted;
        }

        return frozen.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Whether a generated plural key is not also a demonym in its own right.</summary>
    private static bool IsOnlyPlural(string key, ImmutableArray<GazetteerRow> rows, Dictionary<string, List<int>> demonyms)
    {
        foreach (int i in demonyms[key])
        {
            foreach (string d in rows[i].Demonyms)
            {
                if (NameKey.Of(d, keepAcronym: false) == key)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static Gazetteer LoadEmbedded()
    {
        System.Reflection.Assembly assembly = typeof(Gazetteer).Assembly;
        using Stream geoNames = assembly.GetManifestResourceStream(GeoNamesResource)
            ?? throw new InvalidOperationException("The embedded gazetteer resource is missing: " + GeoNamesResource);
        using Stream countries = assembly.GetManifestResourceStream(CountriesResource)
            ?? throw new InvalidOperationException("The embedded countries resource is missing: " + CountriesResource);
        List<GazetteerRow> rows = Merge([], GazetteerRow.ReadAll(geoNames));
        return new Gazetteer([.. Merge([.. rows], GazetteerRow.ReadAll(countries))]);
    }

    /// <summary>Loads the default gazetteer on first use (as NodaTime's TZDB holder does).</summary>
    private static class DefaultHolder
    {
        public static readonly Gazetteer Instance = LoadEmbedded();
    }
}
