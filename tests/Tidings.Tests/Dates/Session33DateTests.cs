using System.Collections.Immutable;
using System.Globalization;
using Tidings.Dates;
using Xunit;
using static Tidings.Tests.Dates.DateReading;

namespace Tidings.Tests.Dates;

/// <summary>
/// Session 33 (dates33): mend32b finished — a day told from an event counts from a day told with any event of its sentence, a
/// deictic day, or a coming day with no event's words; the turn of the century told after "would" or "soon after" — and numbered days
/// of an event in running text ("On the third day of the hearing", "By the 12th day", "Day 50 of the war"), counted from a day told
/// with a count's start. Examples of our own.
/// </summary>
public sealed class Session33DateTests
{
    [Theory]
    [InlineData("The final and the parade are on Sunday 14 June. Fans will travel home on the morning after the final.", "2026-06-01", "the morning after the final", "2026-06-15TMO")]
    [InlineData("The two referendums are on 9 May. Campaigning stops on the eve of the vote.", "2026-05-01", "the eve of the vote", "2026-05-08")]
    [InlineData("Voters go to the polls today. On the eve of the election, both leaders held rallies.", "2026-12-07", "the eve of the election", "2026-12-06")]
    [InlineData("The minister's statement is on Thursday 10 December. On the eve of the budget, unions will march.", "2026-12-07", "the eve of the budget", "2026-12-09")]
    public void A_day_told_from_an_event_finds_the_events_day(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    [Theory]
    [InlineData("The mill closed in 1971, and its owners said it would reopen by the turn of the century.", "2026-03-02", "2000")]
    [InlineData("Mobile phones spread across Europe soon after the turn of the century.", "2026-03-02", "2000")]
    public void The_turn_of_the_century_told_from_the_past(string text, string reference, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, "the turn of the century"));

    [Theory]
    [InlineData("The inquiry opened on Monday 7 December. On the second day of the inquiry, a witness broke down.", "2026-12-09", "the second day", "2026-12-08")]
    [InlineData("The expedition left base camp on 3 April 2019. On the fifth day the team reached the ridge, and by the 12th day they were home.", "2026-12-07", "the fifth day", "2019-04-07")]
    [InlineData("The expedition left base camp on 3 April 2019. On the fifth day the team reached the ridge, and by the 12th day they were home.", "2026-12-07", "the 12th day", "2019-04-14")]
    [InlineData("The invasion began on 1 March 2020. Day 50 of the war brought the first ceasefire talks.", "2026-12-07", "Day 50", "2020-04-19")]
    public void A_numbered_day_of_an_event_counts_from_its_start(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    [Theory]
    [InlineData("Patients improve by day three of a course of antibiotics, the leaflet says.", "day three")]
    [InlineData("The shop opened on Monday. Staff will work on the first day of pregnancy leave.", "the first day")]
    public void A_numbered_day_of_a_course_is_no_date(string text, string mention) =>
        Assert.DoesNotContain(Read(text, "2026-12-07"), d => d.Text == mention);
}
