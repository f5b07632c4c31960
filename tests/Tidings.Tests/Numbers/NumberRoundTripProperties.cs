using System.Collections.Immutable;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Tidings.Numbers;
using Tidings.Tests.Properties;
using Xunit;

namespace Tidings.Tests.Numbers;

/// <summary>
/// Round trips (issue 13): random numbers up to 10^15 and random fractions, written out in English words or in digits
/// (with separators, scales, currency signs and hedges), read back to the same value, unit and bounds.
/// </summary>
public sealed class NumberRoundTripProperties
{
    /// <summary>0 to 10^15, most of them small enough to be said in news.</summary>
    private static readonly Gen<long> Numbers = Gen.Frequency(
        (3, Gen.Choose(0, 999).Select(n => (long)n)),
        (3, Gen.Choose(1000, 999_999).Select(n => (long)n)),
        (4, from high in Gen.Choose(0, 999_999)
            from low in Gen.Choose(0, 999_999_999)
            select (long)high * 1_000_000_000 + low),
        (2, from digit in Gen.Choose(1, 9)
            from power in Gen.Choose(2, 14)
            select digit * (long)Math.Pow(10, power)));

    private static readonly Gen<long> Positive = Numbers.Where(n => n > 0);

    private static readonly Gen<(string Phrase, Approximation Hedge)> Hedges = Gen.Elements(
        ("", Approximation.Exact), ("about ", Approximation.Approximate), ("some ", Approximation.Approximate),
        ("more than ", Approximation.MoreThan), ("up to ", Approximation.AtMost), ("at least ", Approximation.AtLeast),
        ("fewer than ", Approximation.LessThan), ("nearly ", Approximation.AtMost));

    [Fact]
    public void Numbers_written_in_words_read_back() =>
        PropertySettings.Run(Prop.ForAll(Arb.From(from n in Numbers
                                                  from and in Gen.Elements(true, false)
                                                  from hyphen in Gen.Elements(true, false)
                                                  select (n, and, hyphen)), t =>
        {
            string words = EnglishNumberWriter.Write(t.n, t.and, t.hyphen);
            Quantity q = Single("Officials counted " + words + " people on Tuesday.", words);
            Assert.Equal(t.n, q.Value);
            Assert.Equal(QuantityUnit.Count, q.Unit);
            Assert.Equal("people", q.Counted?.Text);
        }), nameof(Numbers_written_in_words_read_back));

    [Fact]
    public void Spelled_numbers_with_hedges_keep_value_and_bounds() =>
        PropertySettings.Run(Prop.ForAll(Arb.From(from n in Positive
                                                  from hedge in Hedges
                                                  select (n, hedge)), t =>
        {
            string mention = t.hedge.Phrase + EnglishNumberWriter.Write(t.n, and: true, hyphen: true);
            Quantity q = Single("Police said " + mention + " protesters had gathered.", mention);
            CheckHedge(q, t.n, t.hedge.Hedge);
        }), nameof(Spelled_numbers_with_hedges_keep_value_and_bounds));

    [Fact]
    public void Digits_with_separators_signs_and_hedges_read_back() =>
        PropertySettings.Run(Prop.ForAll(Arb.From(from n in Positive
                                                  from hedge in Hedges
                                                  from style in Gen.Choose(0, 3)
                                                  from money in Gen.Elements(true, false)
                                                  select (n, hedge, style, money)), t =>
        {
            string digits = Format(t.n, t.style);
            string mention = t.hedge.Phrase + (t.money ? "$" : "") + digits;
            Quantity q = Single("The ministry reported " + mention + " on Tuesday.", mention);
            CheckHedge(q, t.n, t.hedge.Hedge);
            Assert.Equal(t.money ? "USD" : "count", q.Unit.Code);
        }), nameof(Digits_with_separators_signs_and_hedges_read_back));

    [Fact]
    public void Decimals_with_scales_and_currencies_read_back() =>
        PropertySettings.Run(Prop.ForAll(Arb.From(from whole in Gen.Choose(1, 999)
                                                  from cents in Gen.Choose(0, 99)
                                                  from scale in Gen.Elements(("million", 1_000_000m), ("billion", 1_000_000_000m), ("bn", 1_000_000_000m), ("m", 1_000_000m), ("trillion", 1_000_000_000_000m), ("k", 1_000m))
                                                  from sign in Gen.Elements(("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("US$", "USD"), ("HK$", "HKD"), ("A$", "AUD"), ("₹", "INR"))
                                                  from glued in Gen.Elements(true, false)
                                                  select (whole, cents, scale, sign, glued)), t =>
        {
            decimal value = t.whole + t.cents / 100m;
            string number = value.ToString("0.##", CultureInfo.InvariantCulture);
            bool short_ = t.scale.Item1.Length <= 2;
            string mention = t.sign.Item1 + number + (t.glued || short_ ? "" : " ") + t.scale.Item1;
            Quantity q = Single("The company raised " + mention + " last year.", mention);
            Assert.Equal(value * t.scale.Item2, q.Value);
            Assert.Equal(t.sign.Item2, q.Unit.Code);
        }), nameof(Decimals_with_scales_and_currencies_read_back));

    [Fact]
    public void Spelled_decimals_and_scales_read_back() =>
        PropertySettings.Run(Prop.ForAll(Arb.From(from whole in Gen.Choose(1, 999)
                                                  from tenths in Gen.Choose(1, 9)
                                                  from scale in Gen.Elements(("million", 1_000_000m), ("billion", 1_000_000_000m), ("trillion", 1_000_000_000_000m))
                                                  select (whole, tenths, scale)), t =>
        {
            string mention = EnglishNumberWriter.Write(t.whole, and: true, hyphen: true) + " point "
                + EnglishNumberWriter.Write(t.tenths, and: false, hyphen: false) + " " + t.scale.Item1;
            Quantity q = Single("Analysts expect " + mention + " people to vote.", mention);
            Assert.Equal((t.whole + t.tenths / 10m) * t.scale.Item2, q.Value);
        }), nameof(Spelled_decimals_and_scales_read_back));

    [Fact]
    public void Ranges_in_digits_and_words_keep_both_ends() =>
        PropertySettings.Run(Prop.ForAll(Arb.From(from a in Positive
                                                  from b in Positive
                                                  from words in Gen.Elements(true, false)
                                                  // "two to three hundred" is 200 to 300 in English: words avoid round upper ends.
                                                  where a < b && (!words || b < 1_000_000 && b % 100 != 0)
                                                  select (a, b, words)), t =>
        {
            // In words "between two hundred and three thousand" is itself ambiguous (203,000?), so words take "to".
            string Say(long n) => t.words ? EnglishNumberWriter.Write(n, and: true, hyphen: true) : Format(n, 1);
            string mention = t.words ? Say(t.a) + " to " + Say(t.b) : "between " + Say(t.a) + " and " + Say(t.b);
            Quantity q = Single("Officials estimated " + mention + " people were displaced.", mention);
            Assert.Equal(Approximation.Range, q.Approximation);
            Assert.Equal(t.a, q.Low);
            Assert.Equal(t.b, q.High);
            Assert.Equal(t.a / 2m + t.b / 2m, q.Value);
        }), nameof(Ranges_in_digits_and_words_keep_both_ends));

    [Fact]
    public void Fractions_in_words_read_back_as_ratios() =>
        PropertySettings.Run(Prop.ForAll(Arb.From(from d in Gen.Choose(3, 10)
                                                  from n in Gen.Choose(1, 9)
                                                  where n < d
                                                  from hyphen in Gen.Elements(true, false)
                                                  select (n, d, hyphen)), t =>
        {
            string words = EnglishNumberWriter.Fraction(t.n, t.d);
            if (t.hyphen)
            {
                words = words.Replace(' ', '-');
            }

            Quantity q = Single("Officials said " + words + " of the voters stayed home.", words);
            Assert.Equal(QuantityUnit.Ratio, q.Unit);
            Assert.True(QuantitySpec.SameNumber((decimal)t.n / t.d, q.Value), $"{words}: {q.Value}");
        }), nameof(Fractions_in_words_read_back_as_ratios));

    [Fact]
    public void Mixed_numbers_read_back() =>
        PropertySettings.Run(Prop.ForAll(Arb.From(from whole in Gen.Choose(1, 99)
                                                  from f in Gen.Elements(("and a half", "1/2", "½", 0.5m), ("and a quarter", "1/4", "¼", 0.25m), ("and a third", "1/3", "⅓", 1m / 3))
                                                  from form in Gen.Choose(0, 2)
                                                  select (whole, f, form)), t =>
        {
            string mention = t.form switch
            {
                0 => EnglishNumberWriter.Write(t.whole, and: true, hyphen: true) + " " + t.f.Item1,
                1 => t.whole.ToString(CultureInfo.InvariantCulture) + " " + t.f.Item2,
                _ => t.whole.ToString(CultureInfo.InvariantCulture) + t.f.Item3,
            };
            Quantity q = Single("The river rose " + mention + " metres overnight.", mention + " metres");
            Assert.True(QuantitySpec.SameNumber(t.whole + t.f.Item4, q.Value), $"{mention}: {q.Value}");
            Assert.Equal("m", q.Unit.Code);
        }), nameof(Mixed_numbers_read_back));

    [Fact]
    public void The_numeral_reader_reads_written_numbers_alone() =>
        PropertySettings.Run(Prop.ForAll(Arb.From(Numbers), n =>
        {
            string words = EnglishNumberWriter.Write(n, and: n % 2 == 0, hyphen: n % 3 != 0);
            using var doc = Tidings.Text.Document.Create(words);
            var cursor = new SentenceCursor(doc);
            var reader = new NumeralReader(cursor);
            cursor.Enter(0, doc.Tokens.Length);
            Draft draft = default;
            Assert.True(reader.Read(0, ref draft), words);
            Assert.Equal(doc.Tokens.Length - 1, draft.Last);
            Assert.Equal(n, draft.Value);
        }), nameof(The_numeral_reader_reads_written_numbers_alone));

    [Theory]
    [InlineData("The bill passed 9 to 79228162514264337593543950335.")]
    [InlineData("between 79228162514264337593543950335 and 79228162514264337593543950335 million")]
    [InlineData("$999,999,999,999,999,999,999,999 trillion to 1 billion")]
    [InlineData("9,999,999,999,999,999,999,999,999 9,999 999 999 999 999 999 999")]
    [InlineData("tens of thousands of millions of billions of trillions")]
    [InlineData("99 99 99 99 99 99 99 99 99 99 99 99 99 99 99 crore lakh crore lakh")]
    [InlineData("It cost USD129,457,214,280,222,131,287,196,878,204 in all.")]
    [InlineData("KSh999,999,999,999,999,999,999,999,999,999.5bn and N1,000,000,000,000,000,000,000,000,000,000")]
    [InlineData("999 trillion point nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine")]
    public void Huge_numbers_never_overflow(string text)
    {
        ImmutableArray<Quantity> quantities = News.Quantities(text);
        foreach (Quantity q in quantities)
        {
            Assert.Equal(text[q.Start..q.End], q.Text);
        }
    }

    [Fact]
    public void Digit_strings_of_any_size_with_connectors_never_throw() =>
        PropertySettings.Run(Prop.ForAll(Arb.From(
            from parts in Gen.ArrayOf(Gen.OneOf(
                Gen.Choose(1, 40).SelectMany(len => Gen.ArrayOf(Gen.Choose(0, 9), len).Select(ds => string.Concat(ds))),
                Gen.Elements("to", "and", "between", "-", "–", "million", "trillion", "crore", "lakh", "bn", "$", "%", "of", "in",
                    "point", "nine", "half", "a", "or", ".", ",", "(", ")", "1/2", "½", "+", "−", "cents", "dollars")))
            select string.Join(" ", parts)), text =>
        {
            ImmutableArray<Quantity> quantities = News.Quantities(text);
            foreach (Quantity q in quantities)
            {
                Assert.Equal(text[q.Start..q.End], q.Text);
            }
        }), nameof(Digit_strings_of_any_size_with_connectors_never_throw));

    /// <summary>The one quantity of <paramref name="text"/>, whose text must be <paramref name="mention"/>.</summary>
    internal static Quantity Single(string text, string mention)
    {
        ImmutableArray<Quantity> quantities = News.Quantities(text);
        Assert.True(quantities.Length == 1, $"\"{text}\": {quantities.Length} quantities: {string.Join(" | ", quantities.Select(q => q.Text))}");
        Quantity q = quantities[0];
        Assert.Equal(mention, q.Text);
        return q;
    }

    private static void CheckHedge(Quantity q, long n, Approximation hedge)
    {
        Assert.Equal(hedge, q.Approximation);
        Assert.Equal(n, q.Value);
        Assert.Equal(hedge is Approximation.AtLeast or Approximation.MoreThan ? n : null, q.Low);
        Assert.Equal(hedge is Approximation.AtMost or Approximation.LessThan ? n : null, q.High);
    }

    /// <summary>0: "1,234,567"; 1: the same; 2: "1 234 567" (spaces); 3: "1 234 567" (narrow no-break spaces). Below 1,000 plain.</summary>
    private static string Format(long n, int style)
    {
        string grouped = n.ToString("N0", CultureInfo.InvariantCulture);
        return style switch
        {
            2 => grouped.Replace(',', ' '),
            3 => grouped.Replace(',', '\u202F'),
            _ => grouped,
        };
    }
}
