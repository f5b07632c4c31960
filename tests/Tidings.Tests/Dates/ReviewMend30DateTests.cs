using System.Collections.Immutable;
using Tidings.Dates;
using Xunit;

namespace Tidings.Tests.Dates;

/// <summary>
/// Review 30b's findings on session 30's date rules (mend30b): diary days counted from the count's first day with each heading's own
/// date, a sentence-initial "Day 2" only as a heading or in a count, "by late afternoon" on the day told after it, periods that
/// modify a noun ("all winter sports", "month-end rebalancing"), and a step after a comma that opens a new clause. One test per case.
/// </summary>
public sealed class ReviewMend30DateTests
{
    /// <summary>Monday 2 February 2026.</summary>
    private static readonly DateOnly Monday = new(2026, 2, 2);

    private static ImmutableArray<DateMention> Read(string text) => DateExtractor.Default.Extract(text, Monday);

    private static string? ValueOf(string text, string mention) => Assert.Single(Read(text), d => d.Text == mention).Value;

    // ---- 1. a diary's day N takes its own date, and a day without one steps from the count's first day

    [Theory]
    [InlineData("Day 1, 14 May: we set off.\n\nDay 2, 15 May: rain.\n\nDay 3, 16 May: Pamplona.", "Day 3", "2026-05-16")]
    [InlineData("Day 1, 14 May: we set off.\n\nDay 2, 15 May: rain.\n\nDay 3, 16 May: Pamplona.", "Day 2", "2026-05-15")]
    [InlineData("Day 1, 14 May: we set off. We had booked the trip on 2 March.\n\nDay 2: a rest day.", "Day 2", "2026-05-15")]
    [InlineData("Day 4, 17 May: the Meseta began.\n\nDay 5: flat and hot.", "Day 5", "2026-05-18")]
    public void A_diary_day_counts_from_the_counts_first_day(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, mention));

    // ---- 2. a sentence-initial "Day 2" is a heading only in a heading's shape or an established count

    [Theory]
    [InlineData("The film opened on 3 March.\n\nDay One is a thriller. Day 2 of filming was on 5 March.", "Day 2")]
    [InlineData("The album arrives on 5 September. Day 6 will tour Europe next year.", "Day 6")]
    public void A_sentence_opening_day_figure_outside_a_count_is_no_heading(string text, string mention) =>
        Assert.DoesNotContain(Read(text), d => d.Text == mention);

    [Theory]
    [InlineData("We left Leeds on 2 March.\n\nDay 3: a sleeper to Vienna.", "Day 3", "2026-03-04")]
    [InlineData("Day 1, 14 May: we set off.\n\nDay 2, 15 May: rain. Day 3 brought the first big dunes.", "Day 3", "2026-05-16")]
    public void A_heading_or_a_day_of_an_established_count_is_counted(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, mention));

    // ---- 3. "by late afternoon" takes the day told after it

    [Theory]
    [InlineData("The rain will clear by late afternoon on Friday.", "2026-02-06TAF")]
    [InlineData("Crews had cleared the road by late afternoon yesterday.", "2026-02-01TAF")]
    [InlineData("The shops will stay open until late evening tomorrow.", "2026-02-03TEV")]
    public void A_late_part_of_the_day_takes_the_day_after_it(string text, string expected)
    {
        ImmutableArray<DateMention> dates = Read(text);
        Assert.Contains(dates, d => d.Text.StartsWith("late ", StringComparison.Ordinal) && d.Value == expected);
        Assert.DoesNotContain(dates, d => d.Value == "2026-02-02TAF" || d.Value == "2026-02-02TEV");
    }

    [Fact]
    public void A_late_part_of_the_day_alone_is_the_clauses_day() =>
        Assert.Contains(Read("Showers will clear Norfolk by late afternoon."), d => d.Text.EndsWith("afternoon", StringComparison.Ordinal));

    // ---- 4. a period word before a noun modifies it: no date

    [Theory]
    [InlineData("Events, including all winter sports, were cancelled.", "winter")]
    [InlineData("Organisers said all summer fixtures would move.", "summer")]
    [InlineData("Month-end rebalancing flows lifted the dollar.", "Month-end")]
    [InlineData("The mid-month review will be published on Friday.", "mid-month")]
    public void A_period_word_modifying_a_noun_is_no_date(string text, string word) =>
        Assert.DoesNotContain(Read(text), d => d.Text.Contains(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("The pool stays open all summer.", "all summer")]
    [InlineData("The pool stays open all summer long.", "all summer")]
    [InlineData("The figures will be published mid-month.", "mid-month")]
    public void A_period_word_closing_its_phrase_is_a_date(string text, string mention) =>
        Assert.Contains(Read(text), d => d.Text == mention);

    // ---- 5. a step after a comma restates the date only when it closes its clause

    [Fact]
    public void A_step_opening_a_new_clause_counts_on_from_the_date() =>
        Assert.Equal("1972", ValueOf("She arrived in 1968. She married in 1970, two years later she left.", "two years later"));

    [Fact]
    public void A_step_in_apposition_restates_the_date() =>
        Assert.Equal("2009", ValueOf("The robbery took place in 1979. The fine was paid in 2009, thirty years later.", "thirty years later"));
}
