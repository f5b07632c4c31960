using System.Collections.Immutable;
using Tidings.Dates;
using Xunit;

namespace Tidings.Tests.Dates;

/// <summary>
/// Session 31 (dates31): review 30b's narrowed rules. A sentence-opening "Day 4" counts on from a day told after a verb that starts a
/// count, or has a heading's shape anywhere in a line ("Day 3 (Friday):"), but is no day of an unstarted count; "month-end" before a
/// noun is the month's end only when the writing is in that month's last week.
/// </summary>
public sealed class Session31DateTests
{
    private static ImmutableArray<DateMention> Read(string text, DateOnly reference) => DateExtractor.Default.Extract(text, reference);

    private static string? ValueOf(string text, DateOnly reference, string mention) => Assert.Single(Read(text, reference), d => d.Text == mention).Value;

    [Theory]
    [InlineData("The walkers set out from Keswick on Tuesday 4 August. Day 3 took them over Helvellyn in fog.", "2026-08-20", "Day 3", "2026-08-06")]
    [InlineData("The convoy left Basra on 9 April. Day 2 was spent at a checkpoint.", "2026-04-20", "Day 2", "2026-04-10")]
    [InlineData("The course starts in Leeds on Monday 7 September. Day 2 (Tuesday): the visit to the mill.", "2026-07-01", "Day 2", "2026-09-08")]
    [InlineData("Guests embark at Dover on Friday 2 October. Day 3: the fjords at dawn.", "2026-07-01", "Day 3", "2026-10-04")]
    public void A_sentence_opening_day_after_a_count_start_is_counted(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture), mention));

    [Theory]
    [InlineData("The single is out on 12 June. Day 9 will headline the festival next year.", "Day 9")]
    [InlineData("The shoot started on 4 May. Day 3 of the shoot was on 9 May, after rain.", "Day 3")]
    public void A_sentence_opening_day_without_a_count_is_no_day(string text, string mention) =>
        Assert.DoesNotContain(Read(text, new DateOnly(2026, 7, 1)), d => d.Text == mention);

    [Fact]
    public void Month_end_before_a_noun_in_the_months_last_week_is_that_months_end() =>
        Assert.Equal("2026-09", ValueOf("Dealers pointed to month-end buying by exporters.", new DateOnly(2026, 9, 28), "month-end"));

    [Fact]
    public void Month_end_before_a_noun_early_in_a_month_is_no_date() =>
        Assert.DoesNotContain(Read("Dealers pointed to month-end buying by exporters.", new DateOnly(2026, 9, 10)), d => d.Text == "month-end");

    [Fact]
    public void A_clock_glossed_in_brackets_takes_the_weekday_after_the_gloss() =>
        Assert.Equal("2026-03-13T14:00", ValueOf("The court will sit at 2pm Paris time (1300 GMT) on Friday.", new DateOnly(2026, 3, 9), "2pm Paris time"));

    [Theory]
    [InlineData("The ceasefire takes effect at midnight Eastern on Sunday.", "midnight Eastern", "2026-03-16T00:00")]
    [InlineData("Voting closes at midnight local time on 20 March.", "midnight local time", "2026-03-21T00:00")]
    public void Midnight_with_a_zone_on_a_day_ends_that_day(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, new DateOnly(2026, 3, 9), mention));
}
