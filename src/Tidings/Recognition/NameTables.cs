using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Tidings.Recognition;

/// <summary>The name lists the recognizer consults as features, one bit each in <see cref="NameTables.Kinds"/>.</summary>
internal enum NameListKind
{
    /// <summary>Companies (SEC registrants and their short names, S&amp;P 500 constituents, venture-funded companies).</summary>
    Company,
    /// <summary>Brands, operators and transit networks (OpenStreetMap Name Suggestion Index).</summary>
    Brand,
    /// <summary>Universities and colleges.</summary>
    University,
    /// <summary>Government agencies and departments (including the hand-kept short names).</summary>
    Agency,
    /// <summary>Political parties.</summary>
    Party,
    /// <summary>Football clubs and other sports teams.</summary>
    Club,
    /// <summary>Motor-racing constructors, entrants and engine makers.</summary>
    Motorsport,
    /// <summary>Newspapers.</summary>
    Newspaper,
    /// <summary>News agencies and broadcasters (hand-kept).</summary>
    Media,
    /// <summary>International organizations (hand-kept).</summary>
    International,
    /// <summary>Stock exchanges and markets (hand-kept).</summary>
    Exchange,
    /// <summary>A given name of many people (at least 100,000 US births since 1880).</summary>
    GivenCommon,
    /// <summary>A rarer given name.</summary>
    GivenRare,
    /// <summary>A surname among the 5,000 most common (US census 1990).</summary>
    SurnameCommon,
    /// <summary>A rarer surname.</summary>
    SurnameRare,
}

/// <summary>
/// The recognizer's derived tables: word classes (k-means clusters of GloVe vectors at four granularities, keyed by
/// the hash of the lower-cased word) and name-list membership by kind (keyed by the phrase hash of
/// <see cref="NameLexicon.Extend"/> over lower-cased tokens). Built by <c>tidings-ml train tables</c> from the
/// sources credited in NOTICE; loaded once, lazily, from the embedded <c>NameTables.bin</c>.
/// </summary>
/// <remarks>
/// <para>Binary format, version 2 (what <see cref="Write(Stream)"/> writes; little-endian, stored as it is, so loading is
/// four copies and no parsing): <c>"NTTB"</c>, version (int32 = 2), word count, phrase count, word table size and
/// phrase table size (int32 each; the sizes are powers of two), then the open-addressing tables exactly as they sit in
/// memory: the word keys (uint32 per slot), the word values (uint64 per slot), the phrase keys (uint32 per slot) and
/// the phrase values (uint16 per slot). Version 1 (still read): the whole stream deflated with zlib; <c>"NTTB"</c>,
/// version (int32 = 1); word count (int32), the word hashes ascending as LEB128 deltas, then per word its class at
/// 100 (byte), 320, 1000 and 3200 clusters (uint16 each, column by column); phrase count (int32), the phrase hashes
/// ascending as LEB128 deltas, then per phrase its kinds (uint16, bits of <see cref="NameListKind"/>). The tables
/// built from the same columns are the same bytes, so version 2 of a version-1 file is deterministic.</para>
/// <para>The embedded tables are read in place, from the assembly's mapped image (which lives as long as the assembly,
/// and with it this class's default instance): loading copies nothing, and a short first document touches only the
/// pages it looks up, where copying the 9.4 MB first cost the first document about a fifth of its time. Tables read
/// from any other stream, or built from columns, are copied to arrays on the pinned heap.</para>
/// <threadsafety>Immutable once loaded; safe to share between threads.</threadsafety>
/// </remarks>
internal sealed unsafe class NameTables
{
    private const uint Magic = 0x4254544E; // "NTTB" as little-endian bytes
    private const int Version = 2;

    /// <summary>The deflated, delta-coded format before version 2, still read.</summary>
    private const int VersionDeflated = 1;

    /// <summary>The largest table a file may declare (slots).</summary>
    private const int MaxSlots = 1 << 26;

    private static readonly Lazy<NameTables> DefaultTables = new(LoadEmbedded);

    private readonly uint* _wordKeys;
    private readonly ulong* _wordValues;
    private readonly int _wordMask;
    private readonly uint* _phraseKeys;
    private readonly ushort* _phraseValues;
    private readonly int _phraseMask;

    /// <summary>The pinned arrays the tables lie in, kept alive here; null when they lie in the assembly's image.</summary>
    private readonly Array[]? _arrays;

    /// <summary>The tables embedded in the library (empty when the resource is missing).</summary>
    public static NameTables Default => DefaultTables.Value;

    /// <summary>An empty table set.</summary>
    public static NameTables Empty { get; } = new([], [], [], [], [], [], []);

    /// <summary>Builds the lookup tables from sorted (or unsorted) columns.</summary>
    public NameTables(uint[] words, byte[] k100, ushort[] k320, ushort[] k1000, ushort[] k3200, uint[] phrases, ushort[] kinds)
    {
        WordCount = words.Length;
        PhraseCount = phrases.Length;
        _wordMask = SizeFor(words.Length) - 1;
        _phraseMask = SizeFor(phrases.Length) - 1;
        uint[] wordKeys = GC.AllocateArray<uint>(_wordMask + 1, pinned: true);
        ulong[] wordValues = GC.AllocateArray<ulong>(_wordMask + 1, pinned: true);
        uint[] phraseKeys = GC.AllocateArray<uint>(_phraseMask + 1, pinned: true);
        ushort[] phraseValues = GC.AllocateArray<ushort>(_phraseMask + 1, pinned: true);
        _arrays = [wordKeys, wordValues, phraseKeys, phraseValues];
        _wordKeys = AddressOf(wordKeys);
        _wordValues = AddressOf(wordValues);
        _phraseKeys = AddressOf(phraseKeys);
        _phraseValues = AddressOf(phraseValues);
        for (int i = 0; i < words.Length; i++)
        {
            // Each id is stored plus one, so zero means "no class"; 7 + 9 + 12 + 12 bits.
            ulong value = (ulong)(k100[i] + 1u) | (ulong)(k320[i] + 1u) << 8 | (ulong)(k1000[i] + 1u) << 20 | (ulong)(k3200[i] + 1u) << 32;
            int slot = (int)(Key(words[i]) & (uint)_wordMask);
            while (_wordKeys[slot] != 0 && _wordKeys[slot] != Key(words[i]))
            {
                slot = (slot + 1) & _wordMask;
            }

            _wordKeys[slot] = Key(words[i]);
            _wordValues[slot] = value;
        }

        for (int i = 0; i < phrases.Length; i++)
        {
            int slot = (int)(Key(phrases[i]) & (uint)_phraseMask);
            while (_phraseKeys[slot] != 0 && _phraseKeys[slot] != Key(phrases[i]))
            {
                slot = (slot + 1) & _phraseMask;
            }

            _phraseKeys[slot] = Key(phrases[i]);
            _phraseValues[slot] |= kinds[i];
        }
    }

    /// <summary>Wraps tables read as they are (version 2): in pinned <paramref name="arrays"/> (kept alive here), or in
    /// memory that outlives this instance when null.</summary>
    private NameTables(int wordCount, int wordSlots, uint* wordKeys, ulong* wordValues, int phraseCount, int phraseSlots, uint* phraseKeys, ushort* phraseValues, Array[]? arrays)
    {
        WordCount = wordCount;
        PhraseCount = phraseCount;
        _wordKeys = wordKeys;
        _wordValues = wordValues;
        _wordMask = wordSlots - 1;
        _phraseKeys = phraseKeys;
        _phraseValues = phraseValues;
        _phraseMask = phraseSlots - 1;
        _arrays = arrays;
    }

    private static T* AddressOf<T>(T[] pinned)
        where T : unmanaged => (T*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pinned));

    /// <summary>Words with classes.</summary>
    public int WordCount { get; }

    /// <summary>Phrases with list kinds.</summary>
    public int PhraseCount { get; }

    private static int SizeFor(int count)
    {
        int size = 16;
        while (size < count * 2)
        {
            size <<= 1;
        }

        return size;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Key(uint hash) => hash == 0 ? 1u : hash;

    /// <summary>The word classes of the word whose lower-case hash is <paramref name="lowerHash"/> (as
    /// <see cref="FeatureHash.OfTextBothCases"/> computes it): the cluster ids plus one at 100, 320, 1000 and 3200
    /// clusters in bits 0–7, 8–19, 20–31 and 32–43; zero for a word without classes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Classes(uint lowerHash)
    {
        int slot = Find(_wordKeys, _wordMask, lowerHash);
        return slot < 0 ? 0 : Unsafe.ReadUnaligned<ulong>(_wordValues + slot);
    }

    /// <summary>The list kinds (bits of <see cref="NameListKind"/>) of the phrase whose hash is <paramref name="phrase"/>; zero for none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ushort Kinds(uint phrase)
    {
        int slot = Find(_phraseKeys, _phraseMask, phrase);
        return slot < 0 ? (ushort)0 : Unsafe.ReadUnaligned<ushort>(_phraseValues + slot);
    }

    /// <summary>Asks the processor to start loading the slot where <see cref="Kinds"/> looks <paramref name="phrase"/> up first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchPhrase(uint phrase)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(_phraseKeys + (Key(phrase) & (uint)_phraseMask));
        }
    }

    /// <summary>The slot of <paramref name="hash"/> in an open-addressing table, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Find(uint* keys, int mask, uint hash)
    {
        uint key = Key(hash);
        int slot = (int)(key & (uint)mask);
        while (true)
        {
            uint k = Unsafe.ReadUnaligned<uint>(keys + slot);
            if (k == key)
            {
                return slot;
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Writes tables in the embedded format (used by the builder): the open-addressing tables built from
    /// <paramref name="words"/> and <paramref name="phrases"/>, as they are (version 2).</summary>
    public static void Write(Stream output, SortedDictionary<uint, (byte K100, ushort K320, ushort K1000, ushort K3200)> words, SortedDictionary<uint, ushort> phrases)
    {
        var tables = new NameTables(
            [.. words.Keys],
            [.. words.Values.Select(v => v.K100)],
            [.. words.Values.Select(v => v.K320)],
            [.. words.Values.Select(v => v.K1000)],
            [.. words.Values.Select(v => v.K3200)],
            [.. phrases.Keys],
            [.. phrases.Values]);
        tables.Write(output);
    }

    /// <summary>Writes these tables in the embedded format, version 2 (how <c>tidings-ml train convert --tables</c>
    /// rewrites a version-1 file).</summary>
    public void Write(Stream output)
    {
        Span<byte> header = stackalloc byte[24];
        BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], Version);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], WordCount);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], PhraseCount);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], _wordMask + 1);
        BinaryPrimitives.WriteInt32LittleEndian(header[20..], _phraseMask + 1);
        output.Write(header);
        WriteLittleEndian(output, new ReadOnlySpan<uint>(_wordKeys, _wordMask + 1));
        WriteLittleEndian(output, new ReadOnlySpan<ulong>(_wordValues, _wordMask + 1));
        WriteLittleEndian(output, new ReadOnlySpan<uint>(_phraseKeys, _phraseMask + 1));
        WriteLittleEndian(output, new ReadOnlySpan<ushort>(_phraseValues, _phraseMask + 1));
        GC.KeepAlive(_arrays);
    }

    /// <summary>Reads tables written by <see cref="Write(Stream)"/> (or, deflated, by the version before it).</summary>
    /// <exception cref="InvalidDataException">The stream is not a table file of a known version.</exception>
    public static NameTables Read(Stream input) => Read(input, inPlace: false);

    /// <summary><see cref="Read(Stream)"/>; with <paramref name="inPlace"/>, a version-2 stream over memory that outlives
    /// the tables (an embedded resource) is read where it lies, without copying.</summary>
    private static NameTables Read(Stream input, bool inPlace)
    {
        Span<byte> header = stackalloc byte[24];
        int read = input.ReadAtLeast(header[..8], 8, throwOnEndOfStream: false);
        if (read == 8
            && BinaryPrimitives.ReadUInt32LittleEndian(header) == Magic
            && BinaryPrimitives.ReadInt32LittleEndian(header[4..]) == Version)
        {
            input.ReadExactly(header[8..]);
            int wordCount = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
            int phraseCount = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
            int wordSlots = BinaryPrimitives.ReadInt32LittleEndian(header[16..]);
            int phraseSlots = BinaryPrimitives.ReadInt32LittleEndian(header[20..]);
            if (!IsTableSize(wordSlots, wordCount) || !IsTableSize(phraseSlots, phraseCount))
            {
                throw new InvalidDataException("The name-table file declares tables of impossible sizes.");
            }

            long bytes = (long)wordSlots * (sizeof(uint) + sizeof(ulong)) + (long)phraseSlots * (sizeof(uint) + sizeof(ushort));
            if (inPlace && BitConverter.IsLittleEndian && input is UnmanagedMemoryStream mapped
                && mapped.Length - mapped.Position >= bytes)
            {
                // Where a resource lies is aligned to nothing in particular (four bytes in an assembly file, as it
                // happens to fall in a native build), so every table entry is read unaligned: the tables are used in
                // place whatever the build, never copied (9.4 MB more of memory when they were, in native builds whose
                // resource fell off a four-byte boundary).
                byte* at = mapped.PositionPointer;
                mapped.Seek(bytes, SeekOrigin.Current);
                byte* values = at + (long)wordSlots * sizeof(uint);
                byte* phrases = values + (long)wordSlots * sizeof(ulong);
                return new NameTables(
                    wordCount, wordSlots, (uint*)at, (ulong*)values,
                    phraseCount, phraseSlots, (uint*)phrases, (ushort*)(phrases + (long)phraseSlots * sizeof(uint)), arrays: null);
            }

            uint[] wordKeys = ReadLittleEndian<uint>(input, wordSlots);
            ulong[] wordValues = ReadLittleEndian<ulong>(input, wordSlots);
            uint[] phraseKeys = ReadLittleEndian<uint>(input, phraseSlots);
            ushort[] phraseValues = ReadLittleEndian<ushort>(input, phraseSlots);
            return new NameTables(
                wordCount, wordSlots, AddressOf(wordKeys), AddressOf(wordValues),
                phraseCount, phraseSlots, AddressOf(phraseKeys), AddressOf(phraseValues), [wordKeys, wordValues, phraseKeys, phraseValues]);
        }

        // Not version 2: the deflated version 1, read again from its start.
        if (input.CanSeek)
        {
            input.Seek(-read, SeekOrigin.Current);
            return ReadDeflated(input);
        }

        using var buffered = new MemoryStream();
        buffered.Write(header[..read]);
        input.CopyTo(buffered);
        buffered.Position = 0;
        return ReadDeflated(buffered);
    }

    private static bool IsTableSize(int slots, int count) =>
        slots is >= 16 and <= MaxSlots && (slots & (slots - 1)) == 0 && count >= 0 && count < slots;

    private static T[] ReadLittleEndian<T>(Stream input, int count)
        where T : unmanaged
    {
        // Every element is read over at once, so the array need not be cleared first (9 MB for the embedded tables).
        T[] values = GC.AllocateUninitializedArray<T>(count, pinned: true);
        try
        {
            input.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The name-table file is truncated.", e);
        }

        if (!BitConverter.IsLittleEndian)
        {
            Reverse(values);
        }

        return values;
    }

    private static void WriteLittleEndian<T>(Stream output, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        if (BitConverter.IsLittleEndian)
        {
            output.Write(MemoryMarshal.AsBytes(values));
            return;
        }

        T[] copy = values.ToArray();
        Reverse(copy);
        output.Write(MemoryMarshal.AsBytes(copy.AsSpan()));
    }

    private static void Reverse<T>(T[] values)
        where T : unmanaged
    {
        switch (values)
        {
            case uint[] u32:
                BinaryPrimitives.ReverseEndianness(u32, u32);
                break;
            case ulong[] u64:
                BinaryPrimitives.ReverseEndianness(u64, u64);
                break;
            case ushort[] u16:
                BinaryPrimitives.ReverseEndianness(u16, u16);
                break;
        }
    }

    /// <summary>Reads the deflated version 1.</summary>
    private static NameTables ReadDeflated(Stream input)
    {
        using var zlib = new ZLibStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(zlib, 1 << 16));
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != VersionDeflated)
        {
            throw new InvalidDataException("Not a Tidings name-table file of a known version.");
        }

        int count = reader.ReadInt32();
        var words = new uint[count];
        uint key = 0;
        for (int i = 0; i < count; i++)
        {
            key += (uint)reader.Read7BitEncodedInt();
            words[i] = key;
        }

        var k100 = reader.ReadBytes(count);
        var k320 = ReadUInt16s(reader, count);
        var k1000 = ReadUInt16s(reader, count);
        var k3200 = ReadUInt16s(reader, count);
        int phraseCount = reader.ReadInt32();
        var phrases = new uint[phraseCount];
        key = 0;
        for (int i = 0; i < phraseCount; i++)
        {
            key += (uint)reader.Read7BitEncodedInt();
            phrases[i] = key;
        }

        var kinds = ReadUInt16s(reader, phraseCount);
        return new NameTables(words, k100, k320, k1000, k3200, phrases, kinds);
    }

    private static ushort[] ReadUInt16s(BinaryReader reader, int count)
    {
        byte[] bytes = reader.ReadBytes(count * 2);
        if (bytes.Length != count * 2)
        {
            throw new InvalidDataException("The name-table file is truncated.");
        }

        var values = new ushort[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i * 2));
        }

        return values;
    }

    private static NameTables LoadEmbedded()
    {
        using Stream? stream = TidingsData.Open("Tidings.Recognition.NameTables.bin");
        return stream is null ? Empty : Read(stream, inPlace: true);
    }
}
