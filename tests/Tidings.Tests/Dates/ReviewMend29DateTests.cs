using System.Collections.Immutable;
using Tidings.Dates;
using Xunit;

namespace Tidings.Tests.Dates;

/// <summary>
/// Review 29b's findings on session 29's date rules (mend29b): a noun read as a scheduled present verb, sets of any "quarterly"
/// thing, day counts with no count to belong to, "the quarter ended" without a date, a "now" set against another time, and
/// "the first winter" before a noun. Each case failed before its mend.
/// </summary>
public sealed class ReviewMend29DateTests
{
    /// <summary>Tuesday 20 January 2026.</summary>
    private static readonly DateOnly Tuesday = new(2026, 1, 20);

    private static ImmutableArray<DateMention> Read(string text, DateOnly? reference = null) =>
        DateExtractor.Default.Extract(text, reference ?? Tuesday);

    private static string? ValueOf(string text, string mention, DateOnly? reference = null) =>
        Assert.Single(Read(text, reference), d => d.Text == mention).Value;

    // ---- 1. [third-person]: a plural noun or a noun's subject is no scheduled present

    [Theory]
    [InlineData("Tourists visited the falls on Saturday.", "Saturday", "2026-01-17")]
    [InlineData("A patient falls on the ward on Monday and breaks a hip.", "Monday", "2026-01-19")]
    [InlineData("The index falls on Friday as oil slides.", "Friday", "2026-01-16")]
    public void A_noun_or_a_market_move_read_as_falls_does_not_put_the_day_ahead(string text, string day, string expected) =>
        Assert.Equal(expected, ValueOf(text, day));

    [Theory]
    [InlineData("The deadline falls on Friday.", "Friday", "2026-01-23")]
    [InlineData("The paper was founded in 1876. Its final print edition appears on Saturday.", "Saturday", "2026-01-24")]
    [InlineData("The lease expires on Thursday.", "Thursday", "2026-01-22")]
    public void A_scheduled_subjects_third_person_verb_still_puts_the_day_ahead(string text, string day, string expected) =>
        Assert.Equal(expected, ValueOf(text, day));

    [Fact]
    public void The_third_person_list_repeats_no_present_marker()
    {
        Dictionary<string, List<string>> sections = DataSections("tense-verbs.txt");
        Assert.Empty(sections["third-person"].Intersect(sections["present-marker"], StringComparer.OrdinalIgnoreCase));
    }

    // ---- 2. "a quarterly <noun>" is a set only for a thing that recurs

    [Theory]
    [InlineData("The carmaker reported a quarterly loss.")]
    [InlineData("The bank posted a quarterly profit of $2bn, its first in a year.")]
    [InlineData("It was a quarterly record for the chain.")]
    public void A_quarterly_result_is_no_set(string text) =>
        Assert.DoesNotContain(Read(text), d => d.Text == "quarterly");

    [Theory]
    [InlineData("The board declared a quarterly dividend of 12 cents.")]
    [InlineData("Members get a quarterly newsletter.")]
    [InlineData("Tenants make a quarterly payment to the trust.")]
    public void A_quarterly_thing_that_recurs_is_a_set(string text) =>
        Assert.Contains(Read(text), d => d.Text == "quarterly" && d.Value == "P3M");

    // ---- 3. day counts need a count: a start event or an earlier day of it, close by; never "on day one" of an office

    [Theory]
    [InlineData("On Monday, Trump said he would pardon them on day one.")]
    [InlineData("On Monday, the candidate promised to scrap the tax on day one of his presidency.")]
    [InlineData("The strikers said on Tuesday that they would not give in.\n\nPickets were still at the gates on day 12 of the strike.")]
    [InlineData("The ship left Hull on 3 May.\n\nIt was a long summer.\n\nThe crew rested.\n\nWe reached the island on day 40.")]
    public void A_day_count_with_no_count_to_belong_to_is_no_date(string text) =>
        Assert.DoesNotContain(Read(text), d => d.Text.StartsWith("day ", StringComparison.Ordinal));

    [Theory]
    [InlineData("The woman was admitted to the ward on 4 May 2025. On day four she was moved to intensive care.", "day four", "2025-05-07")]
    [InlineData("The yacht left Falmouth on 10 November 2024. She rounded the Cape on day 24.", "day 24", "2024-12-03")]
    [InlineData("Day 1, Monday 12 May 2025: six men refused breakfast. By day four two were in hospital.", "day four", "2025-05-15")]
    public void A_day_count_from_a_start_is_counted_from_its_day(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, mention));

    // ---- 4. "the quarter ended" is left to its date only when a date follows

    [Theory]
    [InlineData("The quarter ended with a rally in bank shares.")]
    [InlineData("The quarter ended badly for the group.")]
    public void The_quarter_ended_without_a_date_keeps_the_quarter(string text) =>
        Assert.Contains(Read(text), d => d.Text == "The quarter");

    [Theory]
    [InlineData("Revenue for the quarter ended Dec. 31 rose 8 per cent.")]
    [InlineData("Revenue for the quarter ended on 31 December rose 8 per cent.")]
    [InlineData("Revenue for the quarter ending 30 June rose 8 per cent.")]
    public void The_quarter_ended_a_date_is_left_to_the_date(string text) =>
        Assert.DoesNotContain(Read(text), d => d.Text == "the quarter");

    // ---- 5. a mid-clause "now" set against another time is a time

    [Theory]
    [InlineData("Rents are now 30% higher than two years ago.")]
    [InlineData("Unemployment is now lower than at any time since 1975.")]
    [InlineData("Output is now 5% lower compared with last year.")]
    [InlineData("The fund is now worth $3bn, up from $1bn a decade ago.")]
    public void A_now_compared_with_another_time_is_kept(string text) =>
        Assert.Contains(Read(text), d => d.Text == "now" && d.Value == "PRESENT_REF");

    [Theory]
    [InlineData("The town is now almost empty.")]
    [InlineData("The hall now holds more than 300 people.")]
    public void A_mid_clause_now_with_no_other_time_is_no_date(string text) =>
        Assert.DoesNotContain(Read(text), d => d.Text == "now");

    // ---- 6. "the first winter" before a noun is no season

    [Fact]
    public void The_first_winter_storm_is_no_season() =>
        Assert.DoesNotContain(Read("Forecasters warned on Monday that the first winter storm of the season would bring snow."),
            d => d.Text.Contains("winter", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void The_first_winter_of_a_story_is_its_season() =>
        Assert.Equal("1988-WI", ValueOf("They bought the farm in the autumn of 1988. The first winter nearly broke them.", "The first winter"));

    // ---- 7. [span-lead] is a word list

    [Fact]
    public void The_span_lead_list_has_no_number_column() =>
        Assert.All(DataSections("calendar-phrases.txt")["span-lead"], line => Assert.DoesNotContain('\t', line));

    /// <summary>The "[section]" lines of an embedded word list of the date reader.</summary>
    private static Dictionary<string, List<string>> DataSections(string file)
    {
        using Stream stream = typeof(DateExtractor).Assembly.GetManifestResourceStream("Tidings.Dates.Data." + file)!;
        using var reader = new StreamReader(stream);
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        while (reader.ReadLine() is string raw)
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                sections[line[1..^1]] = current = [];
            }
            else
            {
                current?.Add(line);
            }
        }

        return sections;
    }
}
