using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace Tidings.Places;

/// <summary>
/// A gazetteer under construction: its places and the indices of its names and demonyms. Text records
/// (<see cref="GazetteerRow"/>) are applied to it; the compiled binary form (what the embedded resource holds, so
/// that loading needs no parsing or sorting) is read and written here.
/// </summary>
/// <remarks>
/// <para>The binary form, stored as it is (the embedded resource, so that loading inflates nothing) or GZip-compressed:
/// the bytes <c>TDGZ</c>, a version byte (2; 1 is read too), then with 7-bit encoded
/// integers and length-prefixed UTF-8 strings (as <see cref="BinaryWriter"/> writes them): the places (GeoNames id
/// or 0, local id for places without one, name, kind, flags, country code, admin code, latitude, longitude,
/// population), the name table ready to use (version 2 only: see <see cref="ReadReadyNames"/>), the name keys with
/// their places (most likely first), the demonym keys with a plural flag and their places, and the countries'
/// neighbours.</para>
/// </remarks>
internal sealed partial class GazetteerIndex
{
    private static ReadOnlySpan<byte> Magic => "TDGZ"u8;

    /// <summary>The version written: 2 adds the ready name table (session 37); 1 is still read.</summary>
    private const byte Version = 2;

    private const byte CapitalFlag = 1;
    private const byte ProminentFlag = 2;

    private readonly Dictionary<long, int> _byGeonameId;
    private readonly Dictionary<string, int> _byLocalId;
    private readonly HashSet<string> _dirtyNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dirtyDemonyms = new(StringComparer.Ordinal);
    private bool _priorsChanged;

    /// <summary>The name keys read from the compiled form, not copied into <see cref="Names"/> (null when all are there).</summary>
    private NameTable? _compiledNames;
    private bool _compiledNamesGiven;

    /// <summary>The priors of the places read from form 2, as written (null otherwise): <see cref="Build"/> takes them for
    /// every place not patched since, instead of computing each again (a logarithm a place).</summary>
    private double[]? _compiledPriors;

    /// <summary>Which of the places of <see cref="_compiledPriors"/> were patched (null: none).</summary>
    private bool[]? _patched;

    /// <summary>How many of the first places are not in the id indexes (those read or copied in, not applied).</summary>
    private int _unindexed;

    public GazetteerIndex()
    {
        Places = new PlaceList();
        Names = new Dictionary<string, int[]>(StringComparer.Ordinal);
        Demonyms = new Dictionary<string, int[]>(StringComparer.Ordinal);
        Plurals = new HashSet<string>(StringComparer.Ordinal);
        Neighbours = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        _byGeonameId = [];
        _byLocalId = new Dictionary<string, int>(StringComparer.Ordinal);
    }

    /// <summary>A copy of the index of <paramref name="gazetteer"/>, to extend.</summary>
    public GazetteerIndex(Gazetteer gazetteer)
    {
        Places = gazetteer.Places.Share();
        Names = new Dictionary<string, int[]>(gazetteer.NameIndex, StringComparer.Ordinal);
        Demonyms = new Dictionary<string, int[]>(gazetteer.DemonymIndex, StringComparer.Ordinal);
        Plurals = new HashSet<string>(gazetteer.PluralKeys, StringComparer.Ordinal);
        Neighbours = new Dictionary<string, ImmutableArray<string>>(gazetteer.NeighbourIndex, StringComparer.Ordinal);
        _byGeonameId = [];
        _byLocalId = new Dictionary<string, int>(StringComparer.Ordinal);
        _unindexed = Places.Count;
    }

    /// <remarks>Each with its local id, for places without a GeoNames id ("x-brentwood-los-angeles"), and whether
    /// it is prominent (a feature or region that its name usually means).</remarks>
    public PlaceList Places { get; private set; }

    /// <summary>
    /// Name key → places, most likely first. Read from the compiled form, it holds only the keys changed since
    /// (<see cref="AllNames"/> has every key); the others stay in the compiled table until asked for.
    /// </summary>
    public Dictionary<string, int[]> Names { get; }

    /// <summary><see cref="Names"/> with every key, the compiled ones copied in (once).</summary>
    public Dictionary<string, int[]> AllNames()
    {
        if (_compiledNames is NameTable compiled)
        {
            foreach ((string key, int[] places) in compiled.ToDictionary())
            {
                Names.TryAdd(key, places);
            }

            _compiledNames = null;
        }

        return Names;
    }

    /// <summary>The name keys frozen for look-up (see <see cref="NameTable"/>); the index must not change afterwards.</summary>
    public NameTable FreezeNames()
    {
        if (_compiledNames is not NameTable compiled)
        {
            return new NameTable(Names);
        }

        // The first gazetteer built takes the compiled table and lays the changed keys over it in place (they are in
        // Names too, which this index reads first): a gazetteer built from the same index again takes a copy.
        bool first = !_compiledNamesGiven;
        _compiledNamesGiven = true;
        return compiled.With(new Dictionary<string, int[]>(Names, StringComparer.Ordinal), inPlace: first);
    }

    /// <summary>Demonym key → places, most likely first.</summary>
    public Dictionary<string, int[]> Demonyms { get; }

    /// <summary>The demonym keys that are plural nouns only ("armenians").</summary>
    public HashSet<string> Plurals { get; }

    /// <summary>Country code → the codes of the countries it borders.</summary>
    public Dictionary<string, ImmutableArray<string>> Neighbours { get; }

    /// <summary>Adds or patches a place per record (see <see cref="Gazetteer"/> for the format's meaning).</summary>
    /// <exception cref="InvalidDataException">A record patches a place that is not defined.</exception>
    public void Apply(IEnumerable<GazetteerRow> rows)
    {
        if (_unindexed > 0)
        {
            GazetteerRow[] all = [.. rows];
            IndexIds(all);
            rows = all;
        }

        foreach (GazetteerRow row in rows)
        {
            int? geonameId = row.GeonameId;
            bool known = geonameId is int id ? _byGeonameId.TryGetValue(id, out int index) : _byLocalId.TryGetValue(row.Id, out index);
            if (known)
            {
                Patch(index, row);
            }
            else if (row.Kind is PlaceKind kind && row.Name is string name)
            {
                index = Places.Count;
                Places.Add(
                    new GazetteerEntry(geonameId, name, kind, row.CountryCode, row.AdminCode, row.Latitude, row.Longitude, row.Population, row.IsCapital),
                    geonameId is null ? row.Id : null,
                    row.IsProminent);
                if (geonameId is int newId)
                {
                    _byGeonameId[newId] = index;
                }
                else
                {
                    _byLocalId[row.Id] = index;
                }

                AddName(name, index);
            }
            else
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                    $"gazetteer: '{row.Id}' patches a place that is not defined (a new place needs a kind and a name)."));
            }

            foreach (string alias in row.Aliases)
            {
                AddName(alias, index);
            }

            foreach (string demonym in row.Demonyms)
            {
                AddDemonym(demonym, index);
            }

            if (!row.Neighbours.IsEmpty && Places.At(index) is { Kind: PlaceKind.Country, CountryCode: string code })
            {
                Neighbours[code] = row.Neighbours;
            }
        }
    }

    /// <summary>Sorts the candidate lists that changed (most likely first) and freezes the result.</summary>
    public Gazetteer Build()
    {
        double[] priors = new double[Places.Count];
        double[]? stored = _compiledPriors;
        for (int i = 0; i < priors.Length; i++)
        {
            if (stored is not null && i < stored.Length && (_patched is null || !_patched[i]))
            {
                // Written by this same computation when the form was compiled, for a place not patched since.
                priors[i] = stored[i];
                continue;
            }

            ref readonly PlaceList.Row row = ref Places.At(i);
            priors[i] = Gazetteer.PriorOf(row.Population, row.Kind, row.IsCapital) + (row.Prominent ? Gazetteer.ProminentBonus : 0);
        }

        if (_priorsChanged)
        {
            AllNames();
        }

        Resort(Names, _priorsChanged ? null : _dirtyNames, priors);
        Resort(Demonyms, _priorsChanged ? null : _dirtyDemonyms, priors);
        _dirtyNames.Clear();
        _dirtyDemonyms.Clear();
        _priorsChanged = false;
        return new Gazetteer(this, priors);
    }

    /// <summary>Reads the compiled binary form, stored as it is or GZip-compressed.</summary>
    /// <param name="stream">The compiled form.</param>
    /// <param name="mapped">Whether <paramref name="stream"/> is an embedded resource of a loaded assembly: memory
    /// that stays where it is for the life of the process, read in place and kept (the name keys are read from it
    /// again when all are needed), not copied. Never for a caller's stream.</param>
    /// <exception cref="InvalidDataException">The stream is not in this form, or is cut short.</exception>
    public static GazetteerIndex ReadBinary(Stream stream, bool mapped = false)
    {
        // The embedded resource is read where it is mapped, not copied (2.8 MB on the large-object heap).
        if (mapped && stream is UnmanagedMemoryStream resource && InPlace(resource) is { Length: >= 2 } inPlace
            && !(inPlace.Span[0] == 0x1F && inPlace.Span[1] == 0x8B))
        {
            resource.Position = resource.Length;
            return Read(inPlace);
        }

        byte[] bytes;
        if (stream.CanSeek)
        {
            bytes = new byte[checked((int)(stream.Length - stream.Position))];
            stream.ReadExactly(bytes);
        }
        else
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }

        if (bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B)
        {
            using var gzip = new GZipStream(new MemoryStream(bytes, writable: false), CompressionMode.Decompress);
            using var buffer = new MemoryStream(bytes.Length * 2);
            gzip.CopyTo(buffer);
            bytes = buffer.ToArray();
        }

        return Read(bytes);
    }

    /// <summary>The bytes of <paramref name="stream"/> from its position on, where they lie in memory.</summary>
    private static unsafe ReadOnlyMemory<byte> InPlace(UnmanagedMemoryStream stream) =>
        new MappedBytes(stream.PositionPointer, checked((int)(stream.Length - stream.Position))).Memory;

    private static GazetteerIndex Read(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            return Parse(new CompiledReader(bytes.Span), bytes);
        }
        catch (IndexOutOfRangeException e)
        {
            throw new InvalidDataException("gazetteer: the compiled gazetteer is cut short.", e);
        }
    }

    // Not AggressiveOptimization: it keeps a method out of the ReadyToRun images (docs/notes/speed.md, session 21).
    private static GazetteerIndex Parse(CompiledReader reader, ReadOnlyMemory<byte> source)
    {
        byte version = reader.Bytes(4).SequenceEqual(Magic) ? reader.Byte() : (byte)0;
        if (version is not (1 or Version))
        {
            throw new InvalidDataException("gazetteer: not a compiled Tidings gazetteer (version 1 or 2).");
        }

        var index = new GazetteerIndex();
        int count = reader.Int();
        index.Places = new PlaceList(count, source);
        var codes = new Dictionary<ulong, int>(); // country and admin codes → their PlaceCodes ids
        CodeMemo lastCountry = new(0, 0, -1), lastAdmin = new(0, 0, -1);
        CodeTable? table = version == 1 ? null : CodeTable.Read(ref reader);
        double[]? priors = version == 1 ? null : new double[count];
        for (int i = 0; i < count; i++)
        {
            int geonameId = reader.Int();
            string? localId = geonameId == 0 ? reader.String() : null;
            int nameLength = reader.Int();
            int nameAt = reader.Position;
            reader.Bytes(nameLength);
            var kind = (PlaceKind)reader.Byte();
            byte flags = reader.Byte();
            int country = table is null ? reader.Code(codes, ref lastCountry) : reader.Code(table);
            int admin = table is null ? reader.Code(codes, ref lastAdmin) : reader.Code(table);
            double latitude = reader.Double();
            double longitude = reader.Double();
            long population = reader.Long();
            if (priors is not null)
            {
                priors[i] = reader.Double();
            }

            index.Places.AddCompiled(new PlaceList.Row(
                geonameId == 0 ? null : geonameId, null, nameAt, nameLength, kind, (flags & CapitalFlag) != 0, (flags & ProminentFlag) != 0,
                country, admin, latitude, longitude, population, localId));
        }

        index._unindexed = count;
        index._compiledPriors = priors;
        index._compiledNames = version == 1 ? ReadNames(ref reader, source) : ReadReadyNames(ref reader, source);
        ReadKeys(ref reader, index.Demonyms, index.Plurals);
        int countries = reader.Int();
        for (int i = 0; i < countries; i++)
        {
            string code = PlaceCodes.Of(reader.Code(codes, ref lastCountry))!;
            var list = ImmutableArray.CreateBuilder<string>(reader.Int());
            for (int k = 0; k < list.Capacity; k++)
            {
                list.Add(PlaceCodes.Of(reader.Code(codes, ref lastCountry))!);
            }

            index.Neighbours[code] = list.MoveToImmutable();
        }

        return index;
    }

    /// <summary>Writes the compiled binary form, stored as it is or GZip-compressed (deterministic: keys in ordinal order).</summary>
    public void WriteBinary(Stream output, bool compress = false) => WriteBinary(output, compress, Version);

    /// <summary><see cref="WriteBinary(Stream, bool)"/> in form <paramref name="version"/> (1 or 2; tests write 1 to read it).</summary>
    internal void WriteBinary(Stream output, bool compress, byte version)
    {
        using GZipStream? gzip = compress ? new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true) : null;
        using var writer = new BinaryWriter((Stream?)gzip ?? output, new UTF8Encoding(false), leaveOpen: true);
        writer.Write(Magic);
        writer.Write(version);
        Gazetteer built = Build(); // sorts the candidate lists
        writer.Write7BitEncodedInt(Places.Count);
        Dictionary<string, int>? codeNumbers = version == 1 ? null : WriteCodeTable(writer);
        for (int i = 0; i < Places.Count; i++)
        {
            GazetteerEntry e = Places[i];
            ref readonly PlaceList.Row row = ref Places.At(i);
            writer.Write7BitEncodedInt(checked((int)(e.GeonameId ?? 0)));
            if (e.GeonameId is null)
            {
                writer.Write(row.LocalId ?? string.Empty);
            }

            writer.Write(e.Name);
            writer.Write((byte)e.Kind);
            writer.Write((byte)((e.IsCapital ? CapitalFlag : 0) | (row.Prominent ? ProminentFlag : 0)));
            if (codeNumbers is null)
            {
                writer.Write(e.CountryCode ?? string.Empty);
                writer.Write(e.AdminCode ?? string.Empty);
            }
            else
            {
                writer.Write7BitEncodedInt(CodeNumber(codeNumbers, e.CountryCode));
                writer.Write7BitEncodedInt(CodeNumber(codeNumbers, e.AdminCode));
            }

            writer.Write(e.Latitude);
            writer.Write(e.Longitude);
            writer.Write7BitEncodedInt64(e.Population);
            if (codeNumbers is not null)
            {
                writer.Write(built.Prior(i));
            }
        }

        if (version == 1)
        {
            WriteKeys(writer, AllNames(), null);
        }
        else
        {
            WriteReadyNames(writer, AllNames());
        }

        WriteKeys(writer, Demonyms, Plurals);
        writer.Write7BitEncodedInt(Neighbours.Count);
        foreach ((string code, ImmutableArray<string> list) in Neighbours.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(code);
            writer.Write7BitEncodedInt(list.Length);
            foreach (string n in list)
            {
                writer.Write(n);
            }
        }
    }

    // Not AggressiveOptimization: it keeps a method out of the ReadyToRun images (docs/notes/speed.md, session 21).
    private static void ReadKeys(ref CompiledReader reader, Dictionary<string, int[]> keys, HashSet<string>? plurals)
    {
        int count = reader.Int();
        keys.EnsureCapacity(count);
        for (int i = 0; i < count; i++)
        {
            string key = reader.String();
            if (plurals is not null && reader.Byte() != 0)
            {
                plurals.Add(key);
            }

            int[] places = new int[reader.Int()];
            for (int k = 0; k < places.Length; k++)
            {
                places[k] = reader.Int();
            }

            keys[key] = places;
        }
    }

    /// <summary>
    /// Reads the name keys into a table without a string or an array per key (see <see cref="NameTable"/>): the
    /// candidates into one pool, each key hashed from its characters decoded on the stack.
    /// </summary>
    // Not AggressiveOptimization: it keeps a method out of the ReadyToRun images (docs/notes/speed.md, session 21).
    private static NameTable ReadNames(ref CompiledReader reader, ReadOnlyMemory<byte> source)
    {
        int section = reader.Position;
        int count = reader.Int();
        CompiledReader scan = reader;
        int total = 0;
        for (int i = 0; i < count; i++)
        {
            scan.Bytes(scan.Int());
            int places = scan.Int();
            total += places;
            for (int k = 0; k < places; k++)
            {
                scan.SkipNumber();
            }
        }

        int[] pool = new int[total];
        NameTable table = NameTable.Compiled(count, pool, () => NameEntries(source, section));
        Span<char> chars = stackalloc char[256];
        int start = 0;
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> utf8 = reader.Bytes(reader.Int());
            int places = reader.Int();
            for (int k = 0; k < places; k++)
            {
                pool[start + k] = reader.Int();
            }

            if (Ascii.IsValid(utf8))
            {
                // An ASCII key's bytes are its characters (47,029 of the shipped 47,053 keys): hashed as they lie.
                table.AddAscii(utf8, start, places);
            }
            else
            {
                Span<char> key = utf8.Length <= chars.Length ? chars : new char[utf8.Length];
                table.Add(key[..Encoding.UTF8.GetChars(utf8, key)], start, places);
            }

            start += places;
        }

        return table;
    }

    /// <summary>The name keys of compiled bytes read again, with where their candidates lie in the pool of <see cref="ReadNames"/>.</summary>
    private static List<(string Key, int Start, int Length)> NameEntries(ReadOnlyMemory<byte> source, int section)
    {
        var reader = new CompiledReader(source.Span[section..]);
        int count = reader.Int();
        var entries = new List<(string Key, int Start, int Length)>(count);
        int start = 0;
        for (int i = 0; i < count; i++)
        {
            string key = reader.String();
            int places = reader.Int();
            for (int k = 0; k < places; k++)
            {
                reader.Int();
            }

            entries.Add((key, start, places));
            start += places;
        }

        return entries;
    }

    private static void WriteKeys(BinaryWriter writer, Dictionary<string, int[]> keys, HashSet<string>? plurals)
    {
        writer.Write7BitEncodedInt(keys.Count);
        foreach ((string key, int[] places) in keys.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            if (plurals is not null)
            {
                writer.Write(plurals.Contains(key));
            }

            writer.Write7BitEncodedInt(places.Length);
            foreach (int place in places)
            {
                writer.Write7BitEncodedInt(place);
            }
        }
    }

    private void Patch(int index, GazetteerRow patch)
    {
        if (_compiledPriors is { } stored && index < stored.Length)
        {
            (_patched ??= new bool[stored.Length])[index] = true;
        }

        GazetteerEntry e = Places[index];
        var patched = new GazetteerEntry(
            e.GeonameId,
            patch.Name ?? e.Name,
            patch.Kind ?? e.Kind,
            patch.CountryCode ?? e.CountryCode,
            patch.AdminCode ?? e.AdminCode,
            double.IsNaN(patch.Latitude) ? e.Latitude : patch.Latitude,
            double.IsNaN(patch.Longitude) ? e.Longitude : patch.Longitude,
            patch.Population > 0 ? patch.Population : e.Population,
            e.IsCapital || patch.IsCapital);
        _priorsChanged |= patched.Population != e.Population || patched.Kind != e.Kind || patched.IsCapital != e.IsCapital || patch.IsProminent;
        Places[index] = patched;
        if (patch.IsProminent)
        {
            Places.MarkProminent(index);
        }
        if (patch.Name is string name)
        {
            AddName(name, index);
        }
    }

    private void AddName(string name, int index)
    {
        if (Add(Names, NameKey.Of(name), index, _compiledNames))
        {
            _dirtyNames.Add(NameKey.Of(name));
        }
    }

    private void AddDemonym(string demonym, int index)
    {
        string key = NameKey.Of(demonym, keepAcronym: false);
        if (Add(Demonyms, key, index))
        {
            _dirtyDemonyms.Add(key);
            Plurals.Remove(key);
        }

        if (Gazetteer.PluralOf(demonym) is string plural)
        {
            string pluralKey = NameKey.Of(plural, keepAcronym: false);
            bool isNew = !Demonyms.ContainsKey(pluralKey);
            if (Add(Demonyms, pluralKey, index))
            {
                _dirtyDemonyms.Add(pluralKey);
                if (isNew)
                {
                    Plurals.Add(pluralKey);
                }
            }
        }
    }

    /// <summary>Adds <paramref name="index"/> under <paramref name="key"/>; false when already there or the key is empty.</summary>
    private static bool Add(Dictionary<string, int[]> keys, string key, int index, NameTable? compiled = null)
    {
        if (key.Length == 0)
        {
            return false;
        }

        if (!keys.TryGetValue(key, out int[]? places) && (compiled is null || !compiled.TryGetValue(key, out places)))
        {
            keys[key] = [index];
            return true;
        }

        if (places.Contains(index))
        {
            return false;
        }

        keys[key] = [.. places, index];
        return true;
    }

    private static void Resort(Dictionary<string, int[]> keys, HashSet<string>? only, double[] priors)
    {
        var byPrior = Comparer<int>.Create((a, b) => priors[b].CompareTo(priors[a]) is int c && c != 0 ? c : a.CompareTo(b));
        foreach (string key in only ?? (IEnumerable<string>)[.. keys.Keys])
        {
            int[] places = keys[key];
            if (places.Length > 1)
            {
                // A copy: the arrays may be shared with the gazetteer this one extends.
                int[] sorted = [.. places];
                Array.Sort(sorted, byPrior);
                keys[key] = sorted;
            }
        }
    }

    /// <summary>
    /// Indexes by id the places read or copied in that <paramref name="rows"/> name: the embedded load patches 250
    /// countries of 52,551 places, and an index of every id would be most of what it allocates (docs/notes/speed.md,
    /// session 20). The places applied are indexed as they are added.
    /// </summary>
    private void IndexIds(GazetteerRow[] rows)
    {
        var geonameIds = new HashSet<long>();
        var localIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (GazetteerRow row in rows)
        {
            if (row.GeonameId is int id)
            {
                geonameIds.Add(id);
            }
            else
            {
                localIds.Add(row.Id);
            }
        }

        for (int i = 0; i < _unindexed; i++)
        {
            ref readonly PlaceList.Row row = ref Places.At(i);
            if (row.GeonameId is long id)
            {
                if (geonameIds.Contains(id))
                {
                    _byGeonameId[id] = i;
                }
            }
            else if (row.LocalId is string local && localIds.Contains(local))
            {
                _byLocalId[local] = i;
            }
        }
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>Reads what <see cref="BinaryWriter"/> wrote (7-bit integers, length-prefixed UTF-8, little-endian doubles) from memory.</summary>
    private ref struct CompiledReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        /// <summary>How many bytes have been read.</summary>
        public readonly int Position => _at;

        public ReadOnlySpan<byte> Bytes(int count)
        {
            ReadOnlySpan<byte> span = _bytes.Slice(_at, count);
            _at += count;
            return span;
        }

        public byte Byte() => _bytes[_at++];

        /// <remarks>Most numbers of the compiled form (name lengths, kinds of count, place indices below 128) take one
        /// byte: that case is inlined, the rest is <see cref="LongBytes"/> (session 34: the loop was 8 % of the instructions
        /// of a process that extracts the seed article, most of them spent on one-byte numbers).</remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public long Long()
        {
            byte first = _bytes[_at];
            if (first < 0x80)
            {
                _at++;
                return first;
            }

            return LongBytes();
        }

        private long LongBytes()
        {
            // The second and third bytes unrolled (populations and place indices take two to four bytes), the rest in the loop.
            long value = _bytes[_at++] & 0x7F;
            byte second = _bytes[_at++];
            value |= (long)(second & 0x7F) << 7;
            if (second < 0x80)
            {
                return value;
            }

            byte third = _bytes[_at++];
            value |= (long)(third & 0x7F) << 14;
            if (third < 0x80)
            {
                return value;
            }

            for (int shift = 21; shift < 70; shift += 7)
            {
                byte b = _bytes[_at++];
                value |= (long)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }

            throw new InvalidDataException("gazetteer: a malformed number in the compiled gazetteer.");
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Int() => checked((int)Long());

        /// <summary>Steps over a 7-bit encoded number without decoding it.</summary>
        public void SkipNumber()
        {
            while (_bytes[_at++] >= 0x80)
            {
            }
        }

        public double Double() => System.Buffers.Binary.BinaryPrimitives.ReadDoubleLittleEndian(Bytes(8));

        public string String() => Encoding.UTF8.GetString(Bytes(Int()));

        /// <summary>The <see cref="PlaceCodes"/> id of a short code ("US", "CA", "58"); -1 when empty.</summary>
        /// <param name="codes">The ids of the codes read so far, by their bytes.</param>
        /// <param name="last">The code read before in the same column: most places have the country of the place
        /// before them (51,776 of the shipped 52,551), which is then answered by comparing a few bytes, not hashed.</param>
        public int Code(Dictionary<ulong, int> codes, ref CodeMemo last)
        {
            int length = Int();
            int at = _at;
            ReadOnlySpan<byte> utf8 = Bytes(length);
            if (last.Length == length && _bytes.Slice(last.At, length).SequenceEqual(utf8))
            {
                return last.Id;
            }

            int id = Code(codes, utf8);
            last = new CodeMemo(at, length, id);
            return id;
        }

        /// <summary>The <see cref="PlaceCodes"/> id of a code given by its number in <paramref name="table"/> (form 2;
        /// 0: none, -1). Each code is made a string and given its id when first read, in the order form 1 gives them.</summary>
        /// <remarks>Inlined, the first read of a code left to <see cref="FirstRead"/>: two a place.</remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Code(CodeTable table)
        {
            int number = Int();
            if (number == 0)
            {
                return -1;
            }

            int id = table.Ids[number - 1];
            return id != CodeTable.Unread ? id : FirstRead(table, number - 1);
        }

        private readonly int FirstRead(CodeTable table, int k) =>
            table.Ids[k] = PlaceCodes.IdOf(Encoding.UTF8.GetString(_bytes.Slice(table.At[k], table.Lengths[k])));

        private static int Code(Dictionary<ulong, int> codes, ReadOnlySpan<byte> utf8)
        {
            if (utf8.IsEmpty)
            {
                return -1;
            }

            if (utf8.Length > 7)
            {
                return PlaceCodes.IdOf(Encoding.UTF8.GetString(utf8));
            }

            // Up to seven bytes and the length make the key itself.
            ulong key = (ulong)utf8.Length;
            foreach (byte b in utf8)
            {
                key = (key << 8) | b;
            }

            if (!codes.TryGetValue(key, out int code))
            {
                codes[key] = code = PlaceCodes.IdOf(Encoding.UTF8.GetString(utf8));
            }

            return code;
        }
    }

    /// <summary>Where the code read last in a column lies in the compiled bytes, and its id (before the first code: the
    /// empty code, id -1).</summary>
    private readonly record struct CodeMemo(int At, int Length, int Id);

    /// <summary>Memory that stays where it is for the life of the process (a loaded assembly's resource), as <see cref="Memory{T}"/>.</summary>
    private sealed unsafe class MappedBytes(byte* pointer, int length) : MemoryManager<byte>
    {
        public override Span<byte> GetSpan() => new(pointer, length);

        public override MemoryHandle Pin(int elementIndex = 0) => new(pointer + elementIndex);

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
        }
    }
}
