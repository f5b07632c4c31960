using System.Collections.Immutable;
using Tidings.Numbers;
using Xunit;

namespace Tidings.Tests.Numbers;

/// <summary>
/// Session 32 (mend32d): review 32d's findings 1-4 on quant32's quantities, each the reviewer's example (or one of its class)
/// and the case the rule was written for, which must still read as before.
/// </summary>
public sealed class ReviewMend32QuantityTests
{
    private static ImmutableArray<Quantity> Read(string text) => QuantityExtractor.Default.Extract(text);

    // Finding 1: a glued "m" on whole thousands in money copy is millions, not metres.
    [Theory]
    [InlineData("Revenue rose to £1,450m from 1,300m a year earlier.", 1_300_000_000)]
    [InlineData("Net profit rose to 1,250m from 1,100m, the Tokyo-based company said.", 1_100_000_000)]
    [InlineData("The population reached 1,200m by 2050.", 1_200_000_000)]
    [InlineData("The FTSE's 4,000m in market value was wiped out.", 4_000_000_000)]
    public void Whole_thousands_with_a_glued_m_in_money_or_counts_stay_millions(string text, long value)
    {
        ImmutableArray<Quantity> found = Read(text);
        Assert.DoesNotContain(found, q => q.Unit.Code == "m");
        Assert.Contains(found, q => q.Value == value || q.High == value || q.Low == value);
    }

    [Fact]
    public void A_money_range_of_whole_thousands_stays_one_range_in_pounds()
    {
        ImmutableArray<Quantity> found = Read("The group expects sales of between £1,200m and 1,500m.");
        Assert.DoesNotContain(found, q => q.Unit.Code == "m");
        Assert.Contains(found, q => q.Unit.Code == "GBP" && q.Text.Contains("1,500m", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("La Paz airport lies at 4,061m, so planes need longer runways.", 4061)]
    [InlineData("Runners train at Iten, 2,400m up, before the marathon season.", 2400)]
    [InlineData("The route gains 1,200m (3,937ft) before the col.", 1200)]
    public void Whole_thousands_with_a_cue_of_height_are_still_metres(string text, int value) =>
        Assert.Contains(Read(text), q => q.Value == value && q.Unit.Code == "m");

    // Finding 2: a length word elsewhere in the sentence, or a figurative one, does not make a glued "m" metres.
    [Theory]
    [InlineData("At the height of the crisis unemployment hit 3.1m.", 3_100_000)]
    [InlineData("The mountain railway carried 2.3m last year.", 2_300_000)]
    [InlineData("Mount Sinai's endowment grew to 1.2m last year.", 1_200_000)]
    [InlineData("Shares went diving and volume hit 3.2m on the day.", 3_200_000)]
    [InlineData("The hammer went 84.70 metres, and the club's membership is now 1.2m.", 1_200_000)]
    [InlineData("The company is back on its feet, with 1.1m customers and 2.4m in orders.", 2_400_000)]
    public void A_length_word_outside_the_figures_clause_leaves_millions(string text, long value) =>
        Assert.Contains(Read(text), q => q.Value == value);

    [Theory]
    [InlineData("The shot landed 21.4 metres out, beating the old mark by 0.3m.", 0.3)]
    [InlineData("The glacier lost 2.4km of its tongue and thinned by 45m.", 45)]
    public void A_length_in_the_figures_own_clause_still_makes_metres(string text, double value) =>
        Assert.Contains(Read(text), q => q.Value == (decimal)value && q.Unit.Code == "m");

    // Findings 3 and 4: a lone "4s" or "3d" is old money only in a sentence of old money.
    [Theory]
    [InlineData("Verstappen's lead stood at 4s after the second stop.")]
    [InlineData("The riders finished between 3s and 7s behind the winner.")]
    [InlineData("Two drivers were given 5s each for track limits.")]
    [InlineData("The bob sleigh team went at 4s intervals.")]
    [InlineData("The 3d Marine Division was sent at 3d notice.")]
    [InlineData("Fans bought 3d glasses at the door.")]
    public void A_lone_s_or_d_outside_old_money_is_no_money(string text) =>
        Assert.DoesNotContain(Read(text), q => q.Unit.Code == "GBP");

    [Theory]
    [InlineData("Dockers earned between 6s and 11s a week in 1889.", 0.3)]
    [InlineData("Eggs sold at 2s a dozen in the war.", 0.1)]
    [InlineData("A loaf cost 4d in 1940, and a pint of milk 1s 2d.", 4.0 / 240)]
    public void A_lone_s_or_d_in_old_money_is_still_money(string text, double pounds) =>
        Assert.Contains(Read(text), q => q.Unit.Code == "GBP" && (Near(q.Value, pounds) || Near(q.Low, pounds)));

    private static bool Near(decimal? value, double expected) => value is decimal v && Math.Abs((double)v - expected) < 1e-9;
}
