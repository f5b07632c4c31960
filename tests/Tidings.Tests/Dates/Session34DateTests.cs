using System.Collections.Immutable;
using System.Globalization;
using Tidings.Dates;
using Xunit;
using static Tidings.Tests.Dates.DateReading;

namespace Tidings.Tests.Dates;

/// <summary>
/// Session 34 (dates34), review 33d's open findings: lasting events keep their eve (3), a passive "be + participle" before "a week
/// come Monday" is no duration (10), a weekday right after "on the eve of the X" is the eve's own day (4), only a day told as a
/// coming event's place in the calendar stands for an undated event (5), an event placed elsewhere takes no day of its sentence
/// (6), the turn of the century follows the story unless it limits a future (7), "walked"/"lifted" start a count only with their
/// particle (8), a count named for one event is not another's (9), and a proper-named event is counted (11). The review's probes
/// and examples of our own in other registers.
/// </summary>
public sealed class Session34DateTests
{
    // Finding 3: the eve of a lasting event counts from its opening day; the day after one is not read.
    [Theory]
    [InlineData("The Olympics open on Friday 24 July. On the eve of the Olympics, the torch reached the Seine.", "2026-07-20", "the eve of the Olympics", "2026-07-23")]
    [InlineData("The trial of the former minister begins on Monday 9 March. On the eve of the trial, his lawyers asked for a delay.", "2026-03-01", "the eve of the trial", "2026-03-08")]
    [InlineData("Dockers will begin a strike on Monday 30 November. The day before the strike, ministers will meet union leaders.", "2026-11-20", "The day before the strike", "2026-11-29")]
    [InlineData("The hearing opens on Tuesday 12 May. The day before the hearing, the family released a statement.", "2026-05-10", "The day before the hearing", "2026-05-11")]
    public void The_eve_of_a_lasting_event_counts_from_its_opening(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    [Fact]
    public void The_day_after_a_lasting_event_is_not_counted_from_its_opening() =>
        NoValue("The hearing opened on Tuesday 12 May. The day after the hearing, the family released a statement.", "2026-05-20", "The day after the hearing");

    // Finding 10: "be + participle a week come Monday" is a week past Monday; a state stays a duration ending on Monday.
    [Theory]
    [InlineData("The shares will be delisted a week come Monday, the exchange said.", "2026-12-10", "a week come Monday", "2026-12-21")]
    [InlineData("The old pier will be demolished a week come Monday, the council said.", "2026-12-10", "a week come Monday", "2026-12-21")]
    [InlineData("The pier has been closed a week come Monday.", "2026-12-10", "Monday", "2026-12-14")]
    [InlineData("It will be a week come Monday.", "2026-12-10", "Monday", "2026-12-14")]
    public void A_passive_before_a_week_come_Monday_is_no_duration(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    // Finding 4: a weekday right after "on the eve of the X" / "on the day after the X" is the phrase's own day.
    [Theory]
    [InlineData("Protesters marched on the eve of the summit on Tuesday, police said.", "2026-12-09", "the eve of the summit", "2026-12-08")]
    [InlineData("Markets rallied on the day after the election on Wednesday, as investors priced in a coalition.", "2026-12-09", "the day after the election", "2026-12-09")]
    [InlineData("Fans queued outside the stadium on the morning after the final on Tuesday.", "2026-12-09", "the morning after the final", "2026-12-08TMO")]
    public void A_weekday_after_an_event_day_phrase_is_its_own_day(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    // Finding 5: only a day told as a coming event's place in the calendar stands for an event the text does not date.
    [Theory]
    [InlineData("Shares in Acme will resume trading on Thursday 10 December. Analysts expect volatility on the day after the election.", "2026-12-07", "the day after the election")]
    [InlineData("Parliament returns from recess on Monday 14 December. Opposition leaders will hold talks on the eve of the budget.", "2026-12-07", "the eve of the budget")]
    [InlineData("The index is at its highest since Monday 30 November. Traders are nervous about the week before the vote.", "2026-12-07", "the week before the vote")]
    [InlineData("Lawyers will file an appeal on Monday 14 December. The week before the verdict, both sides met.", "2026-12-07", "The week before the verdict")]
    public void A_coming_day_is_not_an_undated_events_day(string text, string reference, string mention) =>
        NoValue(text, reference, mention);

    [Theory]
    [InlineData("The minister's statement is on Thursday 10 December. On the eve of the budget, unions will march.", "2026-12-07", "the eve of the budget", "2026-12-09")]
    [InlineData("The verdict is due on Monday 14 December. On the eve of the verdict, both sides met.", "2026-12-07", "the eve of the verdict", "2026-12-13")]
    public void A_day_told_as_a_coming_events_place_stands_for_it(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    // Finding 6: an event placed elsewhere ("ahead of", "after", "killed in") takes no day of its sentence.
    [Theory]
    [InlineData("Sterling fell on Monday 7 December ahead of the election. On the day after the election, it recovered.", "2026-12-07", "the day after the election")]
    [InlineData("Sterling fell today, three weeks after the referendum. Traders expect a rally on the day after the election.", "2026-12-07", "the day after the election")]
    [InlineData("Police said a man died in the crash, and his funeral will be on Friday 11 December. Witnesses who drove past the morning after the crash are asked to call police.", "2026-12-07", "the morning after the crash")]
    [InlineData("Oil fell on Friday 4 December before the summit. Traders expect gains on the day after the summit.", "2026-12-07", "the day after the summit")]
    public void An_event_placed_elsewhere_takes_no_day_of_its_sentence(string text, string reference, string mention) =>
        NoValue(text, reference, mention);

    [Fact]
    public void A_day_owned_by_an_event_is_its_day() =>
        Assert.Equal("2026-12-06TMO", ValueOf("The funeral of the cyclist killed in Saturday's crash will be held on Friday 11 December. Witnesses who drove past on the morning after the crash are asked to call police.", "2026-12-07", "the morning after the crash"));

    // Finding 7: the turn of the century is the story's unless it limits a future.
    [Theory]
    [InlineData("The museum, founded in 1875, will show photographs from the turn of the century.", "2026-12-07", "1900")]
    [InlineData("The railway opened in 1869. A new exhibition will tell the story of its workers at the turn of the century.", "2026-12-07", "1900")]
    [InlineData("The quarry opened in 1882. Visitors will see the tools used at the turn of the century.", "2026-12-07", "1900")]
    [InlineData("The government said on Tuesday that sea levels would rise by a metre by the turn of the century.", "2026-12-07", "2100")]
    [InlineData("Scientists warned that the glacier would vanish by the turn of the century unless emissions fall.", "2026-12-07", "2100")]
    [InlineData("The minister warned that reserves would run out by the turn of the century.", "2026-12-07", "2100")]
    public void The_turn_of_the_century_follows_the_story_unless_it_limits_a_future(string text, string reference, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, "the turn of the century"));

    // Findings 8, 9, 11: counts of days.
    [Theory]
    [InlineData("He walked into a police station on Tuesday 1 December and confessed. It was the second day of his bail.", "2026-12-07", "the second day")]
    [InlineData("He walked free from court on Tuesday 1 December. It was the third day of the inquiry into the collapse.", "2026-12-07", "the third day")]
    [InlineData("The central bank lifted rates on Thursday 3 December. Markets fell on the first day of the new rate regime.", "2026-12-07", "the first day")]
    [InlineData("Day 100 of the war finds Kyiv defiant. President Zelensky spoke on Monday 30 November. By the 10th day of the blackout, hospitals ran on generators.", "2026-12-07", "the 10th day")]
    [InlineData("Day 50 of the strike passed quietly. The minister spoke on Tuesday 1 December. On the second day of the inquiry, he was recalled.", "2026-12-07", "the second day")]
    public void No_count_starts_without_its_start(string text, string reference, string mention) =>
        NoValue(text, reference, mention);

    [Theory]
    [InlineData("Workers walked out on Wednesday 25 November. By the 10th day of the strike, shelves were empty.", "2026-12-07", "the 10th day", "2026-12-04")]
    [InlineData("The rocket lifted off on Monday 30 November. On the fourth day of the mission, the crew docked.", "2026-12-07", "the fourth day", "2026-12-03")]
    [InlineData("England began the second Test at Lord's on Thursday 3 December. On the third day of the Lord's Test, Root made a century.", "2026-12-07", "the third day", "2026-12-05")]
    [InlineData("The Open began at Troon on Thursday 16 July. On the second day of the Open, the wind dropped.", "2026-07-20", "the second day", "2026-07-17")]
    public void A_count_from_its_start_is_read(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    // Timeline rows: a month or season heading a row takes the year of the year line above it.
    [Theory]
    [InlineData("OUR STORY\n1998: Founded in a garage by two brothers.\nMarch: First round of funding.\n2001 — Moves to Leeds.\nJune — First overseas order.\n2009: Listed on AIM.", "2026-03-10", "March", "1998-03")]
    [InlineData("OUR STORY\n1998: Founded in a garage by two brothers.\nMarch: First round of funding.\n2001 — Moves to Leeds.\nJune — First overseas order.\n2009: Listed on AIM.", "2026-03-10", "June", "2001-06")]
    [InlineData("HOW THE MILL WAS SAVED\n2023\nSpring — Planning consent granted.\nAutumn — Demolition begins.\n2024\nSummer — The steel frame goes up.", "2025-02-10", "Autumn", "2023-FA")]
    [InlineData("HOW THE MILL WAS SAVED\n2023\nSpring — Planning consent granted.\nAutumn — Demolition begins.\n2024\nSummer — The steel frame goes up.", "2025-02-10", "Summer", "2024-SU")]
    [InlineData("Rail timeline\n\n1830: The line opens to passengers.\n\nMay: A second station opens at Crown Street.\n\n1845: The line is doubled.", "2026-05-01", "May", "1830-05")]
    public void A_timeline_row_takes_the_year_line_above_it(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    [Fact]
    public void The_eve_of_a_gathering_counts_from_its_day() =>
        Assert.Equal("2025-06-23", ValueOf("Nato leaders meet in The Hague on 24 June and 25 June. On the eve of the summit the Dutch king will host a dinner at the royal palace.", "2025-06-12", "the eve of the summit"));
}
