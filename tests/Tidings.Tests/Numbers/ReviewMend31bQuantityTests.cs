using System.Collections.Immutable;
using Tidings.Numbers;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Numbers;

/// <summary>
/// Session 31 (mend31g): review 31e's findings on quant31b's quantities (1-5, 8, 12), each an example sentence and what a
/// reader takes from it.
/// </summary>
public sealed class ReviewMend31bQuantityTests
{
    private static ImmutableArray<Quantity> Read(string text) => QuantityExtractor.Default.Extract(text);

    // Finding 1: a small count before "x" and a length is a count times the length, not a side of a dimension.
    [Theory]
    [InlineData("She anchored the women's 4 x 100m relay team to gold.", 4)]
    [InlineData("The session was 10 x 400m intervals on the track.", 10)]
    [InlineData("You will need to buy 4 x 2m lengths of timber.", 4)]
    [InlineData("Lay 3 x 20cm tiles along the edge.", 3)]
    public void A_count_before_x_and_a_length_stays_a_count(string text, int count) =>
        Assert.DoesNotContain(Read(text), q => q.Value == count && q.Unit.Kind == UnitKind.Measure);

    [Theory]
    [InlineData("The cabin bag may measure no more than 55 x 40 x 23cm.", 55, "cm")]
    [InlineData("The slabs are 600 x 600mm tiles in grey.", 600, "mm")]
    public void Sides_of_one_size_are_still_a_dimension(string text, int side, string unit) =>
        Assert.Contains(Read(text), q => q.Value == side && q.Unit.Code == unit);

    // Finding 2: only a name that is nothing but money opens an amount in Title Case words.
    [Theory]
    [InlineData("Labour Won Three Seats in Thursday's By-Elections")]
    [InlineData("Bucks Two Wins From NBA Finals")]
    [InlineData("The Crown Two Seasons On")]
    public void A_headline_word_that_names_a_currency_does_not_open_money(string text) =>
        Assert.DoesNotContain(Read(text), q => q.Unit.Kind == UnitKind.Currency);

    [Fact]
    public void A_currency_name_before_an_amount_in_words_is_money() =>
        Assert.Contains(Read("The sum of Kenya Shillings Twelve Thousand was paid."), q => q.Unit.Kind == UnitKind.Currency && q.Value == 12_000);

    // Findings 3 and 5: "(m)" under a word of length or time is not millions.
    [Theory]
    [InlineData("Bridge | Span (m) | Opened\nHumber | 1410 | 1981\nSevern | 988 | 1966")]
    [InlineData("Pipe | Diameter (m)\nNorth | 1410\nSouth | 988")]
    [InlineData("Route | Average delay (m)\nA | 1410\nB | 988")]
    public void M_under_a_length_or_time_heading_is_not_millions(string text) =>
        Assert.DoesNotContain(Read(text), q => q.Value == 1_410_000_000m);

    // Finding 4: "measures", "length", "distance" make a glued "m" metres only right before the figure.
    [Theory]
    [InlineData("NHS waiting list length hits record 7.8m", 7_800_000)]
    [InlineData("The new measures will help 2.1m, the Treasury said.", 2_100_000)]
    public void A_measuring_word_away_from_the_figure_leaves_millions(string text, int value) =>
        Assert.Contains(Read(text), q => q.Value == value);

    [Theory]
    [InlineData("Police found a crack measuring 2m in the wall.")]
    [InlineData("The ball travelled a distance of about 2m before it stopped.")]
    public void A_measuring_word_right_before_the_figure_makes_metres(string text) =>
        Assert.Contains(Read(text), q => q.Value == 2 && q.Unit.Code == "m");

    // Finding 8: an N-for-M is a share split only near a word of shares.
    [Theory]
    [InlineData("Judge went 2-for-4 with a home run.")]
    [InlineData("Tesco's 3-for-2 offer on books ends today.")]
    public void N_for_m_without_a_split_is_not_a_ratio(string text) =>
        Assert.DoesNotContain(Read(text), q => q.Unit.Kind == UnitKind.Ratio);

    [Fact]
    public void N_for_m_before_a_split_is_a_ratio() =>
        Assert.Contains(Read("The company announced a 1-for-10 reverse split."), q => q.Unit.Kind == UnitKind.Ratio && q.Value == 0.1m);

    // Finding 12: "sh." keeps its period only before a figure.
    [Fact]
    public void Sh_before_a_word_ends_a_sentence()
    {
        const string text = "He put a finger to his lips: sh. Then 300 people fell silent.";
        Assert.Equal(2, Document.Create(text).Sentences.Length);
        Assert.Equal(1, Document.Create("The fee was Sh. 25,000 in total.").Sentences.Length);
    }
}
