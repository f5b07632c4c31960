using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace Tidings.Places;

/// <summary>
/// The gazetteer's name keys frozen for look-up: an open-addressing table from a 64-bit hash of a key to its
/// candidates. A look-up reads one slot, where a dictionary of strings reads a bucket, an entry and the key's
/// characters, each elsewhere in memory; in a document's first look-ups, after the rest of the pipeline has filled
/// the caches, those reads are what a look-up costs.
/// </summary>
/// <remarks>
/// <para>The keys themselves are not compared: a string that is not a key matches one only if the two share all 64
/// bits of a well-mixed hash (odds of about one in 2^64 per slot probed). Keys of the index that share a hash are
/// marked, and looked up in a dictionary of every key instead.</para>
/// <para>Read from the compiled gazetteer (<see cref="Compiled"/>), the table holds no key strings and no array per
/// key: each slot points into one pool of candidates, and a key's array is made on its first look-up (once: the same
/// array for every later look-up, which resolution relies on to group the mentions of a name). The keys are read
/// again from the compiled bytes only when every key is asked for (<see cref="ToDictionary"/>, <c>Extend</c>) or two
/// keys share a hash.</para>
/// </remarks>
internal sealed class NameTable
{
    private readonly Slot[] _slots;
    private readonly int[]?[] _lists;
    private readonly int[] _pool;
    private readonly int _mask;
    private Func<IEnumerable<string>> _keys;
    private Lazy<Dictionary<string, int[]>> _shared;

    /// <summary>Freezes <paramref name="index"/> (which must not change afterwards: it answers for keys that share a hash).</summary>
    // Not AggressiveOptimization: it keeps a method out of the ReadyToRun images (docs/notes/speed.md, session 21).
    public NameTable(Dictionary<string, int[]> index)
        : this(index.Count, [], () => index.Keys, new Lazy<Dictionary<string, int[]>>(() => index))
    {
        foreach ((string key, int[] candidates) in index)
        {
            Insert(key, candidates);
        }
    }

    private NameTable(int count, int[] pool, Func<IEnumerable<string>> keys, Lazy<Dictionary<string, int[]>> shared)
    {
        // At most half full, so that a probe for a name that is not there stops within a slot or two.
        _slots = new Slot[BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 2))];
        _lists = new int[]?[_slots.Length];
        _mask = _slots.Length - 1;
        _pool = pool;
        _keys = keys;
        _shared = shared;
    }

    private NameTable(NameTable table)
    {
        _slots = (Slot[])table._slots.Clone();
        _lists = (int[]?[])table._lists.Clone();
        _mask = table._mask;
        _pool = table._pool;
        _keys = table._keys;
        _shared = table._shared;
    }

    /// <summary>
    /// An empty table for <paramref name="count"/> keys of compiled bytes, filled by <see cref="Add"/> with the
    /// start and length of each key's candidates in <paramref name="pool"/>; <paramref name="entries"/> reads the
    /// keys and their places in the pool again when all are needed.
    /// </summary>
    public static NameTable Compiled(int count, int[] pool, Func<IEnumerable<(string Key, int Start, int Length)>> entries)
    {
        NameTable table = null!;
        table = new NameTable(count, pool, () => entries().Select(e => e.Key), new Lazy<Dictionary<string, int[]>>(() => table.Materialize(entries())));
        return table;
    }

    /// <summary>
    /// A table of compiled keys whose slots were placed when the form was written (<see cref="WriteSlots"/>): each
    /// key's slot, hash and candidate count are set as they are read, with no key hashed or probed. The keys' candidates
    /// lie in <paramref name="pool"/> one after another, in the order of the records.
    /// </summary>
    /// <param name="slotCount">The number of slots the table was written with (what <paramref name="count"/> keys give).</param>
    /// <param name="count">How many keys there are.</param>
    /// <param name="pool">Every key's candidates.</param>
    /// <param name="records">Per key: its slot (32 bits), hash (64) and candidate count (32; -1 for a hash another key
    /// shares), little-endian.</param>
    /// <param name="entries">Reads the keys and their places in the pool again when all are needed.</param>
    /// <exception cref="InvalidDataException">The records do not describe a table of this size and pool.</exception>
    public static NameTable Ready(int slotCount, int count, int[] pool, ReadOnlySpan<byte> records,
        Func<IEnumerable<(string Key, int Start, int Length)>> entries)
    {
        NameTable table = Compiled(count, pool, entries);
        if (table._slots.Length != slotCount || records.Length != count * SlotRecord)
        {
            throw new InvalidDataException("gazetteer: the compiled name slots do not match the keys.");
        }

        Slot[] slots = table._slots;
        int start = 0;
        for (int k = 0; k < count; k++)
        {
            ReadOnlySpan<byte> record = records.Slice(k * SlotRecord, SlotRecord);
            uint slot = BinaryPrimitives.ReadUInt32LittleEndian(record);
            ulong hash = BinaryPrimitives.ReadUInt64LittleEndian(record[4..]);
            int length = BinaryPrimitives.ReadInt32LittleEndian(record[12..]);
            int places = length < 0 ? -length - 1 : length;
            if (slot >= (uint)slots.Length || hash == 0 || (uint)places > (uint)(pool.Length - start))
            {
                throw new InvalidDataException("gazetteer: the compiled name slots do not match the keys.");
            }

            // A key sharing its hash with one placed before it keeps that one's slot (what Place does): its own
            // candidates are in the pool, read through the dictionary of every key.
            slots[slot] = new Slot(hash, start, length < 0 ? -1 : length);
            start += places;
        }

        return start == pool.Length ? table : throw new InvalidDataException("gazetteer: the compiled name slots do not match the keys.");
    }

    /// <summary>The bytes of one key's record in <see cref="Ready"/>.</summary>
    public const int SlotRecord = 16;

    /// <summary>
    /// Writes, for keys given in order with their candidate counts, the records <see cref="Ready"/> reads: each key's
    /// slot as <see cref="Add"/> in that order would place it. Returns the number of slots.
    /// </summary>
    public static int WriteSlots(IReadOnlyList<(string Key, int Places)> keys, BinaryWriter writer)
    {
        var table = new NameTable(keys.Count, [], () => [], new Lazy<Dictionary<string, int[]>>(() => []));
        foreach ((string key, int places) in keys)
        {
            ulong hash = Hash(key);
            int slot = table.Find(hash);
            bool shared = table._slots[slot].Hash == hash;
            table.Place(hash, 0, places, null);
            writer.Write((uint)slot);
            writer.Write(hash);
            // A key whose hash another key has: its count as -(count + 1), so that the reader still steps over its candidates.
            writer.Write(shared ? -places - 1 : places);
        }

        return table._slots.Length;
    }

    /// <summary>Adds a key of a compiled table (see <see cref="Compiled"/>); only while it is being filled.</summary>
    public void Add(ReadOnlySpan<char> key, int start, int length) => Place(Hash(key), start, length, null);

    /// <summary><see cref="Add"/> of an ASCII key given as its bytes (the same hash as its characters).</summary>
    public void AddAscii(ReadOnlySpan<byte> asciiKey, int start, int length) => Place(Hash(asciiKey), start, length, null);

    /// <summary>
    /// This table (<paramref name="inPlace"/>: changed, no longer to be used as it was) or a copy, in which the keys
    /// of <paramref name="changed"/> have these candidates (added or replaced): how the countries table's names are
    /// laid over the compiled gazetteer's.
    /// </summary>
    public NameTable With(Dictionary<string, int[]> changed, bool inPlace)
    {
        if (changed.Count == 0)
        {
            return this;
        }

        NameTable table = inPlace ? this : new NameTable(this);
        Func<IEnumerable<string>> keys = table._keys;
        Lazy<Dictionary<string, int[]>> shared = table._shared;
        table._keys = () => keys().Where(key => !changed.ContainsKey(key)).Concat(changed.Keys);
        table._shared = new Lazy<Dictionary<string, int[]>>(() =>
        {
            var all = new Dictionary<string, int[]>(shared.Value, StringComparer.Ordinal);
            foreach ((string key, int[] candidates) in changed)
            {
                all[key] = candidates;
            }

            return all;
        });
        foreach ((string key, int[] candidates) in changed)
        {
            ulong hash = Hash(key);
            int slot = table.Find(hash);
            if (table._slots[slot].Hash == hash && table._slots[slot].Length >= 0)
            {
                // The same key (equal 64-bit hashes are taken for equal keys, as look-ups do).
                table._lists[slot] = candidates;
            }
            else
            {
                table.Place(hash, 0, candidates.Length, candidates);
            }
        }

        return table;
    }

    /// <summary>Every key with its candidates (the same arrays as <see cref="TryGetValue"/> gives).</summary>
    public Dictionary<string, int[]> ToDictionary()
    {
        var all = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (string key in _keys())
        {
            if (TryGetValue(key, out int[]? candidates))
            {
                all[key] = candidates;
            }
        }

        return all;
    }

    /// <summary>The candidates of a folded <paramref name="key"/> (see <see cref="NameKey.Fold"/>).</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, [NotNullWhen(true)] out int[]? candidates)
    {
        ulong hash = Hash(key);
        for (int slot = (int)hash & _mask; ; slot = (slot + 1) & _mask)
        {
            ref readonly Slot s = ref _slots[slot];
            if (s.Hash == hash)
            {
                if (s.Length < 0)
                {
                    return _shared.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out candidates);
                }

                candidates = _lists[slot] ?? ListAt(slot);
                return true;
            }

            if (s.Hash == 0)
            {
                candidates = null;
                return false;
            }
        }
    }

    /// <summary>The array of the candidates of a compiled key, made once (the first one stored wins a race).</summary>
    private int[] ListAt(int slot)
    {
        int[] made = _pool.AsSpan(_slots[slot].Start, _slots[slot].Length).ToArray();
        return Interlocked.CompareExchange(ref _lists[slot], made, null) ?? made;
    }

    private void Insert(string key, int[] candidates) => Place(Hash(key), 0, candidates.Length, candidates);

    /// <summary>The slot holding <paramref name="hash"/>, or the empty slot where it would go.</summary>
    private int Find(ulong hash)
    {
        int slot = (int)hash & _mask;
        while (_slots[slot].Hash != 0 && _slots[slot].Hash != hash)
        {
            slot = (slot + 1) & _mask;
        }

        return slot;
    }

    private void Place(ulong hash, int start, int length, int[]? list)
    {
        int slot = Find(hash);

        // A second key with the same hash: both are left to the dictionary of every key.
        bool shared = _slots[slot].Hash == hash;
        _slots[slot] = new Slot(hash, start, shared ? -1 : length);
        _lists[slot] = shared ? null : list;
    }

    /// <summary>Every key of a compiled table with its candidates (for keys that share a hash).</summary>
    private Dictionary<string, int[]> Materialize(IEnumerable<(string Key, int Start, int Length)> entries)
    {
        var all = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach ((string key, int start, int length) in entries)
        {
            int slot = Find(Hash(key));
            all[key] = _slots[slot].Length >= 0 ? _lists[slot] ?? ListAt(slot) : _pool.AsSpan(start, length).ToArray();
        }

        return all;
    }

    /// <summary>FNV-1a over the characters, then MurmurHash3's 64-bit finaliser to spread every bit; never 0 (an empty slot).</summary>
    private static ulong Hash(ReadOnlySpan<char> key)
    {
        ulong hash = 0xCBF29CE484222325;
        foreach (char c in key)
        {
            hash = (hash ^ c) * 0x100000001B3;
        }

        return Finish(hash);
    }

    /// <summary><see cref="Hash(ReadOnlySpan{char})"/> of the characters of ASCII bytes, read as they are.</summary>
    private static ulong Hash(ReadOnlySpan<byte> ascii)
    {
        ulong hash = 0xCBF29CE484222325;
        foreach (byte b in ascii)
        {
            hash = (hash ^ b) * 0x100000001B3;
        }

        return Finish(hash);
    }

    private static ulong Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCD;
        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53;
        hash ^= hash >> 33;
        return hash == 0 ? 1 : hash;
    }

    /// <summary>A key's hash (0: empty) and where its candidates lie in the pool (length -1: another key shares the hash).</summary>
    private readonly record struct Slot(ulong Hash, int Start, int Length);
}
