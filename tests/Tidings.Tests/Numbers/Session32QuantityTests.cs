using System.Collections.Immutable;
using Tidings.Numbers;
using Xunit;

namespace Tidings.Tests.Numbers;

/// <summary>
/// Session 32 (quant32, b20): the classes this branch reads, each with sentences written for these tests: glued metres at
/// altitude and in sentences of lengths, continental and space groups with a decimal comma, German scale abbreviations,
/// the old British milliard and spoken numbers across a comma, pre-decimal money, race distances in miles and furlongs.
/// </summary>
public sealed class Session32QuantityTests
{
    private static ImmutableArray<Quantity> Read(string text) => QuantityExtractor.Default.Extract(text);

    [Theory]
    [InlineData("The refuge stands at 3,817m, a day's walk from the road.", 3817)]
    [InlineData("The shot landed 21.4 metres out, beating the old mark by 0.3m.", 0.3)]
    [InlineData("The glacier lost 2.4km of its tongue and thinned by 45m.", 45)]
    public void A_glued_m_among_lengths_is_metres(string text, double value) =>
        Assert.Contains(Read(text), q => q.Value == (decimal)value && q.Unit.Code == "m");

    [Theory]
    [InlineData("The council will borrow £1,500m over the decade.", 1_500_000_000)]
    [InlineData("Viewing figures rose to 2.1m, the broadcaster said.", 2_100_000)]
    [InlineData("Some 1,200m people lack clean cooking fuel.", 1_200_000_000)]
    public void A_glued_m_of_money_or_people_stays_millions(string text, long value) =>
        Assert.Contains(Read(text), q => q.Value == value);

    [Theory]
    [InlineData("The tribunal awarded €2.345,75 in back pay.", 2345.75, "EUR")]
    [InlineData("A taxi to the airport costs Rp 12.500 at night.", 12500, "IDR")]
    [InlineData("The court ordered him to pay R250 000,00 in damages.", 250000, "ZAR")]
    [InlineData("The fund held 3 456 789,12 € at the year end.", 3456789.12, "EUR")]
    public void Continental_groups_and_decimal_commas(string text, double value, string code) =>
        Assert.Contains(Read(text), q => q.Value == (decimal)value && q.Unit.Code == code);

    [Theory]
    [InlineData("The carmaker booked sales of EUR 48 Mrd. last year.", 48_000_000_000)]
    [InlineData("The canton expects a deficit of CHF 7,5 Mio. in 2027.", 7_500_000)]
    public void German_scale_abbreviations(string text, long value) =>
        Assert.Contains(Read(text), q => q.Value == value);

    [Theory]
    [InlineData("The 1965 estimate was a thousand million pounds.", 1_000_000_000)]
    [InlineData("The stadium held sixty-one thousand, two hundred and five fans.", 61_205)]
    [InlineData("The mint struck two million, four hundred thousand coins.", 2_400_000)]
    [InlineData("About a million and a quarter households will pay more.", 1_250_000)]
    public void Spoken_big_numbers(string text, long value) =>
        Assert.Contains(Read(text), q => q.Value == value);

    [Fact]
    public void A_comma_between_two_whole_numbers_in_words_still_splits() =>
        Assert.Contains(Read("They sold a million, two million the year after."), q => q.Value == 2_000_000);

    [Theory]
    [InlineData("A shirt cost 9s 4d in the 1950s.", 9 / 20.0 + 4 / 240.0)]
    [InlineData("The clerk earned £3 5s 2d a week.", 3 + 5 / 20.0 + 2 / 240.0)]
    [InlineData("Oats fetched 7s a quarter that autumn.", 7 / 20.0)]
    public void Pre_decimal_money_is_pounds(string text, double value) =>
        Assert.Contains(Read(text), q => q.Unit.Code == "GBP" && Math.Abs((double)q.Value!.Value - value) < 1e-9);

    [Theory]
    [InlineData("Music of the 1960s filled the hall.")]
    [InlineData("She was in her 20s when she moved.")]
    [InlineData("The firm sells 3d printers to schools.")]
    public void Decades_and_models_are_no_old_money(string text) =>
        Assert.DoesNotContain(Read(text), q => q.Unit.Code == "GBP");

    [Fact]
    public void A_race_distance_in_miles_and_furlongs_is_miles() =>
        Assert.Contains(Read("The chase is run over 3m 2f at Sandown."), q => q.Value == 3.25m && q.Unit.Code == "mi");
}
