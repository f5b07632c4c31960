namespace Tidings.Places;

/// <summary>An entry of a small open-addressing table, which keeps its hash for rehashing.</summary>
internal interface IHashedEntry
{
    /// <summary>The entry's hash.</summary>
    int Hash { get; }
}

/// <summary>
/// The slots of the small open-addressing tables (<see cref="SpanMemo{T}"/>, <c>Names.CapitalKeys</c>): each slot holds
/// an entry's number counted from 1, or 0 when free; a hash probes from its slot onwards (linear probing).
/// </summary>
internal static class OpenSlots
{
    /// <summary>Puts entry number <paramref name="entry"/> (counted from 1) in the first free slot for <paramref name="hash"/>.</summary>
    public static void Place(int[] slots, int entry, int hash)
    {
        int mask = slots.Length - 1;
        int slot = hash & mask;
        while (slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        slots[slot] = entry;
    }

    /// <summary>New slots, <paramref name="length"/> of them (a power of two), holding <paramref name="entries"/>.</summary>
    public static int[] Rehash<TEntry>(int length, ReadOnlySpan<TEntry> entries)
        where TEntry : struct, IHashedEntry
    {
        int[] slots = new int[length];
        for (int i = 0; i < entries.Length; i++)
        {
            Place(slots, i + 1, entries[i].Hash);
        }

        return slots;
    }
}
