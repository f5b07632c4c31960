using System.Collections.Immutable;
using Tidings.Dates;
using Xunit;

namespace Tidings.Tests.Dates;

/// <summary>
/// Session 31 (mend31a): review 31a's findings on dates31. A step after a date counts on only when a new clause's subject follows it
/// (otherwise it restates the date, "freed in 1995, ten years later to the day"); "all summer", "mid-month" and "month-end" drop out
/// only before a noun of <c>[period-noun]</c>; "late evening tonight" keeps its part of the day; a bracket after a mid-text "Day 6"
/// makes a heading only when it glosses one. The reference date is Monday 2 March 2026. One test per review sentence.
/// </summary>
public sealed class ReviewMend31DateTests
{
    /// <summary>Monday 2 March 2026.</summary>
    private static readonly DateOnly Monday = new(2026, 3, 2);

    private static ImmutableArray<DateMention> Read(string text) => DateExtractor.Default.Extract(text, Monday);

    private static string? ValueOf(string text, string mention) => Assert.Single(Read(text), d => d.Text == mention).Value;

    // ---- 1. a step apposed to a date restates it unless a subject opens a new clause after it

    [Theory]
    [InlineData("He was jailed in 1985 and freed in 1995, ten years later to the day.", "ten years later", "1995")]
    [InlineData("She joined the firm in 1990 and retired in 2010, twenty years later at the age of 60.", "twenty years later", "2010")]
    [InlineData("The factory opened in 1950 and closed in 2000, fifty years later almost to the day.", "fifty years later", "2000")]
    public void A_step_apposed_to_a_date_before_a_preposition_or_adverb_restates_it(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, mention));

    [Theory]
    [InlineData("She married in 1970, two years later she left.", "two years later", "1972")]
    [InlineData("She left school in 1962, three years later in London she met him.", "three years later", "1965")]
    [InlineData("She arrived in 1968. She married in 1970, two years later she left.", "two years later", "1972")]
    public void A_step_before_a_new_clause_counts_on_from_the_date(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, mention));

    // ---- 2. a period word drops out only before a noun it is seen modifying

    [Theory]
    [InlineData("The resort stays open all summer with live music on the terrace.", "all summer")]
    [InlineData("The club trained all winter without a proper pitch.", "all winter")]
    [InlineData("The shop stayed open all summer despite the roadworks.", "all summer")]
    [InlineData("The road will be closed all winter except for emergency vehicles.", "all winter")]
    [InlineData("The beach was packed all summer thanks to the heatwave.", "all summer")]
    [InlineData("Stocks climbed all summer as prices fell.", "all summer")]
    [InlineData("Snow fell all winter, forcing schools to close.", "all winter")]
    public void All_season_before_a_preposition_or_clause_is_a_season(string text, string mention) =>
        Assert.Contains(Read(text), d => d.Text == mention);

    [Theory]
    [InlineData("Shares slid mid-month amid fears of a rate rise.", "mid-month")]
    [InlineData("The deal is expected to close by month-end pending regulatory approval.", "month-end")]
    [InlineData("The fund will report at month-end instead.", "month-end")]
    [InlineData("Prices rose until mid-month, then fell back.", "mid-month")]
    [InlineData("Banks settle at month-end each quarter.", "month-end")]
    public void Mid_month_and_month_end_before_a_preposition_or_adverb_are_this_month(string text, string mention) =>
        Assert.Equal("2026-03", ValueOf(text, mention));

    [Theory]
    [InlineData("The mid-month review found no errors.", "mid-month")]
    [InlineData("The funds saw heavy month-end selling.", "month-end")]
    [InlineData("Analysts said month-end rebalancing flows were smaller than usual.", "month-end")]
    public void A_period_word_before_a_noun_it_modifies_is_no_date(string text, string mention) =>
        Assert.DoesNotContain(Read(text), d => d.Text == mention);

    // ---- 5. a bracket after a mid-text "Day 6" makes a heading only when it glosses one

    [Fact]
    public void A_bracket_after_a_mid_text_day_that_glosses_no_heading_is_no_day() =>
        Assert.DoesNotContain(
            Read("The band releases its album on 5 September.\nDay 6 (the band) will tour Europe in October."), d => d.Text == "Day 6");

    // ---- 6. "late evening" before "tonight" keeps its part of the day

    [Fact]
    public void Late_evening_before_tonight_keeps_the_part_of_the_day()
    {
        ImmutableArray<DateMention> dates = Read("Crews worked until late evening tonight to clear the line.");
        Assert.Contains(dates, d => d.Text == "late evening" && d.Value == "2026-03-02TEV");
        Assert.Contains(dates, d => d.Text == "tonight");
    }

    [Theory]
    [InlineData("Crews had cleared the road until late evening yesterday.", "2026-03-01TEV")]
    [InlineData("The rain will clear by late afternoon on Friday 6 March.", "2026-03-06TAF")]
    public void Late_part_of_the_day_takes_the_day_told_after_it(string text, string expected) =>
        Assert.Contains(Read(text), d => d.Text.StartsWith("late ", StringComparison.Ordinal) && d.Value == expected);
}
