using Xunit;
using static Tidings.Tests.Dates.DateReading;

namespace Tidings.Tests.Dates;

/// <summary>
/// Session 35 (dates35): story time as a model rather than more rules. A relative date quoted from a letter, a message or a log
/// counts from the day the document was written (<c>QuotedDocuments</c>); a paragraph that opens in the past without a year of its
/// own takes up the past timeline it continues, after a paragraph of today's news or of another timeline (<c>StoryTimelines</c> in
/// <c>NarrativeAnchor.Timelines.cs</c>). Review 34d findings 7 (a proper-named count of days counts only from a day told with its
/// name) and 8 (the timeline row carry moved out of the <c>Headed</c> test; rows are months and seasons only), and "come Monday"
/// inside a future perfect. Examples of our own.
/// </summary>
public sealed class Session35DateTests
{
    // Quoted documents: the document's own day is the anchor of what it says.
    [Theory]
    [InlineData("\"Meet me at the station tomorrow,\" she wrote to her brother on 11 March 1952.", "2026-12-07", "tomorrow", "1952-03-12")]
    [InlineData("In a text sent at 22:10 on Saturday 4 May 2019, he wrote: \"back Tuesday\".", "2026-12-07", "Tuesday", "2019-05-07")]
    [InlineData("The letter was posted in Hull on Monday 2 October 1961. \"We move house next week,\" it says.", "2026-12-07", "next week", "1961-W41")]
    [InlineData("The log for Thursday 8 January 1948 reads: \"Boiler failed last night. No school tomorrow.\"", "2026-12-07", "tomorrow", "1948-01-09")]
    public void A_date_quoted_from_a_document_counts_from_its_day(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    // A saying told with a weekday alone is today's news: its quotation counts from the time of writing as before.
    [Theory]
    [InlineData("\"We will vote tomorrow,\" the minister said on Monday.", "2026-12-07", "tomorrow", "2026-12-08")]
    [InlineData("\"Talks resume next week,\" a spokesman said.", "2026-12-07", "next week", "2026-W51")]
    public void A_quotation_without_a_documents_day_counts_from_the_writing(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    // Interleaved timelines: a past paragraph after today's news takes up the past timeline again.
    [Theory]
    [InlineData("The ferry sank off Rathlin at 6.10am on 3 February 1971.\n\nOn Thursday divers laid a wreath at the site.\n\nThe captain had been warned the week before.",
        "2026-12-07", "the week before", "1971-W04")]
    [InlineData("The ferry sank off Rathlin at 6.10am on 3 February 1971.\n\nOn Thursday divers laid a wreath at the site.\n\nThe wreck was raised the following summer.",
        "2026-12-07", "the following summer", "1971-SU")]
    [InlineData("The pit flooded on the night of 9 March 1951.\n\nThe final payments to families were made last year.\n\nRescuers reached the lower seam the next day.",
        "2026-12-07", "the next day", "1951-03-10")]
    [InlineData("The mail train was robbed at 3am on Thursday 8 August 1963.\n\nOne of the gang gave an interview last month.\n\nThe gang had meant to lie low for a week. They left the next day.",
        "2026-12-07", "the next day", "1963-08-09")]
    [InlineData("The mine flooded at dawn on 14 November 1974.\n\nOn Wednesday the inquiry heard from a survivor, who said the panel would report by the end of the year.\n\nHer brother had raised the alarm the week before.",
        "2026-12-07", "the week before", "1974-W45")]
    public void A_past_paragraph_after_todays_news_takes_up_its_timeline(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    // Two past timelines: the paragraph goes on with the one whose people it names.
    [Fact]
    public void A_paragraph_goes_on_with_the_timeline_whose_people_it_names() =>
        Assert.Equal("1957-02", ValueOf(
            "Margit Halasz left Sopron for Vienna on 2 December 1956.\n\nHer son Peter opened a bakery in Graz in March 2009. That summer he found her old passport.\n\nMargit reached Toronto in February and never went back.",
            "2026-12-07", "February"));

    // A recent story date goes on as it is: no older timeline takes over.
    [Fact]
    public void A_recent_story_is_not_taken_back_to_an_older_timeline() =>
        Assert.Equal("2025-11", ValueOf(
            "The factory closed in October 2015, after the founder's fraud came to light.\n\nShe was charged in May 2024 and convicted on March 3, 2025.\n\nShe was sentenced in November to six years.",
            "2026-01-10", "November"));

    // Review 34d, finding 7: a count named for a proper event counts only from a day told with its name.
    [Fact]
    public void A_proper_named_count_takes_no_day_of_another_start() =>
        NoValue("The team left Hull on 10 November. On the fourth day of Wimbledon, rain stopped play.", "2026-12-09", "the fourth day");

    [Fact]
    public void A_proper_named_count_counts_from_a_day_told_with_its_name() =>
        Assert.Equal("2026-07-02", ValueOf("Wimbledon began on Monday 29 June. On the fourth day of Wimbledon, rain stopped play.", "2026-12-09", "the fourth day"));

    // Review 34d, finding 8: a month's row under a year line takes the year; the carry is made once per parse.
    [Fact]
    public void Timeline_rows_take_the_year_line_above() =>
        Assert.Equal(["1998-03", "1998-06"], Read("1998: Company founded in a garage.\nMarch: First round of funding.\nJune — First overseas order.", "2026-12-07")
            .Where(d => d.Text is "March" or "June").Select(d => d.Value));

    // "talks to" is a present verb: the scheduled day ahead; "peace talks" stays a noun.
    [Fact]
    public void A_minister_who_talks_to_farmers_on_Monday_does_so_ahead() =>
        Assert.Equal("2026-12-14", ValueOf("The minister talks to farmers on Monday.", "2026-12-09", "Monday"));

    // "come Monday" inside a future perfect is the coming Monday, though a saying in the past follows.
    [Fact]
    public void Come_Monday_after_a_future_perfect_is_the_coming_Monday() =>
        Assert.Equal("2026-12-14", ValueOf("The three men will have been detained a fortnight come Monday, their lawyers said.", "2026-12-09", "Monday"));
}
