using System.Collections.Immutable;
using Tidings.Claims;
using Tidings.Numbers;
using Xunit;

namespace Tidings.Tests.Numbers;

/// <summary>Session 31 (mend31b): the findings of review 31b on quant31, each example sentence of the review asserting what a
/// reader expects — a spaced capital "K" is kelvin only with a temperature cue and never before a noun, "half as" is a
/// multiple only before a comparable word, a conjunction alone carries no weight to a number after a verb of another kind,
/// "bar" before a noun is a pressure unless the noun is the bar trade's, "tops what", "4% and change", "now double the
/// national average", "Attendance is pushing 80,000 fans" and "the 48V engine".</summary>
public sealed class ReviewMend31QuantityTests
{
    private static ImmutableArray<Quantity> Read(string text) => QuantityExtractor.Default.Extract(text);

    private static Quantity Only(string text, decimal value) => Assert.Single(Read(text), q => q.Value == value);

    [Theory]
    [InlineData("Analysts expect salaries of 100 K for new graduates.", 100)]
    [InlineData("Thousands joined the 5 K run on Sunday.", 5)]
    [InlineData("She earns about 60 K a year.", 60)]
    [InlineData("The company filed its 10 K report late.", 10)]
    [InlineData("The new set offers 4 K resolution.", 4)]
    [InlineData("He struck out 12 K in seven innings.", 12)]
    [InlineData("Starting salaries are 45 K and rising.", 45)]
    public void A_spaced_capital_k_without_a_temperature_cue_is_not_kelvin(string text, int value) =>
        Assert.NotEqual("K", Only(text, value).Unit.Code);

    [Theory]
    [InlineData("The magnet is cooled to 4 K before each run.", 4)]
    [InlineData("The superconducting wire runs at 20 K.", 20)]
    [InlineData("Temperatures in the chamber fell 3 K below the target.", 3)]
    public void A_spaced_capital_k_with_a_temperature_cue_is_kelvin(string text, int value) =>
        Assert.Equal("K", Only(text, value).Unit.Code);

    [Theory]
    [InlineData("The firm offers $100 K salaries to engineers.")]
    [InlineData("He paid £20 K for the car.")]
    [InlineData("The lobby moved to 1401 K Street last year.")]
    [InlineData("She ate a bowl of Special K for breakfast.")]
    public void Money_and_names_with_a_k_are_never_kelvin(string text) =>
        Assert.DoesNotContain(Read(text), q => q.Unit.Code == "K");

    [Theory]
    [InlineData("Output was cut in half as factories closed.")]
    [InlineData("Shares lost half as investors fled.")]
    public void Half_before_the_conjunction_as_is_no_multiple(string text)
    {
        Assert.DoesNotContain(Read(text), q => q.Value == 0.5m && q.Unit.Kind == UnitKind.Ratio);
        Assert.DoesNotContain(ClaimExtractor.Default.Extract(text), c => c.Relation == ClaimRelation.Comparison);
    }

    [Theory]
    [InlineData("Smokers were half as likely to finish the course.")]
    [InlineData("The scheme got half as much funding as its rival.")]
    [InlineData("Half as many people came this year.")]
    public void Half_as_before_a_comparable_word_is_a_multiple(string text) =>
        Assert.Contains(Read(text), q => q.Value == 0.5m && q.Unit.Kind == UnitKind.Ratio);

    [Theory]
    [InlineData("Police seized 40kg of cocaine but arrested 5.", 5)]
    [InlineData("Officers found 3kg of cannabis, but charged only 2.", 2)]
    public void A_conjunction_before_a_verb_of_another_kind_carries_no_weight(string text, int value) =>
        Assert.NotEqual("kg", Only(text, value).Unit.Code);

    [Theory]
    [InlineData("His weight fell from 90kg to 75.", 75, "kg")]
    [InlineData("He lost 20kg but gained 5 in a month.", 5, "kg")]
    [InlineData("The car has a range of 347 miles, though in winter we saw about 260.", 260, "mi")]
    [InlineData("He weighed 95kg, while his rival weighed 88.", 88, "kg")]
    [InlineData("Farmers spread 180 kg/ha of nitrogen, well above the advised 140.", 140, "kg")]
    [InlineData("She ran 26 miles while her sister managed 3.", 3, "mi")]
    public void A_comparison_or_a_verb_of_measuring_carries_the_unit(string text, int value, string code) =>
        Assert.Equal(code, Only(text, value).Unit.Code);

    [Theory]
    [InlineData("The espresso machine has a 15 bar pump.", 15)]
    [InlineData("The tyres run at 2.5 bar pressure.", 2.5)]
    [InlineData("The hull withstood 200 bar inside the test chamber.", 200)]
    public void Bar_before_an_ordinary_noun_is_a_pressure(string text, decimal value) =>
        Assert.Equal("bar", Only(text, value).Unit.Code);

    [Theory]
    [InlineData("The pub now employs 20 bar staff.", 20)]
    [InlineData("All 11 bar one were rescued.", 11)]
    public void Bar_before_the_bar_trade_is_no_pressure(string text, int value) =>
        Assert.NotEqual("bar", Only(text, value).Unit.Code);

    [Fact]
    public void Tops_before_what_is_the_verb()
    {
        Quantity q = Only("Revenue of $30bn tops what analysts had expected.", 30_000_000_000m);
        Assert.Equal(Approximation.Exact, q.Approximation);
        Assert.Equal("$30bn", q.Text);
    }

    [Theory]
    [InlineData("The tickets will cost $90 tops, analysts said.", 90)]
    [InlineData("Expect to pay £200 max for a pair.", 200)]
    public void Tops_and_max_before_punctuation_or_a_preposition_stay_hedges(string text, int value) =>
        Assert.Equal(Approximation.AtMost, Only(text, value).Approximation);

    [Fact]
    public void And_change_after_a_percentage_is_more_than() =>
        Assert.Equal(Approximation.MoreThan, Only("The yield is 4% and change at the moment.", 4).Approximation);

    [Fact]
    public void And_change_as_a_verb_is_no_hedge() =>
        Assert.Equal(Approximation.Exact, Only("The bank will hold rates at 5.25% and change its guidance.", 5.25m).Approximation);

    [Theory]
    [InlineData("Rents now double the national average in London")]
    [InlineData("Prices still double the pre-pandemic level, survey finds")]
    [InlineData("Rents, already double the national average, rose again.")]
    [InlineData("Prices are now double the 2019 level.")]
    public void Double_the_base_of_a_comparison_is_a_multiple(string text) =>
        Assert.Contains(Read(text), q => q.Value == 2 && q.Unit.Kind == UnitKind.Ratio);

    [Fact]
    public void Now_double_the_dose_is_the_verb() =>
        Assert.DoesNotContain(Read("Doctors now double the dose."), q => q.Value == 2 && q.Unit.Kind == UnitKind.Ratio);

    [Theory]
    [InlineData("Attendance is pushing 80,000 fans this season.", 80_000)]
    [InlineData("The firm has a payroll knocking on 10,000 staff.", 10_000)]
    public void A_measure_subject_keeps_the_verb_hedge(string text, int value) =>
        Assert.Equal(Approximation.AtMost, Only(text, value).Approximation);

    [Theory]
    [InlineData("The union is pushing 50,000 members to strike.", 50_000)]
    [InlineData("Volunteers are knocking on 10,000 doors.", 10_000)]
    public void A_verb_hedge_with_an_acting_subject_acts(string text, int value) =>
        Assert.Equal(Approximation.Exact, Only(text, value).Approximation);

    [Fact]
    public void A_glued_v_before_engine_is_volts_above_a_valve_count()
    {
        Assert.Equal("V", Only("The 48V engine saves fuel.", 48).Unit.Code);
        Assert.DoesNotContain(Read("It has a 1.6-litre 16V engine."), q => q.Unit.Code == "V");
    }
}
