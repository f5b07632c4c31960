using System.Text;
using Tidings.Places;
using Xunit;

namespace Tidings.Tests.Places;

/// <summary>
/// The compiled gazetteer's form 2 (session 37, speed37): the name table written ready to use. It must answer
/// exactly as form 1, which is still read, and be written deterministically.
/// </summary>
public sealed class Session37GazetteerFormTests
{
    private const string Text = "1\tcountry\tXA\t\t10\t20\t1000000\tAtlantis\tAtlantica|Atlantide\tAtlantean\t\tXB\n"
        + "2\tcity\tXA\t01\t10.5\t20.5\t50000\tPoseidonia\tAtlantis City\t\tc\n"
        + "3\tcity\tXB\t02\t11.5\t21.5\t70000\tAtlantis\t\t\t\n"
        + "4\tcountry\tXB\t\t11\t21\t2000000\tLemuria\tMu\tLemurian\t\tXA\n"
        + "x-5\tfeature\t\t\t\t\t\tGreat Reef\tReef of Atlantis\n";

    private static GazetteerIndex Index()
    {
        var index = new GazetteerIndex();
        index.Apply(GazetteerRow.ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(Text))));
        return index;
    }

    private static byte[] Compiled(GazetteerIndex index, byte form)
    {
        var output = new MemoryStream();
        index.WriteBinary(output, compress: false, form);
        return output.ToArray();
    }

    [Fact]
    public void Form_two_answers_as_form_one()
    {
        GazetteerIndex index = Index();
        byte[] one = Compiled(index, 1), two = Compiled(index, 2);
        Assert.Equal(1, one[4]);
        Assert.Equal(2, two[4]);
        Gazetteer fromOne = Gazetteer.Load(new MemoryStream(one)), fromTwo = Gazetteer.Load(new MemoryStream(two));
        Assert.Equal<GazetteerEntry>(fromOne.Entries, fromTwo.Entries.AsEnumerable());
        foreach (string name in (string[])["Atlantis", "atlantica", "Atlantide", "Atlantis City", "Mu", "Lemuria", "Great Reef", "Reef of Atlantis", "Nowhere", ""])
        {
            Assert.Equal(fromOne.Find(name).Select(e => e.GeonameId), fromTwo.Find(name).Select(e => e.GeonameId));
        }

        Assert.Equal(2, fromTwo.Find("Atlantis").Length);
        Assert.Equal(fromOne.NameIndex.Keys.Order(), fromTwo.NameIndex.Keys.Order());
        foreach ((string key, int[] places) in fromOne.NameIndex)
        {
            Assert.Equal(places, fromTwo.NameIndex[key]);
        }

        Assert.Equal("Lemuria", fromTwo.Demonyms.Find("Lemurians")[0].Name);
    }

    [Fact]
    public void Form_two_is_written_the_same_again_and_reads_back_into_form_one()
    {
        byte[] two = Compiled(Index(), 2);
        Assert.Equal(two, Compiled(GazetteerIndex.ReadBinary(new MemoryStream(two)), 2));
        Assert.Equal(Compiled(Index(), 1), Compiled(GazetteerIndex.ReadBinary(new MemoryStream(two)), 1));
    }

    [Fact]
    public void The_embedded_gazetteer_is_form_two_and_answers_as_its_form_one()
    {
        byte[] embedded;
        using (Stream stream = TidingsData.Open("Tidings.Places.Data.gazetteer.bin")!)
        {
            embedded = new byte[stream.Length];
            stream.ReadExactly(embedded);
        }

        Assert.Equal(2, embedded[4]);
        byte[] one = Compiled(GazetteerIndex.ReadBinary(new MemoryStream(embedded)), 1);
        Dictionary<string, int[]> fromTwo = Gazetteer.Load(new MemoryStream(embedded)).NameIndex;
        Dictionary<string, int[]> fromOne = Gazetteer.Load(new MemoryStream(one)).NameIndex;
        Assert.True(fromTwo.Count > 40_000);
        Assert.Equal(fromOne.Count, fromTwo.Count);
        foreach ((string key, int[] places) in fromOne)
        {
            Assert.True(fromTwo.TryGetValue(key, out int[]? found), key);
            Assert.Equal(places, found);
        }
    }

    [Fact]
    public void Slot_records_that_do_not_fit_the_table_are_refused()
    {
        byte[] record = new byte[NameTable.SlotRecord];
        BitConverter.TryWriteBytes(record.AsSpan(4), 12345UL);
        BitConverter.TryWriteBytes(record.AsSpan(12), 1);
        Assert.NotNull(NameTable.Ready(16, 1, [7], record, () => []));

        // A table of another size than the key count gives, a slot past the table, more candidates than the pool holds.
        Assert.Throws<InvalidDataException>(() => NameTable.Ready(32, 1, [7], record, () => []));
        byte[] outside = [.. record];
        BitConverter.TryWriteBytes(outside.AsSpan(0), 16u);
        Assert.Throws<InvalidDataException>(() => NameTable.Ready(16, 1, [7], outside, () => []));
        byte[] tooLong = [.. record];
        BitConverter.TryWriteBytes(tooLong.AsSpan(12), 2);
        Assert.Throws<InvalidDataException>(() => NameTable.Ready(16, 1, [7], tooLong, () => []));
    }
}
