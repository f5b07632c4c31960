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
    private const string GeoNamesResource = ResourcePrefix + "gazetteer.bin";
    private const string CountriesResource = ResourcePrefix + "countries.tsv.gz";

    /// <summary>The prior bonus of a prominent place (flag <c>p</c>).</summary>
    internal const double ProminentBonus = 3.0;

    private static readonly int[] NoIndices = [];

    private readonly PlaceFacts[] _facts;
    private readonly int[][] _neighbours;
    private readonly NameTable _names;
    private readonly Lazy<ImmutableArray<GazetteerEntry>> _entries; // made on first use: resolution asks for a few places only
    private readonly Lazy<Dictionary<string, int[]>> _nameIndex; // every key: only Extend and the tests ask
    private readonly Lazy<Dictionary<long, int>> _byGeonameId; // built on the first look-up by id: resolution never asks
    private readonly Dictionary<string, int> _countries;

    /// <summary>Freezes <paramref name="index"/> (which must not be changed afterwards).</summary>
    // Not AggressiveOptimization: it keeps a method out of the ReadyToRun images (docs/notes/speed.md, session 21).
    internal Gazetteer(GazetteerIndex index, double[] priors)
    {
        Places = index.Places.Share();
        _entries = new(() => [.. Enumerable.Range(0, Count).Select(i => Places[i])]);
        DemonymIndex = index.Demonyms;
        PluralKeys = index.Plurals;
        NeighbourIndex = index.Neighbours;
        _names = index.FreezeNames();
        _nameIndex = new(_names.ToDictionary);
        _byGeonameId = new(IndexGeonameIds);
        _countries = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Places.Count; i++)
        {
            ref readonly PlaceList.Row place = ref Places.At(i);
            if (place.Kind == PlaceKind.Country && place.CountryCode is string code)
            {
                _countries.TryAdd(code, i);
            }
        }

        Demonyms = new Demonyms(this, DemonymIndex, PluralKeys);
        (_facts, _neighbours) = Pack(Places, priors, NeighbourIndex);
    }

    /// <summary>
    /// The gazetteer shipped in the package, loaded from its embedded resources on first use (GeoNames, CC BY 4.0;
    /// world-countries, ODbL 1.0; and the Tidings supplement).
    /// </summary>
    public static Gazetteer Default => DefaultHolder.Instance;

    /// <summary>Every place, in the order read.</summary>
    public ImmutableArray<GazetteerEntry> Entries => _entries.Value;

    /// <summary>How many places it holds.</summary>
    public int Count => Places.Count;

    /// <summary>The places, each made into an entry on first use (see <see cref="PlaceList"/>).</summary>
    internal PlaceList Places { get; }

    /// <summary>The demonyms and adjectives of its places ("Armenian", "Californian").</summary>
    public Demonyms Demonyms { get; }

    /// <summary>
    /// Reads a gazetteer from <paramref name="stream"/>, to use instead of the default one: the text format above
    /// (GZip-compressed or plain UTF-8), or the compiled form the builder writes (<c>gazetteer.bin</c>, stored as it is or GZip-compressed).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">A line is malformed, or patches a place that the stream does not define.</exception>
    public static Gazetteer Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (GazetteerRow.IsCompiled(stream, out Stream rewound))
        {
            return GazetteerIndex.ReadBinary(rewound).Build();
        }

        var index = new GazetteerIndex();
        index.Apply(GazetteerRow.ReadAll(rewound));
        return index.Build();
    }

    /// <summary>A new gazetteer holding these places and those of <paramref name="stream"/> (text format); a line with a known id patches that place.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">A line is malformed, or patches a place that neither defines.</exception>
    public Gazetteer Extend(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var index = new GazetteerIndex(this);
        index.Apply(GazetteerRow.ReadAll(stream));
        return index.Build();
    }

    /// <summary>Whether <paramref name="name"/> names a place (in any of its spellings).</summary>
    public bool Contains(ReadOnlySpan<char> name) => Lookup(name).Length > 0;

    /// <summary>The kind of the most likely place <paramref name="name"/> names, if it names one.</summary>
    public bool TryGetKind(ReadOnlySpan<char> name, out PlaceKind kind)
    {
        int[] found = Lookup(name);
        kind = found.Length > 0 ? Places.At(found[0]).Kind : default;
        return found.Length > 0;
    }

    /// <summary>The places <paramref name="name"/> may name, most likely first (by kind and population, without context).</summary>
    public ImmutableArray<GazetteerEntry> Find(ReadOnlySpan<char> name)
    {
        int[] found = Lookup(name);
        var places = ImmutableArray.CreateBuilder<GazetteerEntry>(found.Length);
        foreach (int i in found)
        {
            places.Add(Places[i]);
        }

        return places.MoveToImmutable();
    }

    /// <summary>The place with GeoNames id <paramref name="geonameId"/>.</summary>
    public bool TryGetByGeonameId(long geonameId, [NotNullWhen(true)] out GazetteerEntry? entry)
    {
        bool found = _byGeonameId.Value.TryGetValue(geonameId, out int index);
        entry = found ? Places[index] : null;
        return found;
    }

    private Dictionary<long, int> IndexGeonameIds()
    {
        var ids = new Dictionary<long, int>(Count);
        for (int i = 0; i < Count; i++)
        {
            if (Places.At(i).GeonameId is long id)
            {
                ids.TryAdd(id, i);
            }
        }

        return ids;
    }

    /// <summary>The country with ISO 3166-1 alpha-2 code <paramref name="countryCode"/>.</summary>
    public bool TryGetCountry(string countryCode, [NotNullWhen(true)] out GazetteerEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(countryCode);
        bool found = _countries.TryGetValue(countryCode, out int index);
        entry = found ? Places[index] : null;
        return found;
    }

    /// <summary>The indices of the places <paramref name="name"/> may name, most likely first; empty when none.</summary>
    internal int[] Lookup(ReadOnlySpan<char> name)
    {
        Span<char> key = stackalloc char[NameKey.BufferFor(name.Length)];
        int length = NameKey.Fold(name, key);
        if (length > 0 && _names.TryGetValue(key[..length], out int[]? found))
        {
            return found;
        }

        // "ROME" in a headline: capitals that are not a known acronym are read as a word.
        if (length > 0 && NameKey.IsAllCaps(name))
        {
            length = NameKey.Fold(name, key, keepAcronym: false);
            if (length > 0 && _names.TryGetValue(key[..length], out found))
            {
                return found;
            }
        }

        return NoIndices;
    }

    /// <summary>The place at <paramref name="index"/>.</summary>
    internal GazetteerEntry this[int index] => Places[index];

    /// <summary>How likely a place is to be meant, before any context: larger for bigger places, countries and capitals.</summary>
    internal double Prior(int index) => _facts[index].Prior;

    /// <summary>The facts of the place at <paramref name="index"/> that resolution reads.</summary>
    internal ref readonly PlaceFacts Facts(int index) => ref _facts[index];

    /// <summary>The countries that border country <paramref name="country"/> (a <see cref="PlaceFacts.Country"/> id; none for -1).</summary>
    internal ReadOnlySpan<int> Neighbours(int country) => country < 0 ? [] : _neighbours[country];

    /// <summary>How many country ids there are (every <see cref="PlaceFacts.Country"/> is below it).</summary>
    internal int CountryIds => _neighbours.Length;

    /// <summary>The facts of every place, and the neighbours of every country, with codes as ids.</summary>
    // Not AggressiveOptimization: it keeps a method out of the ReadyToRun images (docs/notes/speed.md, session 21).
    private static (PlaceFacts[] Facts, int[][] Neighbours) Pack(
        PlaceList places, double[] priors, Dictionary<string, ImmutableArray<string>> neighbours)
    {
        // The neighbours' codes as PlaceCodes ids first, so that every id this gazetteer holds is below the count read next.
        var neighbourIds = new List<(int Code, int[] List)>(neighbours.Count);
        foreach ((string code, ImmutableArray<string> list) in neighbours)
        {
            int[] ids = new int[list.Length];
            for (int k = 0; k < ids.Length; k++)
            {
                ids[k] = PlaceCodes.IdOf(list[k]);
            }

            neighbourIds.Add((PlaceCodes.IdOf(code), ids));
        }

        // Country and admin ids are numbered in the order their codes first occur, places first, then neighbours.
        var countries = new CodeIds(PlaceCodes.Count);
        var admins = new CodeIds(countries.Capacity);
        var facts = new PlaceFacts[places.Count];
        for (int i = 0; i < facts.Length; i++)
        {
            ref readonly PlaceList.Row e = ref places.At(i);
            facts[i] = new PlaceFacts(
                priors[i], e.Latitude, e.Longitude, countries.IdOf(e.CountryId), admins.IdOf(e.AdminId), e.Kind, Math.Cos(e.Latitude * GazetteerEntry.Radians));
        }

        foreach ((int code, int[] list) in neighbourIds)
        {
            countries.IdOf(code);
            foreach (int neighbour in list)
            {
                countries.IdOf(neighbour);
            }
        }

        int[][] byCountry = new int[countries.Count][];
        Array.Fill(byCountry, []);
        foreach ((int code, int[] list) in neighbourIds)
        {
            int[] ids = new int[list.Length];
            for (int k = 0; k < ids.Length; k++)
            {
                ids[k] = countries.IdOf(list[k]);
            }

            byCountry[countries.IdOf(code)] = ids;
        }

        return (facts, byCountry);
    }

    /// <summary>Dense ids for <see cref="PlaceCodes"/> ids, numbered as they are first asked for (a dictionary keyed by
    /// the code's string did this with a hash of the code for each place, twice).</summary>
    private sealed class CodeIds
    {
        private readonly int[] _ids;

        public CodeIds(int capacity)
        {
            _ids = new int[capacity];
            Array.Fill(_ids, -1);
        }

        /// <summary>How many codes have an id.</summary>
        public int Count { get; private set; }

        /// <summary>The size of the id space (every <see cref="PlaceCodes"/> id asked for is below it).</summary>
        public int Capacity => _ids.Length;

        /// <summary>The id of PlaceCodes id <paramref name="code"/>, added if new; -1 for -1.</summary>
        public int IdOf(int code)
        {
            if (code < 0)
            {
                return -1;
            }

            ref int id = ref _ids[code];
            if (id < 0)
            {
                id = Count++;
            }

            return id;
        }
    }

    /// <summary>The prior of a place: log population, plus a bonus by kind and for capitals.</summary>
    internal static double PriorOf(long population, PlaceKind kind, bool isCapital)
    {
        double size = Math.Log10(Math.Max(population, 1000));
        double bonus = kind switch
        {
            PlaceKind.Country => 1.5,
            PlaceKind.Continent => 3.0,
            PlaceKind.Region => 0.3,
            PlaceKind.District => -0.5,
            PlaceKind.Feature => 0.5,
            _ => 0,
        };
        return size + bonus + (isCapital ? 2.0 : 0);
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

    /// <summary>The id of each place without a GeoNames id (null for the others).</summary>
    internal ImmutableArray<string?> LocalIds => [.. Enumerable.Range(0, Count).Select(i => Places.At(i).LocalId)];

    /// <summary>Name key → places, most likely first (read-only; made on first use from the frozen table).</summary>
    internal Dictionary<string, int[]> NameIndex => _nameIndex.Value;

    /// <summary>Demonym key → places, most likely first (read-only once built).</summary>
    internal Dictionary<string, int[]> DemonymIndex { get; }

    /// <summary>The demonym keys that are plural nouns only.</summary>
    internal HashSet<string> PluralKeys { get; }

    /// <summary>Country code → the codes of its neighbours.</summary>
    internal Dictionary<string, ImmutableArray<string>> NeighbourIndex { get; }

    /// <summary>Reads the embedded resources into a new gazetteer (what <see cref="Default"/> does once).</summary>
    internal static Gazetteer LoadEmbedded()
    {
        // The compiled gazetteer is in the data assembly (Tidings.Data.dll); the countries patch is small and stays here.
        using Stream geoNames = TidingsData.Open(GeoNamesResource)
            ?? throw new InvalidOperationException("The embedded gazetteer resource is missing: " + GeoNamesResource);
        using Stream countries = typeof(Gazetteer).Assembly.GetManifestResourceStream(CountriesResource)
            ?? throw new InvalidOperationException("The embedded countries resource is missing: " + CountriesResource);
        GazetteerIndex index = GazetteerIndex.ReadBinary(geoNames, mapped: true);
        index.Apply(GazetteerRow.ReadAll(countries));
        return index.Build();
    }

    /// <summary>Loads the default gazetteer on first use (as NodaTime's TZDB holder does).</summary>
    private static class DefaultHolder
    {
        public static readonly Gazetteer Instance = LoadEmbedded();
    }
}
