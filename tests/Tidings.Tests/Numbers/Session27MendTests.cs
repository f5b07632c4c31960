using System.Collections.Immutable;
using Tidings.Dates;
using Tidings.Numbers;
using Xunit;

namespace Tidings.Tests.Numbers;

/// <summary>Session 27 review findings on quantities and dates, each a sentence that read wrongly before the mend.</summary>
public sealed class Session27MendTests
{
    [Fact]
    public void Points_to_a_figure_per_game_are_not_percentage_points()
    {
        ImmutableArray<Quantity> quantities = QuantityExtractor.Default.Extract("He raised his scoring average by 5 points to 30 per game.");
        Assert.DoesNotContain(quantities, q => q.Unit.Kind == UnitKind.PercentagePoints);
        Quantity share = Assert.Single(QuantityExtractor.Default.Extract("The bank cut its forecast by 0.4 points to 1.7 per cent."), q => q.Value == 0.4m);
        Assert.Equal(UnitKind.PercentagePoints, share.Unit.Kind);
    }

    [Theory]
    [InlineData("Geelong 15.10 (100) – Sydney 10.8 (68)")]
    [InlineData("Store closures (1,020) — the most in a decade — hit the chain.")]
    public void A_dash_before_words_does_not_make_a_bracketed_figure_negative(string text) =>
        Assert.DoesNotContain(QuantityExtractor.Default.Extract(text), q => q.Value < 0);

    [Theory]
    [InlineData("Restructuring costs (845) —\nOther income 12", -845)]
    [InlineData("Restructuring costs (845) — 312", -845)]
    public void A_dash_ending_a_row_or_before_a_cell_is_a_nil(string text, int value) =>
        Assert.Contains(QuantityExtractor.Default.Extract(text), q => q.Value == value);

    [Theory]
    [InlineData("Energy firms double the standing charge.")]
    [InlineData("Councils double the number of parking fines.")]
    [InlineData("Councils double the size of fines.")]
    public void Double_the_after_a_subject_is_a_verb(string text) =>
        Assert.DoesNotContain(QuantityExtractor.Default.Extract(text), q => q.Unit.Kind == UnitKind.Ratio);

    [Theory]
    [InlineData("Sales were double the level of last year.")]
    [InlineData("Output rose to more than double the 2019 figure.")]
    [InlineData("The project cost nearly double the 2.2 million forecast.")]
    [InlineData("Costs reached close to double the national average.")]
    [InlineData("Turnout was double that of the last election.")]
    public void Double_the_after_a_hedge_or_copula_is_a_multiple(string text) =>
        Assert.Contains(QuantityExtractor.Default.Extract(text), q => q.Unit.Kind == UnitKind.Ratio && q.Value == 2);

    [Theory]
    [InlineData("The 12-gram gold nugget was found by a prospector.", 12)]
    public void A_gram_in_a_compound_modifier_is_still_a_gram(string text, int value) =>
        Assert.Contains(QuantityExtractor.Default.Extract(text), q => q.Unit.Code == "g" && q.Value == value);

    [Fact]
    public void A_personal_best_is_not_petabytes() =>
        Assert.DoesNotContain(QuantityExtractor.Default.Extract("She ran a 10.85 PB in the final."), q => q.Unit.Code == "PB");

    [Fact]
    public void To_this_day_in_a_year_is_not_that_day_of_the_year()
    {
        ImmutableArray<DateMention> dates = DateExtractor.Default.Extract("The case remains unsolved to this day in 2025.", new DateOnly(2025, 6, 1));
        Assert.DoesNotContain(dates, d => d.Text.Contains("this day in", StringComparison.Ordinal));
        Assert.Contains(DateExtractor.Default.Extract("On this day in 1969 men walked on the Moon.", new DateOnly(2025, 6, 1)), d => d.Text == "this day in 1969");
    }

    [Fact]
    public void Weeks_on_a_weekday_since_an_event_count_back()
    {
        ImmutableArray<DateMention> dates = DateExtractor.Default.Extract("It will be three weeks on Monday since the flood.", new DateOnly(2025, 6, 1));
        Assert.DoesNotContain(dates, d => d.Text == "three weeks on Monday");
        Assert.Contains(DateExtractor.Default.Extract("Three weeks on Monday the talks resume.", new DateOnly(2025, 6, 1)), d => d.Text == "Three weeks on Monday");
    }
}
