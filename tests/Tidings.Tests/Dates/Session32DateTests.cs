using System.Collections.Immutable;
using System.Globalization;
using Tidings.Dates;
using Xunit;

namespace Tidings.Tests.Dates;

/// <summary>
/// Session 32 (dates32): days told from an event the text dates ("the day after the election", "the night before the final",
/// "the Monday after the budget", "the weekend after the funeral") count from the event's day, and are no date when the text never
/// dates the event.
/// </summary>
public sealed class Session32DateTests
{
    private static ImmutableArray<DateMention> Read(string text, DateOnly reference) => DateExtractor.Default.Extract(text, reference);

    private static string? ValueOf(string text, string reference, string mention) =>
        Assert.Single(Read(text, DateOnly.Parse(reference, CultureInfo.InvariantCulture)), d => d.Text == mention).Value;

    [Theory]
    [InlineData("Chile votes on 14 May. Officials expect a result on the day after the election.", "2026-05-01", "the day after the election", "2026-05-15")]
    [InlineData("The league final is on Sunday in Lyon. The squad travels on the morning before the final.", "2026-05-06", "the morning before the final", "2026-05-09TMO")]
    [InlineData("The ferry crash off Corsica on 3 March 1994 killed 12. Divers reached the hull on the afternoon after the sinking, and on the Tuesday after the crash the inquiry opened.", "2026-05-06", "the Tuesday after the crash", "1994-03-08")] // the crash is dated with its noun (review 32b, finding 2)
    [InlineData("The mayor's funeral is on Thursday 9 April. A concert follows on the weekend after the funeral.", "2026-04-02", "the weekend after the funeral", "2026-W15-WE")]
    [InlineData("Polls open on 7 October. Canvassers reported doubts in the week before the vote.", "2026-09-01", "the week before the vote", "2026-W40")]
    [InlineData("The storm hit the coast on 2 February 2021. On the night of the storm the harbour wall gave way.", "2026-05-06", "the night of the storm", "2021-02-02TNI")]
    [InlineData("The budget is on Wednesday 25 November. Costings follow on the Monday after the budget.", "2026-11-20", "the Monday after the budget", "2026-11-30")]
    public void A_day_told_from_a_dated_event_counts_from_its_day(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    [Theory]
    [InlineData("Farmers plan to block the ring road on the eve of the summit, police said.", "the eve of the summit")]
    [InlineData("Turnout usually falls on the day after the match, a pollster said.", "the day after the match")]
    public void A_day_told_from_an_undated_event_is_no_date(string text, string mention) =>
        Assert.DoesNotContain(Read(text, new DateOnly(2026, 5, 6)), d => d.Text.Contains("the", StringComparison.Ordinal) && mention.StartsWith(d.Text, StringComparison.Ordinal));

    [Fact]
    public void A_day_told_before_an_event_leaves_the_story_on_the_events_day()
    {
        ImmutableArray<DateMention> dates = Read(
            "The referendum was held on Thursday 18 September 2014. The weekend before the vote a poll put Yes ahead. Counting went on through the night.",
            new DateOnly(2024, 9, 18));
        Assert.Equal("2014-W37-WE", Assert.Single(dates, d => d.Text == "The weekend before the vote").Value);
        Assert.Equal("2014-09-18TNI", Assert.Single(dates, d => d.Text == "the night").Value);
    }

    [Theory]
    [InlineData("The line was founded in Belfast in 1875 and carried emigrants to Boston until the turn of the century.", "2025-10-08", "1900")]
    [InlineData("By the late 1860s it was let to a quarryman, and at the turn of the century his widow still lived there.", "2026-03-02", "1900")]
    [InlineData("Sales grew every year, and by the turn of the century the chain had 400 shops.", "2025-10-08", "2000")]
    [InlineData("The plant opened in 2015. By the turn of the century it will be gone.", "2025-10-08", "2100")] // a future clause: the next turn (review 32b, finding 3; was 2000)
    public void The_turn_of_the_century_follows_the_story(string text, string reference, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, "the turn of the century"));

    [Fact]
    public void The_year_to_a_month_is_a_years_length()
    {
        ImmutableArray<DateMention> dates = Read("The brewery made its first loss in the year to September 1981.", new DateOnly(2026, 3, 24));
        Assert.Equal("P1Y", Assert.Single(dates, d => d.Text == "the year").Value);
        Assert.Equal("1981-09", Assert.Single(dates, d => d.Text == "September 1981").Value);
    }

    [Fact]
    public void A_week_come_monday_after_for_ends_on_monday()
    {
        ImmutableArray<DateMention> dates = Read("Rescuers will have been searching for a week come Monday.", new DateOnly(2026, 3, 4));
        Assert.Contains(dates, d => d.Value == "2026-03-09");
        Assert.DoesNotContain(dates, d => d.Value == "2026-03-16");
    }

    [Fact]
    public void Just_gone_before_a_clock_stays_with_the_clock() =>
        Assert.Contains(Read("It happened on Saturday just gone midnight.", new DateOnly(2026, 3, 4)), d => d.Text == "Saturday");

    [Fact]
    public void A_bare_month_inside_a_wrap_is_the_storys() =>
        Assert.StartsWith("2019-03", Assert.Single(Read("Smith joined the firm in March 2019 and left in the last days of the month.", new DateOnly(2026, 12, 7)),
            d => d.Text.EndsWith("of the month", StringComparison.Ordinal)).Value, StringComparison.Ordinal);

    // A future told in the sentence after a dated saying ("… in a written answer on 3 March 1998. The minister said a pilot
    // would begin early next year") no longer counts from the saying: the carry also took any dated day of the sentence
    // before ("The factory, which opened on 3 March 1998, … The company said it would close the site next year" gave 1999),
    // and telling a saying's day from others was not finished this session (review 32b, finding 1).
}
