using Tidings.Numbers;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Numbers;

/// <summary>
/// The rooms of the quantity scan, each alone: the numeral reader (tokens → value, no hedges or units around it)
/// and the unit tables read from the embedded data file.
/// </summary>
public sealed class NumberRoomTests
{
    [Theory]
    [InlineData("two hundred and forty-three", 243)]
    [InlineData("twenty one", 21)]
    [InlineData("a hundred", 100)]
    [InlineData("three dozen", 36)]
    [InlineData("two million three hundred thousand", 2_300_000)]
    [InlineData("one and a half", 1.5)]
    [InlineData("two and a half million", 2_500_000)]
    [InlineData("a million and a half", 1_500_000)]
    [InlineData("three point five", 3.5)]
    [InlineData("point five", 0.5)]
    [InlineData("nought point two five", 0.25)]
    [InlineData(".35", 0.35)]
    [InlineData("5 1/2", 5.5)]
    [InlineData("3½", 3.5)]
    [InlineData("7 654 321", 7_654_321)]
    [InlineData("25\u202F000", 25_000)]
    [InlineData("12,34,567", 1_234_567)]
    [InlineData("1,50,00,000", 15_000_000)]
    [InlineData("2.3bn", 2_300_000_000)]
    [InlineData("1.2b", 1_200_000_000)]
    [InlineData("10k", 10_000)]
    [InlineData("4trn", 4_000_000_000_000)]
    [InlineData("one-and-a-half", 1.5)]
    [InlineData("a half-dozen", 6)]
    public void The_numeral_reader_reads_a_whole_numeral(string text, double expected)
    {
        Draft draft = ReadAll(text);
        Assert.Equal((decimal)expected, draft.Value);
    }

    [Theory]
    [InlineData("two thirds of", 2.0 / 3)]
    [InlineData("3/4", 0.75)]
    [InlineData("¾", 0.75)]
    [InlineData("a fifth of", 0.2)]
    public void The_numeral_reader_reads_fractions_as_ratios(string text, double expected)
    {
        using var doc = Document.Create(text);
        Draft draft = Read(doc);
        Assert.True(draft.Ratio, text);
        Assert.True(QuantitySpec.SameNumber((decimal)expected, draft.Value), $"{text}: {draft.Value}");
    }

    [Theory]
    [InlineData("three quarters of a percentage point", 0.75, "pp")]
    [InlineData("a quarter-point", 0.25, "pp")]
    [InlineData("half a point", 0.5, "pp")]
    [InlineData("115USD", 115, "USD")]
    [InlineData("USD115", 115, "USD")]
    [InlineData("50p", 0.5, "GBP")]
    [InlineData("45C", 45, "degC")]
    [InlineData("300hp", 300, "hp")]
    [InlineData("2.5pc", 2.5, "percent")]
    [InlineData("25bp", 25, "bp")]
    public void The_numeral_reader_reads_units_written_into_the_numeral(string text, double expected, string unit)
    {
        Draft draft = ReadAll(text);
        Assert.Equal((decimal)expected, draft.Value);
        Assert.Equal(unit, draft.Unit.Code);
    }

    [Theory]
    [InlineData("24/7")]
    [InlineData("9/11")]
    [InlineData("5G")]
    [InlineData("19th")]
    [InlineData("1980s")]
    [InlineData("79228162514264337593543950335")]
    public void The_numeral_reader_refuses_what_is_not_a_number(string text)
    {
        using var doc = Document.Create(text);
        var cursor = new SentenceCursor(doc);
        cursor.Enter(0, doc.Tokens.Length);
        Draft draft = default;
        Assert.False(new NumeralReader(cursor).Read(0, ref draft), text);
    }

    [Theory]
    [InlineData("per cent", "percent")]
    [InlineData("percentage points", "pp")]
    [InlineData("basis points", "bp")]
    [InlineData("Swiss francs", "CHF")]
    [InlineData("renminbi", "CNY")]
    [InlineData("square miles", "mi2")]
    [InlineData("km / h", "km/h")]
    [InlineData("knots", "kn")]
    [InlineData("horsepower", "hp")]
    [InlineData("barrels per day", "bbl/d")]
    [InlineData("degrees Fahrenheit", "degF")]
    public void The_unit_tables_come_from_the_data_file(string phrase, string code)
    {
        using var doc = Document.Create(phrase);
        Assert.True(Units.After.MatchForward(doc, 0, doc.Tokens.Length, out int count, out UnitEntry unit), phrase);
        Assert.Equal(doc.Tokens.Length, count);
        Assert.Equal(code, unit.Unit.Code);
    }

    [Fact]
    public void Every_word_list_the_rules_ask_is_a_line_of_the_unit_table()
    {
        var lists = typeof(WordLists).GetFields().Select(f => (WordList)f.GetValue(null)!).ToList();
        Assert.NotEmpty(lists);
        foreach (WordList list in lists)
        {
            Assert.True(Units.ListWords(list.Name).Count > 0, list.Name);
        }

        Assert.True(WordLists.CodeAfter.Contains("U.S.C.") || WordLists.CodeAfter.Contains("USC"));
        Assert.True(Units.InList(WordLists.Temperature, "heatwave"));
        Assert.False(WordLists.Temperature.Contains("election"));
    }

    [Fact]
    public void Each_word_list_line_has_its_own_bit_and_a_word_has_the_bits_of_its_lines()
    {
        var lists = typeof(WordLists).GetFields().Select(f => (WordList)f.GetValue(null)!).ToList();
        Assert.Equal(lists.Count, lists.Select(l => l.Bit).Distinct().Count());
        foreach (WordList list in lists)
        {
            Assert.Equal(1, System.Numerics.BitOperations.PopCount(list.Bit));
        }

        Assert.NotEqual(0UL, Units.ListBitsOf("HEATWAVE") & WordLists.Temperature.Bit);
        Assert.Equal(0UL, Units.ListBitsOf("election") & WordLists.Temperature.Bit);
        Assert.NotEqual(0UL, Units.ListBitsOf("older") & WordLists.AgeLimitAfter.Bit); // also on "duration-not"
        Assert.Equal(0UL, Units.ListBitsOf(""));
        Assert.Equal(0UL, Units.ListBitOf("no-such-line"));
    }

    [Fact]
    public void The_unit_tables_know_signs_prefixes_minor_units_and_ambiguous_words()
    {
        Assert.True(Units.TryCurrencySign('€', out string euro));
        Assert.Equal("EUR", euro);
        Assert.True(Units.TryCurrencySign('¢', out string cent, out decimal divisor));
        Assert.Equal(("USD", 100m), (cent, divisor));
        Assert.True(Units.TryDollarPrefix("HK", out string hk));
        Assert.Equal("HKD", hk);
        Assert.True(Units.TryCodeBefore("RMB", out string rmb));
        Assert.Equal("CNY", rmb);
        Assert.True(Units.TryAmbiguousCue("francs", "Geneva", out string chf));
        Assert.Equal("CHF", chf);
        Assert.False(Units.TryAmbiguousCue("francs", "Tuesday", out _));
        Assert.Throws<InvalidDataException>(() => Units.Parse("[nonsense]\nkey: value\n"));
    }

    private static Draft ReadAll(string text)
    {
        using var doc = Document.Create(text);
        Draft draft = Read(doc);
        Assert.True(draft.Last == doc.Tokens.Length - 1, $"\"{text}\" read only to token {draft.Last} of {doc.Tokens.Length}");
        return draft;
    }

    private static Draft Read(Document doc)
    {
        var cursor = new SentenceCursor(doc);
        cursor.Enter(0, doc.Tokens.Length);
        Draft draft = default;
        Assert.True(new NumeralReader(cursor).Read(0, ref draft), doc.Text);
        return draft;
    }
}
