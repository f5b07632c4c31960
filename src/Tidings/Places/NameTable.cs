using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace Tidings.Places;

/// <summary>
/// The gazetteer's name keys frozen for look-up: an open-addressing table from a 64-bit hash of a key to its
/// candidates. A look-up reads one 16-byte slot, where a dictionary of strings reads a bucket, an entry and the
/// key's characters, each elsewhere in memory; in a document's first look-ups, after the rest of the pipeline has
/// filled the caches, those reads are what a look-up costs.
/// </summary>
/// <remarks>
/// The keys themselves are not compared: a string that is not a key matches one only if the two share all 64 bits
/// of a well-mixed hash (odds of about one in 2^64 per slot probed). Keys of the index that share a hash are marked,
/// and looked up in the dictionary instead.
/// </remarks>
internal sealed class NameTable
{
    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _shared;

    /// <summary>Freezes <paramref name="index"/> (which must not change afterwards: it answers for keys that share a hash).</summary>
    // Not AggressiveOptimization: it keeps a method out of the ReadyToRun images (docs/notes/speed.md, session 21).
    public NameTable(Dictionary<string, int[]> index)
    {
        _shared = index.GetAlternateLookup<ReadOnlySpan<char>>();

        // At most half full, so that a probe for a name that is not there stops within a slot or two.
        _slots = new Slot[BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, index.Count * 2))];
        _mask = _slots.Length - 1;
        foreach ((string key, int[] candidates) in index)
        {
            ulong hash = Hash(key);
            int slot = (int)hash & _mask;
            while (_slots[slot].Hash != 0 && _slots[slot].Hash != hash)
            {
                slot = (slot + 1) & _mask;
            }

            // A second key with the same hash: both are left to the dictionary.
            _slots[slot] = new Slot(hash, _slots[slot].Hash == hash ? null : candidates);
        }
    }

    /// <summary>The candidates of a folded <paramref name="key"/> (see <see cref="NameKey.Fold"/>).</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, [NotNullWhen(true)] out int[]? candidates)
    {
        ulong hash = Hash(key);
        for (int slot = (int)hash & _mask; ; slot = (slot + 1) & _mask)
        {
            Slot s = _slots[slot];
            if (s.Hash == hash)
            {
                candidates = s.Candidates;
                return candidates is not null || _shared.TryGetValue(key, out candidates);
            }

            if (s.Hash == 0)
            {
                candidates = null;
                return false;
            }
        }
    }

    /// <summary>FNV-1a over the characters, then MurmurHash3's 64-bit finaliser to spread every bit; never 0 (an empty slot).</summary>
    private static ulong Hash(ReadOnlySpan<char> key)
    {
        ulong hash = 0xCBF29CE484222325;
        foreach (char c in key)
        {
            hash = (hash ^ c) * 0x100000001B3;
        }

        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCD;
        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53;
        hash ^= hash >> 33;
        return hash == 0 ? 1 : hash;
    }

    /// <summary>A key's hash (0: empty) and its candidates (null: another key shares the hash).</summary>
    private readonly record struct Slot(ulong Hash, int[]? Candidates);
}
