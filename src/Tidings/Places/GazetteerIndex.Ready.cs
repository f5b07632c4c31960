using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Tidings.Places;

/// <summary>
/// The name table of the compiled form's version 2, ready to use: written with its slots placed, so that loading the
/// embedded gazetteer neither hashes nor probes for its 47,000 name keys, nor reads them (docs/notes/speed.md,
/// session 37: the keys' read was the largest part of the first document's load).
/// </summary>
internal sealed partial class GazetteerIndex
{
    /// <summary>
    /// Reads version 2's ready name table: with 7-bit integers, the key count, the slot count and the pool's length;
    /// the pool (every key's candidates, key after key, as 32-bit little-endian integers); one record per key (see
    /// <see cref="NameTable.Ready"/>); then the byte length of the name keys in version 1's form, and those keys, which
    /// are stepped over here and read only when every key is asked for.
    /// </summary>
    private static NameTable ReadReadyNames(ref CompiledReader reader, ReadOnlyMemory<byte> source)
    {
        int keys = reader.Int();
        int slots = reader.Int();
        int[] pool = new int[reader.Int()];
        ReadOnlySpan<byte> poolBytes = reader.Bytes(checked(pool.Length * sizeof(int)));
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.Cast<byte, int>(poolBytes).CopyTo(pool);
        }
        else
        {
            for (int k = 0; k < pool.Length; k++)
            {
                pool[k] = BinaryPrimitives.ReadInt32LittleEndian(poolBytes[(k * sizeof(int))..]);
            }
        }

        ReadOnlySpan<byte> records = reader.Bytes(checked(keys * NameTable.SlotRecord));
        int length = reader.Int();
        int section = reader.Position;
        reader.Bytes(length);
        return NameTable.Ready(slots, keys, pool, records, () => NameEntries(source, section));
    }

    /// <summary>Writes what <see cref="ReadReadyNames"/> reads for <paramref name="names"/> (keys in ordinal order).</summary>
    private static void WriteReadyNames(BinaryWriter writer, Dictionary<string, int[]> names)
    {
        List<(string Key, int[] Places)> keys = [.. names.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value))];
        using var records = new MemoryStream();
        using var recordWriter = new BinaryWriter(records, new UTF8Encoding(false), leaveOpen: true);
        int slots = NameTable.WriteSlots([.. keys.Select(k => (k.Key, k.Places.Length))], recordWriter);
        recordWriter.Flush();

        writer.Write7BitEncodedInt(keys.Count);
        writer.Write7BitEncodedInt(slots);
        writer.Write7BitEncodedInt(keys.Sum(k => k.Places.Length));
        foreach ((_, int[] places) in keys)
        {
            foreach (int place in places)
            {
                writer.Write(place); // little-endian, as BinaryWriter always writes
            }
        }

        writer.Write(records.GetBuffer(), 0, checked((int)records.Length));

        using var section = new MemoryStream();
        using (var sectionWriter = new BinaryWriter(section, new UTF8Encoding(false), leaveOpen: true))
        {
            WriteKeys(sectionWriter, names, null);
        }

        writer.Write7BitEncodedInt(checked((int)section.Length));
        writer.Write(section.GetBuffer(), 0, checked((int)section.Length));
    }
}
