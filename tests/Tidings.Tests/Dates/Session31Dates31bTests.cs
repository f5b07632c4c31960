using System.Collections.Immutable;
using Tidings.Dates;
using Xunit;

namespace Tidings.Tests.Dates;

/// <summary>
/// Session 31 (dates31b, issue 15): British relative days with the shift after the weekday or a count of weekdays, "circa"
/// years, author-year citation years, wraps of a bare "the year" or "the decade", Orthodox Easter and Corpus Christi as data,
/// a part of a named day, and the clock times of a listing under a day heading alone on its line. Examples written for these
/// rules, not taken from any blind set.
/// </summary>
public sealed class Session31Dates31bTests
{
    /// <summary>Tuesday 20 January 2026.</summary>
    private static readonly DateOnly Tuesday = new(2026, 1, 20);

    private static ImmutableArray<DateMention> Read(string text, DateOnly? reference = null) =>
        DateExtractor.Default.Extract(text, reference ?? Tuesday);

    private static string? ValueOf(string text, string mention, DateOnly? reference = null) =>
        Assert.Single(Read(text, reference), d => d.Text == mention).Value;

    [Theory]
    [InlineData("The hearing resumes on Thursday next at the county court.", "Thursday next", "2026-01-22")]
    [InlineData("He was arrested on Friday last outside the station.", "Friday last", "2026-01-16")]
    [InlineData("The shop will reopen this day week, the owners said.", "this day week", "2026-01-27")]
    [InlineData("The fair came to town three Saturdays ago.", "three Saturdays ago", "2026-01-03")]
    [InlineData("The new ferry sails two Fridays from now.", "two Fridays from now", "2026-01-30")]
    [InlineData("The vote is due a fortnight come Thursday.", "a fortnight come Thursday", "2026-02-05")]
    public void British_relative_days_count_from_the_time_of_writing(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, mention));

    [Theory]
    [InlineData("The meeting is on Monday next week.", "Monday next")]
    [InlineData("The talks on Friday last for three hours.", "Friday last")]
    public void A_shift_before_a_unit_or_a_verb_is_not_postposed(string text, string notMention) =>
        Assert.DoesNotContain(Read(text), d => d.Text == notMention);

    [Theory]
    [InlineData("Crowds were thin on the Sunday just gone.", "the Sunday just gone")]
    [InlineData("Crowds were thin this past weekend.", "this past weekend")]
    public void The_day_just_gone_is_one_span(string text, string mention) =>
        Assert.Contains(Read(text), d => d.Text == mention);

    [Theory]
    [InlineData("The mill was built circa 1790 on the river.", "circa 1790", "1790")]
    [InlineData("A pine dresser, Welsh, c. 1820, sold for £900.", "c. 1820", "1820")]
    public void A_circa_year_is_the_year(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, mention));

    [Fact]
    public void Author_year_citations_give_their_years()
    {
        ImmutableArray<DateMention> found = Read("Earlier studies found the same (Okafor 2011; Lindqvist and Reyes 2019).");
        Assert.Contains(found, d => d.Text == "2011" && d.Value == "2011");
        Assert.Contains(found, d => d.Text == "2019" && d.Value == "2019");
    }

    [Theory]
    [InlineData("Shares drifted in the dying days of the year.", "the dying days of the year", "2026")]
    [InlineData("Demand should peak in the latter half of the decade.", "the latter half of the decade", "202")]
    public void A_wrap_of_a_bare_year_or_decade_is_the_current_one(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, mention));

    [Theory]
    [InlineData("Crowds are expected at Orthodox Easter.", "Orthodox Easter", "2026-04-12")]
    [InlineData("Shops in Cologne close on Corpus Christi.", "Corpus Christi", "2026-06-04")]
    [InlineData("Queues will be worst on Good Friday afternoon.", "Good Friday afternoon", "2026-04-03TAF")]
    public void Movable_feasts_are_computed(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, mention));

    [Fact]
    public void A_listing_clock_takes_the_day_heading_its_lines()
    {
        ImmutableArray<DateMention> found = Read("Northern League fixtures\nSat 24 Jan\nHarbour v Tarn Athletic, KO 3pm\nSun 25 Jan\nMoor End v Ashby, KO 2pm");
        Assert.Contains(found, d => d.Text == "3pm" && d.Value == "2026-01-24T15:00");
        Assert.Contains(found, d => d.Text == "2pm" && d.Value == "2026-01-25T14:00");
    }
}
