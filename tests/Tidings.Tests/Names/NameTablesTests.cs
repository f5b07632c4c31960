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
    public void A_file_of_another_kind_is_rejected()
    {
        using var stream = new MemoryStream([1, 2, 3, 4]);
        Assert.ThrowsAny<Exception>(() => NameTables.Read(stream));
    }
}
