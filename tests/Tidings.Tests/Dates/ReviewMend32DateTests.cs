using System.Collections.Immutable;
using System.Globalization;
using Tidings.Dates;
using Xunit;

namespace Tidings.Tests.Dates;

/// <summary>
/// Review 32b of dates32 (mend32b): a saying's day carries to the next sentence only when it was a saying's; a day told from an event
/// counts from a day told with that event, or is no date; "the turn of the century" and "Come Monday" follow their clause's tense;
/// lasting events are no event nouns; "a week come Monday" reads its clause. Each finding: the reviewer's example, examples of our
/// own, and the intended case still working.
/// </summary>
public sealed class ReviewMend32DateTests
{
    private static readonly DateOnly Monday = new(2026, 12, 7);

    private static ImmutableArray<DateMention> Read(string text, DateOnly reference) => DateExtractor.Default.Extract(text, reference);

    private static string? ValueOf(string text, string mention, string reference = "2026-12-07") =>
        Assert.Single(Read(text, DateOnly.Parse(reference, CultureInfo.InvariantCulture)), d => d.Text == mention).Value;

    // Finding 1: a day that is no saying's does not carry a future into the next sentence.
    [Theory]
    [InlineData("The factory, which opened on 3 March 1998, employs 400 people. The company said it would close the site next year.", "next year", "2027")]
    [InlineData("The striker was born on 4 April 1990 in Lagos. His club said he would sign a new deal next month.", "next month", "2027-01")]
    public void A_future_after_a_day_that_is_no_sayings_counts_from_the_writing(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, mention));

    [Fact]
    public void A_future_after_a_sayings_day_still_counts_from_it() =>
        Assert.Equal("2016", ValueOf("The mayor told reporters on 2 February 2015 that money was tight. She said the council would cut spending next year.", "next year"));

    // Finding 2: an event day counts from a day told with its event, or is no date.
    [Theory]
    [InlineData("The summit opens on 10 December. Ministers will meet on 8 December, and leaders will dine on the eve of the summit.", "the eve of the summit", "2026-12-07", "2026-12-09")]
    [InlineData("Kenya votes on 9 August. Observers fly in on Friday and leave on the morning after the election.", "the morning after the election", "2026-07-01", "2026-08-10TMO")]
    [InlineData("Voters go to the polls on 3 November. Officials said on Monday that results could come the day after the vote.", "the day after the vote", "2026-10-20", "2026-11-04")]
    [InlineData("Turnout fell on Sunday. Campaigning is banned in the week before the vote on 5 March.", "the week before the vote", "2026-12-07", "2027-W08")]
    [InlineData("The crash happened on 2 March 2020. The day after the crash, the airline grounded its fleet.", "The day after the crash", "2026-12-07", "2020-03-03")]
    public void A_day_told_from_an_event_counts_from_the_events_day(string text, string mention, string reference, string expected) =>
        Assert.Equal(expected, ValueOf(text, mention, reference));

    [Fact]
    public void A_day_before_an_election_dated_earlier_counts_from_the_election_not_the_last_day() =>
        Assert.EndsWith("-07-03", ValueOf("The election is on 4 July. Labour launched its manifesto on Thursday and will hold a rally the day before the election.",
            "the day before the election"), StringComparison.Ordinal);

    [Theory]
    [InlineData("The prime minister said on Tuesday that parliament would meet the day after the election.", "the day after the election")]
    [InlineData("He died on 3 May 1998. The day of the funeral, the town closed its shops.", "The day of the funeral")]
    [InlineData("The company reported results on Thursday. The week after the merger, staff were told to expect cuts.", "The week after the merger")]
    public void A_day_told_from_an_event_the_text_never_dates_is_no_date(string text, string mention) =>
        Assert.DoesNotContain(Read(text, Monday), d => d.Text == mention);

    // Finding 3: the turn of the century by its clause's tense.
    [Theory]
    [InlineData("The bank, founded in 1823, has cut 5,000 jobs since the turn of the century.", "2000")]
    [InlineData("The plant opened in 2015. By the turn of the century it will be gone.", "2100")]
    [InlineData("Founded in 1890, the club will play in a new stadium by the turn of the century.", "2100")]
    [InlineData("The town, first settled in 1850, had doubled in size by the turn of the century.", "1900")]
    public void The_turn_of_the_century_follows_its_clauses_tense(string text, string expected) =>
        Assert.Equal(expected, ValueOf(text, "the turn of the century"));

    // Finding 4: "Come Monday" in a past narrative is the story's Monday.
    [Theory]
    [InlineData("On Friday 3 March 1989 the board met in secret. Come Monday, the shares had fallen by a fifth.", "Monday", "1989-03-06")]
    [InlineData("The fire broke out on Wednesday 5 June 2002. Come Saturday, the crews had left.", "Saturday", "2002-06-08")]
    [InlineData("Come Friday, drivers who enter the zone will be fined.", "Friday", "2026-12-11")]
    public void Come_and_a_weekday_follow_the_clauses_tense(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, mention));

    // Finding 5: a lasting event is no event noun.
    [Theory]
    [InlineData("The trial opened on 2 March. Jurors were sent home the day after the trial, which lasted six weeks.", "the day after the trial")]
    [InlineData("The strike began on 4 May. Talks resumed the week after the strike.", "the week after the strike")]
    public void A_lasting_event_is_no_event_day(string text, string mention) =>
        Assert.DoesNotContain(Read(text, Monday), d => d.Text == mention);

    // Finding 7: "a week come Monday" reads its clause for a duration's lead.
    [Theory]
    [InlineData("Divers have been missing a week come Monday.", "2026-12-14", "2026-12-21")]
    [InlineData("The road has been closed for almost a week come Friday.", "2026-12-11", "2026-12-18")]
    public void A_week_come_a_day_after_a_state_ends_on_the_day(string text, string expected, string not)
    {
        ImmutableArray<DateMention> dates = Read(text, new DateOnly(2026, 12, 10));
        Assert.Contains(dates, d => d.Value == expected);
        Assert.DoesNotContain(dates, d => d.Value == not);
    }

    [Fact]
    public void A_week_come_a_day_told_of_an_event_is_a_week_past_it() =>
        Assert.Contains(Read("The wedding is a week come Saturday.", new DateOnly(2026, 12, 10)), d => d.Value == "2026-12-19");
}
