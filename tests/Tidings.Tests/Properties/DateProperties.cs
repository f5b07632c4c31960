using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Tidings.Dates;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Properties;

/// <summary>
/// The date extractor's contract: total, offset-exact, sorted and deterministic for any text, and resolution never
/// throws — and always yields a well-formed TIMEX3 value or null — for any reference date from year 1 to 9999.
/// </summary>
public sealed partial class DateProperties
{
    private static DateExtractor Dates => DateExtractor.Default;

    /// <summary>Date expressions of every pattern, including those that shift years, months, weeks and quarters.</summary>
    private static readonly Gen<string> Expression = Gen.Elements(
        "yesterday", "today", "tomorrow", "tonight", "last night", "this morning", "tomorrow evening", "now", "at present",
        "last week", "next week", "this week", "last month", "next month", "last year", "next year", "this year",
        "the weekend", "over the weekend", "last weekend", "the quarter", "the latest quarter", "the year-ago quarter",
        "a year earlier", "a year ago", "two years ago", "5000 years ago", "9999 years ago", "three decades ago",
        "four centuries ago", "the fourth quarter", "third-quarter", "the first half", "the second half of the year",
        "this year's third quarter", "the 1988 period", "early 2026", "mid-2019", "the 1970s", "the '80s",
        "the early 1990s", "the 20th century", "on Monday", "will meet on Tuesday", "last Friday", "next Sunday",
        "Wednesday evening", "Friday, November 24", "on the night of July 24", "July 22 morning", "3 August",
        "14 October 2023", "May 1969", "Dec. 31", "Jan. 1", "Feb. 29", "by Jan. 14", "in December", "last February",
        "January this year", "June last year", "Thanksgiving Day", "Christmas Eve", "spring 2021", "last fall",
        "next winter", "every Sunday", "each July", "every four years", "daily", "7 a.m.", "noon Saturday",
        "9 a.m. EST Tuesday", "3:30 p.m.", "the day before yesterday", "the day after tomorrow", "nineteen ninety-six",
        "the past two years", "the next few months", "several years", "a few days ago", "2019-04-03", "in 2008",
        "since 1992", "0001-01-01", "9999-12-31");

    /// <summary>Any reference date from 0001-01-01 to 9999-12-31, with the ends themselves weighted in.</summary>
    private static readonly Gen<DateOnly> ReferenceDate = Gen.Frequency(
        (8, Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber).Select(DateOnly.FromDayNumber)),
        (1, Gen.Elements(DateOnly.MinValue, DateOnly.MinValue.AddDays(1), DateOnly.MinValue.AddDays(40), new DateOnly(1, 12, 31))),
        (1, Gen.Elements(DateOnly.MaxValue, DateOnly.MaxValue.AddDays(-1), DateOnly.MaxValue.AddDays(-40), new DateOnly(9999, 1, 1))));

    private static readonly Gen<string> DateText =
        from parts in Gen.ListOf(Gen.Frequency((3, Expression), (1, TextGenerators.NewsText.Generator)))
        select "Officials said " + string.Join(" and ", parts) + ".";

    [Fact]
    public void Date_extractor_keeps_its_contract_on_arbitrary_strings() =>
        PropertySettings.Run(
            Prop.ForAll(TextGenerators.AnyText, Arb.From(ReferenceDate), Check),
            nameof(Date_extractor_keeps_its_contract_on_arbitrary_strings));

    [Fact]
    public void Resolution_never_throws_for_any_reference_date_from_year_1_to_9999() =>
        PropertySettings.Run(
            Prop.ForAll(Arb.From(DateText), Arb.From(ReferenceDate), Check),
            nameof(Resolution_never_throws_for_any_reference_date_from_year_1_to_9999));

    [Fact]
    public void Date_extractor_keeps_its_contract_on_extreme_numbers_at_the_ends_of_the_calendar() =>
        PropertySettings.Run(
            Prop.ForAll(TextGenerators.ExtremeText, TextGenerators.ReferenceDates, (text, reference) =>
            {
                if (reference is DateOnly date)
                {
                    Check(text, date);
                }
                else
                {
                    ExtractorProperties.CheckMentions(text, Dates.Extract(text));
                }
            }),
            nameof(Date_extractor_keeps_its_contract_on_extreme_numbers_at_the_ends_of_the_calendar));

    [Fact]
    public void Every_expression_resolves_at_both_ends_of_the_calendar()
    {
        string[] expressions = [.. Expression.Sample(0, 2000).Distinct()];
        foreach (DateOnly reference in new[] { DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(1, 1, 7), new DateOnly(9999, 12, 25) })
        {
            foreach (string expression in expressions)
            {
                Check("It happened " + expression + ".", reference);
            }
        }
    }

    /// <summary>
    /// A two-digit fiscal year takes the century nearest the reference date and stays a four-digit year of the calendar
    /// (regression: a random seed once gave a value outside the pattern below).
    /// </summary>
    [Theory]
    [InlineData("FY07", "4096-03-01", "FY4107")]
    [InlineData("FY98", "2003-01-15", "FY1998")]
    [InlineData("FY03", "2098-07-01", "FY2103")]
    [InlineData("FY00", "0001-02-01", "FY0100")]
    [InlineData("FY40", "9999-12-31", "FY9940")]
    [InlineData("FY60", "9990-01-01", "FY9960")]
    public void A_two_digit_fiscal_year_takes_the_nearest_century(string code, string reference, string expected)
    {
        string text = "The board cut its " + code + " forecast.";
        DateOnly date = DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture);
        Check(text, date);
        Assert.Equal(expected, Assert.Single(Dates.Extract(text, date)).Value);
    }

    /// <summary>
    /// A clock time anchored to a day before Christ keeps the day and no clock (regression: a random seed gave
    /// "Mar 3,6 BC,from 0001," at the reference 9999-12-25 the value "BC0006-03-03T00:01", outside the pattern below).
    /// </summary>
    [Theory]
    [InlineData("Mar 3,6 BC,from 0001,", "9999-12-25")]
    [InlineData("On 15 March 44 BC, at 11am, Caesar was killed.", "2026-12-07")]
    [InlineData("On 15 March 44 BC in the morning the senate met.", "2026-12-07")]
    public void A_time_on_a_day_before_christ_keeps_the_contract(string text, string reference) =>
        Check(text, DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Without_a_reference_date_relative_expressions_stay_unresolved()
    {
        ImmutableArray<DateMention> dates = Dates.Extract("The talks ended yesterday and resume next week.");
        Assert.Equal(["yesterday", "next week"], dates.Select(d => d.Text));
        Assert.All(dates, d => Assert.Null(d.Value));
    }

    /// <summary>The contract for <see cref="DateExtractor.Default"/> and for <see cref="DateExtractor.TimeML"/> (its own conventions, same contract).</summary>
    private static void Check(string text, DateOnly reference)
    {
        foreach (DateExtractor extractor in new[] { Dates, DateExtractor.TimeML })
        {
            ImmutableArray<DateMention> dates = extractor.Extract(text, reference);
            ExtractorProperties.CheckMentions(text, dates);
            foreach (DateMention d in dates)
            {
                Assert.True(d.Value is null || Timex().IsMatch(d.Value), $"\"{d.Text}\" (reference {reference:O}): malformed value {d.Value}");
            }

            ImmutableArray<DateMention> again = extractor.Extract(Document.Create(text, reference));
            ExtractorProperties.SameMentions(dates, again);
        }
    }

    /// <summary>
    /// The TIMEX3 values the extractor writes: dates and periods (years 0001–9999, and BC0044-03-15 before Christ), times, durations
    /// (clock durations with several units, as "32:27" gives PT32M27S), fiscal years and their quarters (FY2024, FY2025-Q4), sets, references.
    /// </summary>
    [GeneratedRegex(
        @"^(?:BC\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{2,4}|FY\d{4}(?:-Q[1-4]|-H[12])?|\d{4}-(?:\d{2}(?:-\d{2}(?:T(?:MO|AF|EV|NI|\d{2}:\d{2}))?)?|Q[1-4]|H[12]|W\d{2}(?:-WE)?|SP|SU|FA|WI)"
        + @"|P(?:\d+|X)(?:Y|M|W|D|Q|DE|CE)"
        + @"|PT(?:(?:\d+|X)H(?:\d+M)?(?:\d+(?:\.\d+)?S)?|(?:\d+|X)M(?:\d+(?:\.\d+)?S)?|(?:\d+(?:\.\d+)?|X)S)"
        + @"|XXXX-(?:WXX-[1-7]|\d{2}|W\d{2})|PRESENT_REF|PAST_REF|FUTURE_REF)$",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Timex();
}
