using System.Text;
using Tidings.Dates;
using Xunit;
using static Tidings.Tests.Dates.DateReading;

namespace Tidings.Tests.Dates;

/// <summary>
/// Session 37 (land37d, from mend36d's patch): review 36d of dates36. The timelines ask whether a story shares a name with today's news in time bounded by the
/// paragraph (finding 1); a quoted weekday is told in the past only by the quotation's own verbs (2); a dateline dates its story's
/// quotations (6); an amount of time or a recurrence does not stand between a document's day and its quotation (7); no word of a
/// quotation cues a day outside it (8); a past perfect after a dated news paragraph is the news's flashback unless the story is told
/// by the clock (4); the
/// document cues hold words of writing and saying only, and a day's clause ends at a comma (5). The review's probes, with controls of
/// our own in other registers.
/// </summary>
public sealed class Session37DateTests
{
    // Finding 1: one history line and many news lines with names of their own: the name look-ups grow with the text, not its square.
    [Fact]
    public void Names_of_todays_news_are_looked_up_in_linear_time()
    {
        long small = Probes(400);
        long large = Probes(1600);
        Assert.True(small > 0, "no name look-up made: the test no longer reaches the timelines");
        Assert.True(large <= small * 5, $"{small} look-ups for 400 news lines, {large} for 1,600: more than linear (a square would be 16 times)");
    }

    private static long Probes(int lines)
    {
        var text = new StringBuilder("The mill was founded in Leeds on 3 March 1931 by Harold Brown.\n");
        for (int i = 0; i < lines; i++)
        {
            text.Append("In March, ").Append(Name(i, 'B')).Append(' ').Append(Name(i, 'C')).Append(" sold the ").Append(Name(i, 'D'))
                .Append(" unit, ").Append(Name(i, 'F')).Append(" said on Friday.\n");
        }

        NarrativeAnchor.Probes = 0;
        Assert.NotEmpty(Read(text.ToString(), "2026-12-07"));
        return NarrativeAnchor.Probes;
    }

    // A capitalised word of its own for each line: "Bxaq".
    private static string Name(int i, char initial)
    {
        var name = new StringBuilder().Append(initial);
        for (int n = i + 1; n > 0; n /= 26)
        {
            name.Append((char)('a' + (n % 26)));
        }

        return name.Append('x').ToString();
    }

    // Finding 2: a weekday in a quotation whose own verb is a future or a present is the coming one, whatever the frame's tense.
    [Theory]
    [InlineData("The club, which signed him on 1 July 2019, said: \u201CHe will have a medical on Thursday.\u201D", "Thursday", "2026-12-10")]
    [InlineData("Smith, who joined the club on 1 July 2019, told reporters on 1 July 2019: \u201CWe have a big game on Saturday.\u201D", "Saturday", "2019-07-06")]
    [InlineData("In a letter dated 3 March 1920, she wrote: \u201CThe doctor is coming on Friday.\u201D", "Friday", "1920-03-05")]
    public void A_quoted_weekday_told_ahead_by_its_own_verb_is_the_coming_one(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-12-07", mention));

    // Finding 2: a quotation told in the past by its own verb, before or after the weekday, is the weekday before its document's day.
    [Theory]
    [InlineData("\u201CTuesday was awful,\u201D she wrote on 14 June 1916.", "Tuesday", "1916-06-13")]
    [InlineData("She wrote on 14 June 1916: \u201COn Tuesday we buried him.\u201D", "Tuesday", "1916-06-13")]
    [InlineData("In a letter dated 9 April 1912, he wrote: \u201CWe were delayed. We sailed on Wednesday.\u201D", "Wednesday", "1912-04-03")]
    [InlineData("\u201CWe buried him on Tuesday,\u201D she wrote on 14 June 1916.", "Tuesday", "1916-06-13")]
    [InlineData("The diary, dated 20 August 1940, reads: \u2018Saturday was quiet. Monday the bombers came.\u2019", "Saturday", "1940-08-17")]
    public void A_quoted_weekday_told_in_the_past_by_its_own_verb_is_the_one_before(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-12-07", mention));

    // Finding 6: a wire dateline's day dates the quotations of its story.
    [Theory]
    [InlineData("LONDON, Dec 3 (Reuters) - The Bank of England held rates. \u201CWe will meet again next week,\u201D the governor told reporters.", "2026-W50")]
    [InlineData("BRUSSELS, Dec 3 (Reuters) - EU ministers met. \u201CWe will decide next week,\u201D one diplomat said.", "2026-W50")]
    [InlineData("PARIS, 3 December 2026 - Ministers met. \u201CWe will decide next week,\u201D one diplomat said.", "2026-W50")]
    [InlineData("NAIROBI, Dec 3 (AFP) \u2014 The central bank cut rates. \u201CWe will review them next week,\u201D the governor said.", "2026-W50")]
    public void A_datelines_day_dates_its_storys_quotations(string text, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-12-07", "next week"));

    // Finding 7: an amount of time or a recurrence between a letter's day and its quotation does not block the day.
    [Theory]
    [InlineData("He wrote to his mother on 3 June 1944. He had been at sea for three years. \u201CWe sail tomorrow,\u201D the letter says.")]
    [InlineData("He wrote to his mother on 3 June 1944. He had written to her every week. \u201CWe sail tomorrow,\u201D the letter says.")]
    [InlineData("He wrote to his mother on 3 June 1944. He was 19 and had served for eight months. \u2018We sail tomorrow,\u2019 the letter says.")]
    public void An_amount_of_time_does_not_block_a_documents_day(string text) =>
        Assert.Equal("1944-06-04", ValueOf(text, "2026-12-07", "tomorrow"));

    // Finding 8: a cue word inside a quotation, whatever its marks, does not cue a day outside it.
    [Theory]
    [InlineData("The plant opened on 3 March 1998 'because the minister said so'. 'We will hire 200 more workers next year,' the manager said.")]
    [InlineData("The plant opened on 3 March 1998 \u2018because the minister said so\u2019. \u2018We will hire 200 more workers next year,\u2019 the manager said.")]
    [InlineData("The plant opened on 3 March 1998 \"because the minister said so\". \"We will hire 200 more workers next year,\" the manager said.")]
    public void A_cue_inside_a_quotation_cues_no_day_outside_it(string text) =>
        Assert.Equal("2027", ValueOf(text, "2026-12-07", "next year"));

    // Finding 4: a past perfect after a news paragraph with a day of its own is the news's flashback.
    [Theory]
    [InlineData("The Bank of England was founded on 27 July 1694.\n\nPolice arrested a man outside the Bank of England on Wednesday.\n\nHe had been cautioned for a similar offence the week before.", "the week before", "2026-W48")]
    [InlineData("The stadium was opened on 9 August 1966 by the mayor.\n\nA fire broke out in the stadium's main stand on Tuesday.\n\nInspectors had found faults in the wiring the month before.", "the month before", "2026-11")]
    [InlineData("The school was opened on 4 September 1902 by the bishop.\n\nA pupil was hurt in the playground on Monday.\n\nParents had complained about the railings the week before.", "the week before", "2026-W49")]
    public void A_past_perfect_after_a_dated_news_paragraph_is_the_newss_flashback(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-12-07", mention));

    // Finding 5: a day told with an event's verb, or in a clause a comma ends, dates no quotation.
    [Theory]
    [InlineData("The treaty was signed in Rome on 25 March 1957. \u201CWe meet again next month,\u201D the commissioner told MEPs.", "2026-12-07", "next month", "2027-01")]
    [InlineData("He announced his retirement on 3 May 2024. \u201CI will play one more game on Saturday,\u201D he said.", "2026-12-07", "Saturday", "2026-12-12")]
    [InlineData("The deal was confirmed on 1 November 2025. \u201CWork will begin next month,\u201D a spokeswoman said.", "2026-12-07", "next month", "2027-01")]
    [InlineData("He signed for United on 1 July 2019. 'We play Chelsea on Saturday,' he said.", "2026-12-07", "Saturday", "2026-12-12")]
    [InlineData("Profit rose 12% in the year to 31 December 2025, the company said. \u201CWe expect next year to be even stronger,\u201D the chief executive said.", "2026-02-20", "next year", "2027")]
    [InlineData("The company, which was founded on 12 May 1985, said: \u201CWe will announce the results tomorrow.\u201D", "2026-12-07", "tomorrow", "2026-12-08")]
    [InlineData("Troops were sent to the border on 2 March 2025. \u201CWe will withdraw them next month,\u201D the minister said.", "2026-12-07", "next month", "2027-01")]
    public void An_events_day_dates_no_quotation(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    // Finding 5, controls: a day that opens its sentence dates the quotation its main clause introduces.
    [Theory]
    [InlineData("On 3 June 1944, he wrote: \u201CWe sail tomorrow.\u201D", "1944-06-04")]
    [InlineData("On 9 April 1912, the purser wrote in his log: \u2018The passengers board tomorrow.\u2019", "1912-04-10")]
    public void A_day_that_opens_its_sentence_dates_the_quotation_after_it(string text, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-12-07", "tomorrow"));

    // Finding 2, the review's rows: the frame's past ("who joined", "was told") does not turn a weekday the quotation tells ahead into
    // the one before; a weekday ahead that is the document's own weekday is a week on.
    [Theory]
    [InlineData("Smith, who joined the club on 1 July 2019, told reporters: \u201CWe have a big game on Saturday.\u201D", "Saturday", "2026-12-12")]
    [InlineData("The jury was told that on 12 May 2025 the defendant wrote in his diary: \u2018Meeting him on Saturday. Won\u2019t be back till Monday.\u2019", "Monday", "2025-05-19")]
    [InlineData("The jury was told that on 12 May 2025 the defendant wrote in his diary: \u2018Meeting him on Saturday. Won\u2019t be back till Monday.\u2019", "Saturday", "2025-05-17")]
    [InlineData("The interview was recorded on 2 December 2025.\n\n\"When did you leave?\n\n\"On Friday. I went home the next day.\"", "Friday", "2025-11-28")]
    [InlineData("The coach, who was sacked on 2 March 2025, told the BBC: \u201CThe players have a day off on Tuesday.\u201D", "Tuesday", "2026-12-08")]
    [InlineData("\u201CWe lost on Saturday and it hurt,\u201D the captain said.", "Saturday", "2026-12-05")]
    public void A_quoted_weekday_follows_its_quotations_own_tense(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-12-07", mention));

    // Finding 2, the "-ed" rule: a lower-case "-ed" form tells the past only after a subject pronoun; a participle or an adjective
    // after a noun or an article does not ("a scheduled meeting on Friday" in a letter is ahead).
    [Theory]
    [InlineData("In a letter dated 9 April 1912, she wrote: \u201CThere is a planned inspection on Friday.\u201D", "Friday", "1912-04-12")]
    [InlineData("In a letter dated 9 April 1912, she wrote: \u201CThe delayed train leaves on Friday.\u201D", "Friday", "1912-04-12")]
    [InlineData("In a letter dated 9 April 1912, she wrote: \u201CIt rained on Sunday.\u201D", "Sunday", "1912-04-07")]
    public void Only_a_verbs_past_form_tells_a_quoted_weekday_in_the_past(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-12-07", mention));

    // Finding 4, controls: a step told before the past perfect stays with the news; a month goes to the writing's year.
    [Theory]
    [InlineData("The Bank of England was founded on 27 July 1694.\n\nPolice arrested a man outside the Bank of England on Wednesday.\n\nA week earlier, he had been cautioned for a similar offence.", "A week earlier", "2026-W49")]
    [InlineData("The Bank of England was founded on 27 July 1694.\n\nPolice arrested a man outside the Bank of England on Wednesday.\n\nIn October, he had been cautioned for a similar offence.", "October", "2026-10")]
    public void A_past_perfect_after_a_dated_news_paragraph_stays_news(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-12-07", mention));

    // Finding 5, more of the review's rows: an event's day, a period's end, or a day in a relative clause dates no quotation.
    [Theory]
    [InlineData("Shares hit a record high on 2 October 2025. \u201CWe are cautious about next year,\u201D the chief executive said.", "2026-12-07", "next year", "2027")]
    [InlineData("Britain's entry into the EEC came on 1 January 1973. \u201CNext year will be difficult,\u201D the chancellor warned.", "2026-12-07", "Next year", "2027")]
    [InlineData("Sales fell in the three months to 31 December, the retailer said. \u201CTrading this month has been better,\u201D the finance director said.", "2026-02-20", "this month", "2026-02")]
    [InlineData("Smith, who was convicted on 3 March 2025, said on Monday: \"I'll appeal next week.\"", "2026-12-07", "next week", "2026-W51")]
    public void A_day_a_comma_or_an_event_word_tells_dates_no_quotation(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    // Multi-paragraph quotations and single quotes, kept (findings 11 and 14's working rows).
    [Theory]
    [InlineData("In a letter dated 9 April 1912, he wrote:\n\n\u201CWe sail tomorrow and the weather is fine.\n\n\u201CI will write again on Sunday.\u201D", "tomorrow", "1912-04-10")]
    [InlineData("He said on 2 December 2025: \u2018The union will march on Friday.\u2019", "Friday", "2025-12-05")]
    public void Letters_across_paragraphs_and_in_single_quotes_keep_their_day(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-12-07", mention));

    // Controls in other registers (business, court, wire, letters): a day in a relative clause dates no quotation; the quotation's
    // own tense decides its weekday; a recurrence does not block a letter's day; a dateline with a place of two words dates its story.
    [Theory]
    [InlineData("The company, which reported results on 3 November 2025, said: \u201CThe board meets on Thursday.\u201D", "Thursday", "2026-12-10")]
    [InlineData("\u201CI saw him on Friday,\u201D the witness, who was arrested on 2 March 2025, told the court.", "Friday", "2026-12-04")]
    [InlineData("\u201CThe shop closed on Sunday,\u201D a neighbour said.", "Sunday", "2026-12-06")]
    [InlineData("In a letter dated 9 April 1912, she wrote: \u201CWe have a dinner on Friday.\u201D", "Friday", "1912-04-12")]
    [InlineData("NEW YORK, Dec 3 (Reuters) - Oil rose. \u201CWe expect more cuts next month,\u201D an analyst said.", "next month", "2027-01")]
    [InlineData("He wrote to his mother on 3 June 1944. He had been in hospital twice a year. \u201CWe sail tomorrow,\u201D the letter says.", "tomorrow", "1944-06-04")]
    public void Controls_in_other_registers(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-12-07", mention));
}
