using Tidings.ML;
using Tidings.Recognition;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>The embedded word classes and name lists, and their file format.</summary>
public sealed class NameTablesTests
{
    private static ulong Classes(string word) => NameTables.Default.Classes(FeatureHash.OfText(word, lower: true, foldDigits: true));

    private static ushort Kinds(string phrase) => NameTables.Default.Kinds(NameTablesBuilder.PhraseHash(phrase)!.Value);

    private static bool Has(ushort kinds, NameListKind kind) => (kinds & (1 << (int)kind)) != 0;

    [Fact]
    public void The_embedded_tables_are_loaded()
    {
        Assert.True(NameTables.Default.WordCount > 100_000);
        Assert.True(NameTables.Default.PhraseCount > 100_000);
    }

    [Fact]
    public void Carmakers_share_a_word_class_and_case_does_not_matter()
    {
        ulong tesla = Classes("tesla"), boeing = Classes("Boeing");
        Assert.NotEqual(0UL, tesla);
        Assert.Equal((tesla >> 20) & 0xFFF, (boeing >> 20) & 0xFFF);
        Assert.Equal(tesla, Classes("TESLA"));
        Assert.Equal(0UL, Classes("qzxqzxqzx"));
    }

    [Fact]
    public void Lists_say_what_kind_a_name_is()
    {
        Assert.True(Has(Kinds("Reuters"), NameListKind.Media));
        Assert.True(Has(Kinds("State Department"), NameListKind.Agency));
        Assert.True(Has(Kinds("Moderna"), NameListKind.Company));
        Assert.True(Has(Kinds("Nasdaq"), NameListKind.Exchange));
        Assert.True(Has(Kinds("Mary"), NameListKind.GivenCommon));
        Assert.True(Has(Kinds("Smith"), NameListKind.SurnameCommon));
        Assert.Equal(0, Kinds("qzxqzxqzx"));
    }

    [Fact]
    public void Tables_survive_a_round_trip()
    {
        var words = new SortedDictionary<uint, (byte, ushort, ushort, ushort)> { [5] = (1, 2, 3, 4), [0xFFFFFFF0] = (99, 319, 999, 3199) };
        var phrases = new SortedDictionary<uint, ushort> { [7] = 0x10, [0x80000000] = 0x4001 };
        using var stream = new MemoryStream();
        NameTables.Write(stream, words, phrases);
        stream.Position = 0;
        NameTables read = NameTables.Read(stream);
        Assert.Equal(2, read.WordCount);
        Assert.Equal(2UL | 3UL << 8 | 4UL << 20 | 5UL << 32, read.Classes(5));
        Assert.Equal(100UL | 320UL << 8 | 1000UL << 20 | 3200UL << 32, read.Classes(0xFFFFFFF0));
        Assert.Equal(0x4001, read.Kinds(0x80000000));
        Assert.Equal(0, read.Kinds(8));
    }

    [Fact]
    public void The_embedded_tables_are_stored_flat_and_rewrite_to_the_same_bytes()
    {
        using Stream embedded = TidingsData.Open("Tidings.Recognition.NameTables.bin")!;
        var original = new MemoryStream();
        embedded.CopyTo(original);
        byte[] bytes = original.ToArray();
        Assert.Equal(2, BitConverter.ToInt32(bytes, 4));
        using var rewritten = new MemoryStream();
        NameTables.Read(new MemoryStream(bytes)).Write(rewritten);
        Assert.Equal(bytes, rewritten.ToArray());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_version_1_file_reads_as_the_same_tables(bool seekable)
    {
        var words = new SortedDictionary<uint, (byte, ushort, ushort, ushort)> { [0] = (7, 8, 9, 10), [1] = (1, 1, 1, 1), [5] = (1, 2, 3, 4), [0xFFFFFFF0] = (99, 319, 999, 3199) };
        var phrases = new SortedDictionary<uint, ushort> { [0] = 0x2, [1] = 0x1, [7] = 0x10, [0x80000000] = 0x4001 };
        using var flat = new MemoryStream();
        NameTables.Write(flat, words, phrases);
        byte[] version1 = WriteVersion1(words, phrases);
        Stream input = seekable ? new MemoryStream(version1) : new NonSeekable(version1);
        using var again = new MemoryStream();
        NameTables.Read(input).Write(again);
        Assert.Equal(flat.ToArray(), again.ToArray());
    }

    /// <summary>The deflated, delta-coded format of version 1, as the builder wrote it before version 2.</summary>
    private static byte[] WriteVersion1(SortedDictionary<uint, (byte K100, ushort K320, ushort K1000, ushort K3200)> words, SortedDictionary<uint, ushort> phrases)
    {
        var output = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(output, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(zlib))
        {
            writer.Write(0x4254544Eu);
            writer.Write(1);
            writer.Write(words.Count);
            uint last = 0;
            foreach (uint key in words.Keys)
            {
                writer.Write7BitEncodedInt((int)(key - last));
                last = key;
            }

            foreach (var v in words.Values)
            {
                writer.Write(v.K100);
            }

            foreach (var v in words.Values)
            {
                writer.Write(v.K320);
            }

            foreach (var v in words.Values)
            {
                writer.Write(v.K1000);
            }

            foreach (var v in words.Values)
            {
                writer.Write(v.K3200);
            }

            writer.Write(phrases.Count);
            last = 0;
            foreach (uint key in phrases.Keys)
            {
                writer.Write7BitEncodedInt((int)(key - last));
                last = key;
            }

            foreach (ushort kinds in phrases.Values)
            {
                writer.Write(kinds);
            }
        }

        return output.ToArray();
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }

    [Fact]
    public void A_file_of_another_kind_is_rejected()
    {
        using var stream = new MemoryStream([1, 2, 3, 4]);
        Assert.ThrowsAny<Exception>(() => NameTables.Read(stream));
    }
}
