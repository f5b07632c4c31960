using System.Collections.Immutable;
using Tidings.Dates;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Dates;

/// <summary>The reader (text → typed parses) and the resolver (parse + anchor → TIMEX3) each on their own, and the narrative anchor between them.</summary>
public sealed class DateReaderResolverTests
{
    private static List<DateParse> Read(string text)
    {
        var reader = new DateReader(Document.Create(text, null));
        foreach (Sentence sentence in reader.Document.Sentences)
        {
            reader.ReadSentence(sentence);
        }

        return reader.Parses;
    }

    [Fact]
    public void Reader_yields_fields_and_offsets_without_a_reference_date()
    {
        const string Text = "Talks resumed on July 19 and ended in May 1969.";
        List<DateParse> parses = Read(Text);
        Assert.Equal(2, parses.Count);
        DateParse july = parses[0];
        Assert.Equal("July 19", Text[july.Start..july.End]);
        Assert.Equal(ParseKind.Calendar, july.Kind);
        Assert.Null(july.Year);
        Assert.Equal((7, 19), (july.Month, july.Day));
        Assert.Equal(AnchorUse.Narrative, july.Anchor);
        Assert.Equal(DatePrecision.Day, july.Grain);
        Assert.Equal((1969, 5, 0), (parses[1].Year, parses[1].Month, parses[1].Day));
        Assert.True(parses[1].IsAbsolute);
    }

    [Fact]
    public void Reader_says_what_a_relative_expression_counts_from()
    {
        List<DateParse> parses = Read("The dam was finished in 1964. The year before, work stopped. Two years ago it was repaired.");
        Assert.Equal(3, parses.Count);
        Assert.Equal((ParseKind.Offset, TimeUnit.Year, -1, AnchorUse.Story), (parses[1].Kind, parses[1].Unit, parses[1].Count, parses[1].Anchor));
        Assert.Equal((ParseKind.Offset, TimeUnit.Year, -2, AnchorUse.Publication), (parses[2].Kind, parses[2].Unit, parses[2].Count, parses[2].Anchor));
    }

    [Fact]
    public void Reader_marks_bounds_and_relative_clauses_as_not_moving_the_story()
    {
        List<DateParse> parses = Read("The museum, which was founded in 1887, says visitors rose. He has lived there since 2009.");
        Assert.All(parses, p => Assert.False(p.SetsFocus));
    }

    [Fact]
    public void Reader_keeps_the_weekday_written_with_a_date()
    {
        List<DateParse> parses = Read("Voting ended on Sunday, April 13, and the count began on Tuesday 15 April. Results came on May 2.");
        Assert.Equal(3, parses.Count);
        Assert.Equal((4, 13, 0), (parses[0].Month, parses[0].Day, parses[0].StatedWeekday));
        Assert.Equal((4, 15, 2), (parses[1].Month, parses[1].Day, parses[1].StatedWeekday));
        Assert.Null(parses[2].StatedWeekday);
    }

    [Theory]
    [InlineData("2016-04-11", "The 1986 Masters was his last major. On Sunday, April 13, he won it.", "Sunday, April 13", "1986-04-13")]
    [InlineData("2024-03-20", "The strike began on Saturday 4 March.", "Saturday 4 March", "2023-03-04")]
    [InlineData("2024-01-10", "The fair will open on Sunday, April 13.", "Sunday, April 13", "2025-04-13")]
    [InlineData("2024-03-05", "The shop shut on Friday, February 29.", "Friday, February 29", "2024-02-29")]
    public void A_written_weekday_chooses_the_year(string reference, string text, string mention, string expected)
    {
        ImmutableArray<DateMention> dates = DateExtractor.Default.Extract(text, DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, Assert.Single(dates, d => d.Text == mention).Value);
    }

    [Fact]
    public void Reader_marks_a_day_set_for_something_apart_from_its_tense()
    {
        List<DateParse> parses = Read("The council set a vote for May 9. The inquiry was adjourned until Monday. It met on June 2.");
        Assert.Equal(3, parses.Count);
        Assert.True(parses[0].Plan);
        Assert.True(parses[1].Plan);
        Assert.False(parses[2].Plan);
    }

    [Theory]
    [InlineData("2022-05-25", 5, 9, "2022-05-09")] // set a little while ago: the recent May 9, not next year's
    [InlineData("2022-01-12", 7, 1, "2022-07-01")] // half a year ahead rather than half a year back
    public void Resolver_puts_a_planned_day_ahead_of_a_recent_setting(string reference, int month, int day, string expected)
    {
        DateParse planned = DateParse.Calendar(null, month, day) with { Plan = true, Tense = Tense.Past };
        Assert.Equal(expected, DateResolver.Resolve(planned, DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("The Easter weekend was busy.", "2021-04-20", "2021-W13-WE")] // Easter Sunday 4 April 2021: its own week
    [InlineData("Traffic built before the Labor Day weekend.", "2021-09-08", "2021-W35-WE")] // Labor Day Monday 6 September: the weekend before
    public void A_named_day_s_weekend_is_the_one_it_falls_on_or_closes(string text, string reference, string expected)
    {
        ImmutableArray<DateMention> mentions = DateExtractor.Default.Extract(text, DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, Assert.Single(mentions).Value);
    }

    [Fact]
    public void Reader_leaves_day_month_order_open_when_nothing_settles_it()
    {
        DateParse open = Assert.Single(Read("A memo dated 1/2/2020 told managers to stop."));
        Assert.True(open.DayMonthUncertain);
        DateParse settled = Assert.Single(Read("LONDON (Reuters) - A memo dated 1/2/2020 told managers to stop."));
        Assert.False(settled.DayMonthUncertain);
        Assert.Equal((2, 1), (settled.Month, settled.Day));
    }

    [Theory]
    [InlineData(7, 19, "past", "2019-07-19")]
    [InlineData(7, 19, "future", "2020-07-19")]
    [InlineData(6, 19, "past", "2020-06-19")]
    public void Resolver_weighs_tense_for_a_day_without_a_year(int month, int day, string tense, string expected)
    {
        DateParse p = DateParse.Calendar(null, month, day) with { Tense = tense == "past" ? Tense.Past : Tense.Future };
        Assert.Equal(expected, DateResolver.Resolve(p, new DateOnly(2020, 6, 2)));
    }

    [Fact]
    public void Resolver_counts_from_the_anchor_it_is_given()
    {
        DateParse yearBefore = DateParse.Offset(TimeUnit.Year, -1, AnchorUse.Story);
        Assert.Equal("1963", DateResolver.Resolve(yearBefore, new DateOnly(1964, 1, 1), DatePrecision.Year, story: true));
        Assert.Equal("2020", DateResolver.Resolve(yearBefore, new DateOnly(2021, 11, 15)));
        DateParse march4 = DateParse.Calendar(null, 3, 4);
        Assert.Equal("1998-03-04", DateResolver.Resolve(march4, new DateOnly(1998, 1, 1), DatePrecision.Year, story: true));
        Assert.Equal("1942-03-04", DateResolver.Resolve(march4, new DateOnly(1941, 12, 7), DatePrecision.Day, story: true));
        Assert.Equal("2014-XX-XX", DateResolver.Resolve(DateParse.Calendar(2014, 6, 9) with { DayMonthUncertain = true }, null));
    }

    [Fact]
    public void Resolver_never_throws_at_the_ends_of_the_calendar()
    {
        DateParse[] parses =
        [
            DateParse.Offset(TimeUnit.Year, -1), DateParse.Offset(TimeUnit.Day, 1), DateParse.Offset(TimeUnit.Century, 1),
            DateParse.Calendar(null, 12, 31), DateParse.Calendar(null, 1, 1), DateParse.Calendar(null, 0, 21) with { Tense = Tense.Past },
            DateParse.Offset(TimeUnit.Year, -3) with { KeepDay = true, Grain = DatePrecision.Day },
        ];
        foreach (DateOnly anchor in new[] { DateOnly.MinValue, DateOnly.MaxValue })
        {
            foreach (DateParse p in parses)
            {
                _ = DateResolver.Resolve(p, anchor);
                _ = DateResolver.Resolve(p, anchor, DatePrecision.Year, story: true);
            }
        }
    }

    [Fact]
    public void Mentions_say_which_anchor_they_used()
    {
        const string Text = "In 1998, the steelworks changed hands. On March 4, the new owners announced job cuts. The plant will reopen on July 19.";
        ImmutableArray<DateMention> dates = DateExtractor.Default.Extract(Text, new DateOnly(2018, 3, 4));
        Assert.Equal(["1998", "March 4", "July 19"], dates.Select(d => d.Text));
        Assert.Equal(DateAnchor.None, dates[0].Anchor);
        Assert.Equal(("1998-03-04", DateAnchor.Mention, (int?)dates[0].Start), (dates[1].Value, dates[1].Anchor, dates[1].AnchorStart));
        Assert.Equal(("2018-07-19", DateAnchor.Publication, (int?)null), (dates[2].Value, dates[2].Anchor, dates[2].AnchorStart));
    }

    [Fact]
    public void Reader_marks_a_weekday_with_the_article_and_weeks_on()
    {
        List<DateParse> parses = Read("On the Friday the gates shut. It resumes on Tuesday week. Ballots close a week on Friday. The squad flies home on the Monday after.");
        Assert.Equal(4, parses.Count);
        Assert.True(parses[0].Definite);
        Assert.False(parses[0].WeekdayAfter);
        Assert.Equal((1, Tense.Future), (parses[1].WeeksOn, parses[1].Tense));
        Assert.Equal(1, parses[2].WeeksOn);
        Assert.True(parses[3].Definite && parses[3].WeekdayAfter);
        DateParse thursdayWeek = parses[1] with { Weekday = 4 };
        Assert.Equal("2024-10-24", DateResolver.Resolve(thursdayWeek, new DateOnly(2024, 10, 16)));
    }

    [Fact]
    public void Reader_marks_the_future_told_from_a_past_time()
    {
        List<DateParse> parses = Read("She was due to fly home on Monday. He would take office in January. Drivers voted to strike on March 21. The board will meet on Friday.");
        Assert.Equal(4, parses.Count);
        Assert.True(parses[0].FutureInPast && parses[0].PastPlan);
        Assert.True(parses[1].FutureInPast && !parses[1].PastPlan);
        Assert.True(parses[2].FutureInPast);
        Assert.False(parses[3].FutureInPast);
    }

    [Fact]
    public void Reader_marks_timeline_headings_and_past_events()
    {
        List<DateParse> parses = Read("2016 — A levee is approved in March.\n\n2021\nThe cinema reopened on June 9.");
        Assert.Equal(4, parses.Count);
        Assert.Equal(1, parses[0].Heads); // a heading followed by a dash heads its own line
        Assert.Equal(2, parses[2].Heads); // a year alone on its line heads the next one too
        Assert.True(parses[3].PastEvent);
        Assert.False(parses[1].PastEvent);
    }

    [Fact]
    public void Anchor_resolves_story_weekdays_and_the_future_in_the_past()
    {
        const string Text = "The mill closed on Tuesday 6 June 1972. On the Thursday the men marched.\n\nThey were due to return on Monday.";
        ImmutableArray<DateMention> dates = DateExtractor.Default.Extract(Text, new DateOnly(2024, 5, 1));
        Assert.Equal(["Tuesday 6 June 1972", "the Thursday", "Monday"], dates.Select(d => d.Text));
        Assert.Equal(("1972-06-08", DateAnchor.Mention, (int?)dates[0].Start), (dates[1].Value, dates[1].Anchor, dates[1].AnchorStart));
        Assert.Equal("1972-06-12", dates[2].Value);
    }

    [Fact]
    public void Dateline_region_settles_the_order_of_a_numeric_date()
    {
        ImmutableArray<DateMention> uk = DateExtractor.Default.Extract("LEEDS, England — The council met on 05/03/2025.", new DateOnly(2025, 3, 7));
        ImmutableArray<DateMention> us = DateExtractor.Default.Extract("MOBILE, Ala. — The council met on 05/03/2025.", new DateOnly(2025, 5, 7));
        Assert.Equal("2025-03-05", Assert.Single(uk).Value);
        Assert.Equal("2025-05-03", Assert.Single(us).Value);
    }

    [Theory]
    [InlineData("They met on the night of July 24-25 October e.g. cent.")]
    [InlineData("Talks ran from July 24-25 October to early November.")]
    public void Mentions_come_in_text_order_when_a_range_is_read_from_its_far_end(string text)
    {
        ImmutableArray<DateMention> dates = DateExtractor.Default.Extract(text, new DateOnly(2024, 11, 20));
        Assert.NotEmpty(dates);
        for (int i = 1; i < dates.Length; i++)
        {
            Assert.True(dates[i - 1].Start <= dates[i].Start, $"[{dates[i - 1].Start}, {dates[i - 1].End}) before [{dates[i].Start}, {dates[i].End})");
        }
    }
    [Theory]
    [InlineData("2024-10", 1, 1, "2024-10-07")] // the first Monday in October 2024
    [InlineData("2023-11", 4, 4, "2023-11-23")] // the fourth Thursday of November
    [InlineData("2024-05", -1, 5, "2024-05-31")] // the last Friday in May
    [InlineData("2026-06", -1, null, "2026-W26")] // the last week of June 2026: June 29-30 are in July's week
    [InlineData("2024-07", 1, null, "2024-W27")] // the first week of July 2024
    [InlineData("2016-07", -1, null, "2016-W30")]
    [InlineData("2024-06", 5, 1, null)] // a fifth Monday June 2024 does not have
    public void Resolver_picks_a_weekday_or_week_of_a_month(string month, int nth, int? weekday, string? expected) =>
        Assert.Equal(expected, DateResolver.InMonth(month, nth, weekday));

    [Fact]
    public void Reader_reads_a_part_of_a_month_as_one_parse_of_the_month()
    {
        const string Text = "The festival moves to the last week of June 2027, and the vote is on the second Tuesday in March.";
        List<DateParse> parses = Read(Text);
        Assert.Equal(2, parses.Count);
        Assert.Equal("the last week of June 2027", Text[parses[0].Start..parses[0].End]);
        Assert.Equal((2027, 6, -1, (int?)null), (parses[0].Year, parses[0].Month, parses[0].MonthOrdinal, parses[0].MonthWeekday));
        Assert.Equal(DatePrecision.Week, parses[0].Grain);
        Assert.Equal("the second Tuesday in March", Text[parses[1].Start..parses[1].End]);
        Assert.Equal((3, 2, (int?)2), (parses[1].Month, parses[1].MonthOrdinal, parses[1].MonthWeekday));
        Assert.Equal("2027-W25", DateResolver.Resolve(parses[0], new DateOnly(2025, 1, 1))); // June 28-30 are in the week whose Thursday is 1 July
    }

    [Theory]
    [InlineData("The bridge reopens in 10 days' time.", "10 days' time", "2025-03-13")]
    [InlineData("The bridge reopens in a fortnight's time.", "a fortnight's time", "2025-03-17")]
    [InlineData("The bridge reopens a week today.", "a week today", "2025-03-10")]
    [InlineData("A fortnight ago the bridge was shut.", "A fortnight ago", "2025-W08")]
    [InlineData("Traffic is down 4% year to date.", "year to date", "2025")]
    public void Counts_told_from_the_writing_are_dates(string text, string span, string value)
    {
        ImmutableArray<DateMention> found = DateExtractor.Default.Extract(text, new DateOnly(2025, 3, 3));
        DateMention m = Assert.Single(found);
        Assert.Equal(span, m.Text);
        Assert.Equal(value, m.Value);
    }

    [Fact]
    public void A_week_told_by_its_end_is_only_its_end()
    {
        ImmutableArray<DateMention> found = DateExtractor.Default.Extract("Claims rose in the week ended Friday.", new DateOnly(2025, 3, 3));
        Assert.Equal("Friday", Assert.Single(found).Text);
    }
}
