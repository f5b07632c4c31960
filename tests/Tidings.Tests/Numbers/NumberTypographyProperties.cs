using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Tidings.Numbers;
using Tidings.Tests.Properties;
using Xunit;

namespace Tidings.Tests.Numbers;

/// <summary>
/// Round trips for the number typography of session 26: Swiss apostrophe groups, continental groups with a decimal comma,
/// middle-dot decimals, the fraction slash U+2044 and powers of ten — every formatted value reads back to itself.
/// </summary>
public sealed class NumberTypographyProperties
{
    private static readonly Gen<long> Thousands = Gen.Frequency(
        (3, Gen.Choose(1000, 999_999).Select(n => (long)n)),
        (3, from high in Gen.Choose(1, 999_999)
            from low in Gen.Choose(0, 999_999)
            select (long)high * 1_000_000 + low));

    [Fact]
    public void Swiss_apostrophe_groups_read_back() =>
        PropertySettings.Run(Prop.ForAll(Arb.From(from n in Thousands
                                                  from curly in Gen.Elements(true, false)
                                                  select (n, curly)), t =>
        {
            string digits = t.n.ToString("N0", CultureInfo.InvariantCulture).Replace(',', t.curly ? '\u2019' : '\'');
            Quantity q = NumberRoundTripProperties.Single("ZURICH - The fund reported CHF " + digits + " on Tuesday.", "CHF " + digits);
            Assert.Equal(t.n, q.Value);
            Assert.Equal("CHF", q.Unit.Code);
        }), nameof(Swiss_apostrophe_groups_read_back));

    [Fact]
    public void Continental_groups_and_decimal_commas_read_back() =>
        PropertySettings.Run(Prop.ForAll(Arb.From(from n in Thousands.Where(n => n >= 1_000_000)
                                                  from cents in Gen.Choose(-1, 99)
                                                  select (n, cents)), t =>
        {
            string digits = t.n.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.')
                + (t.cents < 0 ? "" : "," + t.cents.ToString("D2", CultureInfo.InvariantCulture));
            Quantity q = NumberRoundTripProperties.Single("The court ordered damages of €" + digits + " on Tuesday.", "€" + digits);
            Assert.Equal(t.n + Math.Max(t.cents, 0) / 100m, q.Value);
            Assert.Equal("EUR", q.Unit.Code);
        }), nameof(Continental_groups_and_decimal_commas_read_back));

    [Fact]
    public void Middle_dot_and_decimal_comma_prices_read_back() =>
        PropertySettings.Run(Prop.ForAll(Arb.From(from whole in Gen.Choose(1, 999)
                                                  from cents in Gen.Choose(10, 99)
                                                  from dot in Gen.Elements('\u00B7', ',')
                                                  select (whole, cents, dot)), t =>
        {
            string mention = "£" + t.whole.ToString(CultureInfo.InvariantCulture) + t.dot + t.cents.ToString(CultureInfo.InvariantCulture);
            Quantity q = NumberRoundTripProperties.Single("The ticket costs " + mention + " this week.", mention);
            Assert.Equal(t.whole + t.cents / 100m, q.Value);
            Assert.Equal("GBP", q.Unit.Code);
        }), nameof(Middle_dot_and_decimal_comma_prices_read_back));

    [Fact]
    public void Fraction_slash_amounts_read_back() =>
        PropertySettings.Run(Prop.ForAll(Arb.From(from b in Gen.Choose(2, 16)
                                                  from a in Gen.Choose(1, 15)
                                                  from whole in Gen.Choose(0, 9)
                                                  where a < b
                                                  select (a, b, whole)), t =>
        {
            string mention = (t.whole > 0 ? t.whole.ToString(CultureInfo.InvariantCulture) + " " : "")
                + t.a.ToString(CultureInfo.InvariantCulture) + "\u2044" + t.b.ToString(CultureInfo.InvariantCulture) + " cups";
            Quantity q = NumberRoundTripProperties.Single("Add " + mention + " of flour.", mention);
            Assert.Equal(t.whole + (decimal)t.a / t.b, q.Value);
            Assert.Equal("cup", q.Unit.Code);
        }), nameof(Fraction_slash_amounts_read_back));

    [Fact]
    public void Powers_of_ten_read_back() =>
        PropertySettings.Run(Prop.ForAll(Arb.From(from whole in Gen.Choose(1, 9)
                                                  from tenth in Gen.Choose(0, 9)
                                                  from exponent in Gen.Choose(2, 15)
                                                  from times in Gen.Elements("x", "\u00D7")
                                                  from superscript in Gen.Elements(true, false)
                                                  select (whole, tenth, exponent, times, superscript)), t =>
        {
            decimal mantissa = t.whole + t.tenth / 10m;
            string power = t.superscript ? "10" + Superscript(t.exponent) : "10^" + t.exponent.ToString(CultureInfo.InvariantCulture);
            string mention = mantissa.ToString("0.#", CultureInfo.InvariantCulture) + " " + t.times + " " + power;
            Quantity q = NumberRoundTripProperties.Single("The sample held " + mention + " in total.", mention);
            decimal expected = mantissa;
            for (int e = 0; e < t.exponent; e++)
            {
                expected *= 10;
            }

            Assert.Equal(expected, q.Value);
        }), nameof(Powers_of_ten_read_back));

    private static string Superscript(int n) =>
        string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(c => "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079"[c - '0']));
}
