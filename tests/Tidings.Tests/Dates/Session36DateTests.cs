using Xunit;
using static Tidings.Tests.Dates.DateReading;

namespace Tidings.Tests.Dates;

/// <summary>
/// Session 36 (dates36): review 35d of dates35, findings 1, 2, 5, 6 and 7. A paragraph goes back from today's news to a filed past
/// timeline only on evidence of the story (a past perfect, "the Sunday", a step the news day cannot carry, names it shares with the
/// story and not with the news between), never by default; a quotation counts from a day only when that day's clause has a word of
/// saying, writing or recording or a document's noun (or the day heads its line), no nearer date of another sentence stands between,
/// and the day is not after the publication; single quotation marks quote; a weekday a quotation tells in the past is the one before
/// its document's day; a quotation over paragraphs is one. The review's probes, with controls of our own in other registers.
/// </summary>
public sealed class Session36DateTests
{
    // Finding 1: a simple-past month after a history paragraph and a paragraph of today's news is this year's.
    [Theory]
    [InlineData("Liverpool won their first European Cup on 25 May 1977 in Rome.\n\nLiverpool play Real Madrid on Wednesday.\n\nIn October, Liverpool lost at home to Brentford.", "October", "2026-10")]
    [InlineData("Thatcher became prime minister on 4 May 1979.\n\nThe Conservatives meet in Manchester next week.\n\nIn September, the Conservatives lost two by-elections.", "September", "2026-09")]
    [InlineData("The referendum was held on 23 June 2016.\n\nThe prime minister said on Sunday that the deal would be reviewed.\n\nIn July, ministers agreed a new trade arrangement.", "July", "2026-07")]
    [InlineData("The Smiths opened the bakery on 2 March 1968 on Mill Lane.\n\nToday the bakery on Mill Lane sells 2,000 loaves a week, and the Smiths still run it.\n\nIn August, the Smiths hired three apprentices.", "August", "2026-08")]
    [InlineData("The orchestra gave its first concert on 12 October 1952.\nThe orchestra plays in Leeds on Saturday.\nIn May, the orchestra toured Japan.", "May", "2026-05")]
    [InlineData("The treaty was signed in Helsinki on 1 August 1975.\r\n\r\nForeign ministers met in Vienna on Thursday.\r\n\r\nIn June, they agreed to widen it.", "June", "2026-06")]
    public void A_simple_past_month_after_todays_news_stays_this_years(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-12-07", mention));

    // Finding 1: a story step right after a news paragraph that tells its own day counts from that day.
    [Theory]
    [InlineData("The Bank of England was founded on 27 July 1694.\n\nPolice arrested a man outside the Bank of England on Friday.\n\nThe next day, officers searched his home in Croydon.", "The next day", "2026-12-05")]
    [InlineData("The stadium was opened on 9 August 1966 by the mayor.\n\nA fire broke out in the stadium's main stand on Tuesday.\n\nTwo days later, the club said the stand would be demolished.", "Two days later", "2026-12-03")]
    [InlineData("The ferry company was founded in Oban on 4 June 1851.\n\nA ferry ran aground off Mull on Wednesday.\n\nThe next day, divers inspected the hull.", "The next day", "2026-12-03")]
    public void A_story_step_after_a_dated_news_paragraph_counts_from_the_news_day(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-12-07", mention));

    // Finding 1, controls: the story is taken up again on evidence of it (a past perfect; a step the news day would put in the future;
    // a step that needs a day the news did not tell).
    [Theory]
    [InlineData("The ferry sank off Rathlin at 6.10am on 3 February 1971.\n\nOn Thursday divers laid a wreath at the site.\n\nThe captain had been warned the week before.", "the week before", "1971-W04")]
    [InlineData("The ferry sank off Rathlin at 6.10am on 3 February 1971.\n\nOn Thursday divers laid a wreath at the site.\n\nThe wreck was raised the following summer.", "the following summer", "1971-SU")]
    [InlineData("The pit flooded on the night of 9 March 1951.\n\nThe final payments to families were made last year.\n\nRescuers reached the lower seam the next day.", "the next day", "1951-03-10")]
    [InlineData("The lifeboat capsized off Fraserburgh at 1.40pm on 21 January 1970.\n\nThe town's new lifeboat will be named at a service tonight.\n\nBy the following Sunday the appeal had raised \u00A310,000.", "the following Sunday", "1970-01-25")]
    [InlineData("The tanker grounded on the Seven Stones at 8.50am on 18 March 1967.\n\nThis spring divers will survey the wreck again.\n\nThe salvage began in earnest the following week.", "the following week", "1967-W12")]
    public void A_past_paragraph_after_todays_news_takes_up_its_story_on_evidence(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-12-07", mention));

    // Finding 2: a quotation next to a day of another event (a birth, a trial, a founding, a period's end) counts from the writing.
    [Theory]
    [InlineData("Smith was born in Leeds on 2 March 1941. He died on Tuesday. \u201CHe was at the club only last week,\u201D a friend said.", "2026-12-07", "last week", "2026-W49")]
    [InlineData("The trial is due to start on 14 January. \u201CWe will respond next week,\u201D a spokesman said.", "2026-12-07", "next week", "2026-W51")]
    [InlineData("The factory opened on 3 March 1998. \u201CWe will hire 200 more workers next year,\u201D the chief executive said.", "2026-12-07", "next year", "2027")]
    [InlineData("Profit rose 12% in the year to 31 December 2025. \u201CWe expect next year to be even stronger,\u201D the chief executive said.", "2026-02-20", "next year", "2027")]
    [InlineData("\u201CWe expect to finish next month,\u201D she said. The plant opened on 3 March 2019.", "2026-12-07", "next month", "2027-01")]
    [InlineData("The company was founded on 12 May 1985 in Leeds.\n\n\u201CWe will announce the results tomorrow,\u201D a spokeswoman said.", "2026-12-07", "tomorrow", "2026-12-08")]
    [InlineData("The school was built on 5 September 1932. \u201CThe inspectors come tomorrow,\u201D the head teacher said.", "2026-12-07", "tomorrow", "2026-12-08")]
    public void A_quotation_next_to_another_events_day_counts_from_the_writing(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    // Finding 2: a day in a relative clause ("who joined the club on …") is no saying's day.
    [Fact]
    public void A_day_in_a_relative_clause_dates_no_quotation() =>
        Assert.NotEqual("2019-07-06", ValueOf("\u201CWe have a big game on Saturday,\u201D said Smith, who joined the club on 1 July 2019.", "2026-12-07", "Saturday"));

    // Finding 2: a day later than the publication dates no document.
    [Fact]
    public void A_future_day_dates_no_quotation() =>
        Assert.NotEqual("2027-05-10", ValueOf("Voters go to the polls on 7 May 2027. \u201CThe campaign starts on Monday,\u201D the party chairman told reporters.", "2026-12-07", "Monday"));

    // Finding 2, controls: documents told with a word of writing, saying or recording keep their days.
    [Theory]
    [InlineData("\u201CWe sail tomorrow,\u201D he wrote on 3 June 1944.", "tomorrow", "1944-06-04")]
    [InlineData("The minister said on 5 December that talks had stalled. \u201CWe will sign it next week.\u201D", "next week", "2026-W50")]
    [InlineData("Writing home from Valletta on 2 May 1942, the nurse told her parents: \u201CThe convoy is due tomorrow.\u201D", "tomorrow", "1942-05-03")]
    [InlineData("In a voicemail left at 9.14pm on Friday 3 October 2025, she said: \u201CI'll call you tomorrow.\u201D", "tomorrow", "2025-10-04")]
    public void A_quotation_counts_from_a_day_told_with_its_document(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-12-07", mention));

    // Finding 5: single quotation marks quote, and apostrophes stay apostrophes.
    [Theory]
    [InlineData("'We sail tomorrow,' he wrote on 3 June 1944.", "tomorrow", "1944-06-04")]
    [InlineData("\u2018We sail tomorrow,\u2019 he wrote on 3 June 1944.", "tomorrow", "1944-06-04")]
    [InlineData("\u2018The ship\u2019s cook won\u2019t sail tomorrow,\u2019 the mate wrote on 9 May 1911.", "tomorrow", "1911-05-10")]
    public void Single_quotation_marks_quote(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-12-07", mention));

    [Fact]
    public void An_apostrophe_opens_no_quotation() =>
        Assert.Equal("2026-12-08", ValueOf("The mill opened on 3 June 1944. The owners' new shop doesn't open until tomorrow, O'Brien wrote.", "2026-12-07", "tomorrow"));

    // Finding 6: a weekday a quotation tells in the past is the one before its document's day; a plan stays ahead.
    [Theory]
    [InlineData("\u201CWe buried him on Tuesday,\u201D she wrote on 14 June 1916.", "Tuesday", "1916-06-13")]
    [InlineData("\u201CThe auditors arrive on Monday,\u201D he wrote on 12 November 2019.", "Monday", "2019-11-18")]
    public void A_quoted_weekday_follows_the_quotations_tense(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-12-07", mention));

    // Finding 7: a quotation over paragraphs is one quotation, dated by its document.
    [Fact]
    public void A_quotation_over_paragraphs_is_dated_by_its_document() =>
        Assert.Equal("1912-04-10", ValueOf("The letter is dated 9 April 1912.\n\n\u201CWe sail tomorrow. The weather is fine.\n\n\u201CI will write again on Sunday,\u201D he wrote.", "2026-12-07", "tomorrow"));
}
