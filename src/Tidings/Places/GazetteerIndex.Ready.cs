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

    /// <summary>
    /// Form 2's country and admin codes: written once each before the places (with 7-bit integers, their count, then
    /// each as a length-prefixed UTF-8 string, in the order the places first give them, country before admin), and
    /// given by number in each place (0 for none), so that a place's codes are read without comparing or hashing bytes.
    /// </summary>
    private sealed class CodeTable
    {
        /// <summary>An id not yet asked for.</summary>
        public const int Unread = int.MinValue;

        private CodeTable(int count)
        {
            Ids = new int[count];
            At = new int[count];
            Lengths = new int[count];
            Array.Fill(Ids, Unread);
        }

        /// <summary>Each code's <see cref="PlaceCodes"/> id, once read.</summary>
        public int[] Ids { get; }

        /// <summary>Where each code's UTF-8 bytes lie in the compiled form.</summary>
        public int[] At { get; }

        /// <summary>How many bytes each code has.</summary>
        public int[] Lengths { get; }

        public static CodeTable Read(ref CompiledReader reader)
        {
            var table = new CodeTable(reader.Int());
            for (int k = 0; k < table.Ids.Length; k++)
            {
                table.Lengths[k] = reader.Int();
                table.At[k] = reader.Position;
                reader.Bytes(table.Lengths[k]);
            }

            return table;
        }
    }

    /// <summary>Writes form 2's code table for the places (see <see cref="CodeTable"/>) and returns each code's number.</summary>
    private Dictionary<string, int> WriteCodeTable(BinaryWriter writer)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new List<string>();
        for (int i = 0; i < Places.Count; i++)
        {
            ref readonly PlaceList.Row row = ref Places.At(i);
            foreach (string? code in (ReadOnlySpan<string?>)[row.CountryCode, row.AdminCode])
            {
                if (!string.IsNullOrEmpty(code) && numbers.TryAdd(code, codes.Count + 1))
                {
                    codes.Add(code);
                }
            }
        }

        writer.Write7BitEncodedInt(codes.Count);
        foreach (string code in codes)
        {
            writer.Write(code);
        }

        return numbers;
    }

    /// <summary>The number of <paramref name="code"/> in the code table (0 for none).</summary>
    private static int CodeNumber(Dictionary<string, int> numbers, string? code) =>
        string.IsNullOrEmpty(code) ? 0 : numbers[code];
}
