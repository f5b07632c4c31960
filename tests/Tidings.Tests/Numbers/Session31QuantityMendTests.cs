using System.Collections.Immutable;
using Tidings.Numbers;
using Xunit;

namespace Tidings.Tests.Numbers;

/// <summary>The session 30 review's (review30d) findings on quant30's hedges and units, each a sentence that read wrongly
/// before the mend (mend30d's patch, finished in session 31 by quant31), with the forms that must still read as before.</summary>
public sealed class Session31QuantityMendTests
{
    private static ImmutableArray<Quantity> Read(string text) => QuantityExtractor.Default.Extract(text);

    [Theory]
    [InlineData("Nvidia's revenue of $30bn tops forecasts for the quarter.", 30_000_000_000)]
    [InlineData("The Fed will hold rates at 5.25% and change its guidance.", 5.25)]
    [InlineData("Temperatures hit 41C, maximum readings were taken at noon.", 41)]
    [InlineData("Oil at $95 tops the forecast of most analysts.", 95)]
    [InlineData("Prices rose 3%, at most stores in the survey.", 3)]
    public void A_post_hedge_word_before_more_words_is_no_bound(string text, double value) =>
        Assert.Contains(Read(text), q => q.Value == (decimal)value && q.Approximation == Approximation.Exact);

    [Theory]
    [InlineData("Tickets cost £200 max.", 200, Approximation.AtMost)]
    [InlineData("The sale raised $40 million and change.", 40_000_000, Approximation.MoreThan)]
    [InlineData("Expect to pay £200 max for a decent pair of boots.", 200, Approximation.AtMost)]
    [InlineData("Lunch came to £12 and change for a sandwich and a coffee.", 12, Approximation.MoreThan)]
    [InlineData("The taxi costs €60, max, and the train less.", 60, Approximation.AtMost)]
    public void A_post_hedge_at_the_clause_end_still_bounds(string text, double value, Approximation bound) =>
        Assert.Contains(Read(text), q => q.Value == (decimal)value && q.Approximation == bound);

    [Theory]
    [InlineData("The strike involves 46,000 GM workers.", 46000)]
    [InlineData("All 32 GMs voted for the change.", 32)]
    [InlineData("Le Mans has 24 GT entries this year.", 24)]
    [InlineData("The pub hired 20 bar staff for the summer.", 20)]
    [InlineData("Two bar owners were fined and 12 bar managers warned.", 12)]
    public void A_capitalised_acronym_or_a_noun_after_bar_leaves_a_count(string text, int value) =>
        Assert.Contains(Read(text), q => q.Value == value && q.Unit.Kind == UnitKind.Count);

    [Fact]
    public void Lower_case_grams_and_pressure_in_bar_are_still_units()
    {
        Assert.Contains(Read("Add 50 gm of sugar."), q => q.Value == 50 && q.Unit.Code == "g");
        Assert.Contains(Read("The tyres were pumped to 2 bar."), q => q.Value == 2 && q.Unit.Code == "bar");
    }

    [Theory]
    [InlineData("Volunteers spent the weekend knocking on 10,000 doors.", 10000)]
    [InlineData("Russia is pushing 50,000 troops towards the front.", 50000)]
    [InlineData("The ice shelf lies south of 60 degrees.", 60)]
    public void A_verb_or_a_direction_before_a_number_is_no_hedge(string text, int value) =>
        Assert.Contains(Read(text), q => q.Value == value && q.Approximation == Approximation.Exact);

    [Fact]
    public void Pushing_before_an_age_or_a_count_per_period_still_hedges()
    {
        Assert.Contains(Read("He is pushing 40."), q => q.Value == 40 && q.Approximation == Approximation.AtMost);
        Assert.Contains(Read("Visitor numbers are knocking on 500,000 a year."), q => q.Value == 500000 && q.Approximation == Approximation.AtMost);
    }

    [Theory]
    [InlineData("Police seized 40kg of cocaine and arrested 5.", 5)]
    [InlineData("A 40-mile stretch of the M6 was closed after a crash that injured 12.", 12)]
    [InlineData("Officers found 12kg of heroin in the van and detained 3.", 3)]
    public void A_weight_or_distance_does_not_reach_a_bare_number_after_another_verb(string text, int value) =>
        Assert.Contains(Read(text), q => q.Value == value && q.Unit.Kind == UnitKind.Count);

    [Fact]
    public void Now_double_the_after_a_subject_is_a_verb()
    {
        Assert.DoesNotContain(Read("Doctors now double the dose for children."), q => q.Unit.Kind == UnitKind.Ratio);
        Assert.Contains(Read("Prices are now double the level of 2019."), q => q.Unit.Kind == UnitKind.Ratio && q.Value == 2);
    }

    [Fact]
    public void A_weight_still_reaches_a_number_it_is_compared_with() =>
        Assert.Contains(Read("The weight limit is now 40kg, against 25."), q => q.Value == 25 && q.Unit.Code == "kg");

    [Fact]
    public void A_glued_v_before_an_engine_counts_valves_and_before_a_battery_is_volts()
    {
        Assert.DoesNotContain(Read("It has a 1.6-litre 16V engine under the bonnet."), q => q.Unit.Code == "V");
        Assert.Contains(Read("The bike runs on a 48V battery."), q => q.Value == 48 && q.Unit.Code == "V");
    }
}
