using System.Text;

namespace Tidings.Places;

/// <summary>
/// The places of a gazetteer as rows of values, each made into a <see cref="GazetteerEntry"/> only when asked for:
/// read from the compiled form, a place's name stays UTF-8 in the compiled bytes until then, so that loading makes
/// no object per place (docs/notes/speed.md, session 22).
/// </summary>
/// <remarks>
/// A list is shared with the lists made from it by <see cref="Share"/> (a built gazetteer and an index that extends
/// it): the first change to either copies its rows first. Reading, and making entries, is safe from many threads.
/// </remarks>
internal sealed class PlaceList
{
    private Row[] _rows;
    private GazetteerEntry?[] _made;
    private int _count;
    private bool _shared;
    private readonly ReadOnlyMemory<byte> _source;

    /// <summary>An empty list; names at compiled offsets are read from <paramref name="source"/>.</summary>
    public PlaceList(int capacity = 0, ReadOnlyMemory<byte> source = default)
    {
        _rows = new Row[capacity];
        _made = new GazetteerEntry?[capacity];
        _source = source;
    }

    private PlaceList(PlaceList list)
    {
        _rows = list._rows;
        _made = list._made;
        _count = list._count;
        _source = list._source;
        _shared = true;
    }

    /// <summary>How many places there are.</summary>
    public int Count => _count;

    /// <summary>The place at <paramref name="index"/>, made on first use (the same object afterwards).</summary>
    public GazetteerEntry this[int index]
    {
        get => _made[index] ?? Make(index);
        set
        {
            Own();
            ref Row row = ref _rows[index];
            row = Row.Of(value, row.LocalId, row.Prominent);
            _made[index] = value;
        }
    }

    /// <summary>The values of the place at <paramref name="index"/>, without making its entry.</summary>
    public ref readonly Row At(int index) => ref _rows[index];

    /// <summary>A list with the same places that changes independently of this one (neither copies until one changes).</summary>
    public PlaceList Share()
    {
        _shared = true;
        return new PlaceList(this);
    }

    /// <summary>Adds a place.</summary>
    public void Add(GazetteerEntry entry, string? localId, bool prominent)
    {
        Grow();
        _rows[_count] = Row.Of(entry, localId, prominent);
        _made[_count++] = entry;
    }

    /// <summary>Adds a place read from the compiled form (its name may be left in the source, see <see cref="Row"/>).</summary>
    public void AddCompiled(in Row row)
    {
        Grow();
        _rows[_count++] = row;
    }

    /// <summary>Marks the place at <paramref name="index"/> prominent.</summary>
    public void MarkProminent(int index)
    {
        if (!_rows[index].Prominent)
        {
            Own();
            _rows[index] = _rows[index] with { Prominent = true };
        }
    }

    private GazetteerEntry Make(int index)
    {
        ref readonly Row row = ref _rows[index];
        string name = row.Name ?? Encoding.UTF8.GetString(_source.Span.Slice(row.NameAt, row.NameLength));
        var made = new GazetteerEntry(
            row.GeonameId, name, row.Kind, row.CountryCode, row.AdminCode, row.Latitude, row.Longitude, row.Population, row.IsCapital);
        return Interlocked.CompareExchange(ref _made[index], made, null) ?? made;
    }

    private void Grow()
    {
        Own();
        if (_count == _rows.Length)
        {
            int capacity = Math.Max(16, _rows.Length * 2);
            Array.Resize(ref _rows, capacity);
            Array.Resize(ref _made, capacity);
        }
    }

    /// <summary>Copies the rows before the first change of a shared list.</summary>
    private void Own()
    {
        if (_shared)
        {
            _rows = (Row[])_rows.Clone();
            _made = (GazetteerEntry?[])_made.Clone();
            _shared = false;
        }
    }

    /// <summary>
    /// One place's values: those of <see cref="GazetteerEntry"/> (the name null while it is still UTF-8 in the
    /// compiled bytes, at <c>NameAt</c>), its local id and whether it is prominent.
    /// </summary>
    /// <remarks>The country and admin codes are held as their <see cref="PlaceCodes"/> ids, not as references: a row read
    /// from the compiled form then holds no reference at all (its name and local id are null but for the few places
    /// without a GeoNames id), so that the rows' array — 52,551 rows on the large-object heap — marks no card when it is
    /// filled, and no collection during the load has to visit its rows (docs/notes/speed.md, session 35).</remarks>
    internal readonly struct Row
    {
        private readonly int _country;
        private readonly int _admin;

        public Row(
            long? geonameId, string? name, int nameAt, int nameLength, PlaceKind kind, bool isCapital, bool prominent,
            string? countryCode, string? adminCode, double latitude, double longitude, long population, string? localId)
            : this(geonameId, name, nameAt, nameLength, kind, isCapital, prominent, PlaceCodes.IdOf(countryCode),
                PlaceCodes.IdOf(adminCode), latitude, longitude, population, localId)
        {
        }

        /// <summary>A row with its codes given as <see cref="PlaceCodes"/> ids (-1 for none).</summary>
        public Row(
            long? geonameId, string? name, int nameAt, int nameLength, PlaceKind kind, bool isCapital, bool prominent,
            int countryId, int adminId, double latitude, double longitude, long population, string? localId)
        {
            GeonameId = geonameId;
            Name = name;
            NameAt = nameAt;
            NameLength = nameLength;
            Kind = kind;
            IsCapital = isCapital;
            Prominent = prominent;
            _country = countryId;
            _admin = adminId;
            Latitude = latitude;
            Longitude = longitude;
            Population = population;
            LocalId = localId;
        }

        public long? GeonameId { get; }

        public string? Name { get; }

        public int NameAt { get; }

        public int NameLength { get; }

        public PlaceKind Kind { get; }

        public bool IsCapital { get; }

        public bool Prominent { get; init; }

        public string? CountryCode => PlaceCodes.Of(_country);

        public string? AdminCode => PlaceCodes.Of(_admin);

        /// <summary>The <see cref="PlaceCodes"/> id of <see cref="CountryCode"/>; -1 for none.</summary>
        public int CountryId => _country;

        /// <summary>The <see cref="PlaceCodes"/> id of <see cref="AdminCode"/>; -1 for none.</summary>
        public int AdminId => _admin;

        public double Latitude { get; }

        public double Longitude { get; }

        public long Population { get; }

        public string? LocalId { get; }

        public static Row Of(GazetteerEntry e, string? localId, bool prominent) =>
            new(e.GeonameId, e.Name, 0, 0, e.Kind, e.IsCapital, prominent, e.CountryCode, e.AdminCode, e.Latitude, e.Longitude, e.Population, localId);
    }
}

/// <summary>
/// The country and admin codes of the process's gazetteers ("US", "CA", "58"), each kept once and known by a small
/// id, so that a gazetteer's rows hold numbers where they held references (see <see cref="PlaceList.Row"/>).
/// </summary>
/// <remarks>Codes are only ever added (the set of codes is small: the shipped gazetteer has a few thousand); adding is
/// locked, reading is not: a code is in the array before its id is handed out, and a grown array is published only
/// once it holds every code.</remarks>
internal static class PlaceCodes
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static string[] _codes = new string[1024];

    /// <summary>How many codes there are (every id is below it).</summary>
    public static int Count
    {
        get
        {
            lock (Gate)
            {
                return Ids.Count;
            }
        }
    }

    /// <summary>The id of <paramref name="code"/>, added if new; -1 for null.</summary>
    public static int IdOf(string? code)
    {
        if (code is null)
        {
            return -1;
        }

        lock (Gate)
        {
            ref int id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(Ids, code, out bool exists);
            if (!exists)
            {
                id = Ids.Count - 1;
                string[] codes = _codes;
                if (id == codes.Length)
                {
                    Array.Resize(ref codes, codes.Length * 2);
                }

                codes[id] = code;
                Volatile.Write(ref _codes, codes);
            }

            return id;
        }
    }

    /// <summary>The code of <paramref name="id"/>; null for -1.</summary>
    public static string? Of(int id) => id < 0 ? null : Volatile.Read(ref _codes)[id];
}
