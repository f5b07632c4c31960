using System.Collections.Immutable;
using Tidings.Dates;
using Xunit;

namespace Tidings.Tests.Dates;

/// <summary>
/// Session 31 (mend31e, issue 15): the findings of review 31f on dates31b, each with the reviewer's example sentences and the
/// reading a reader expects. A named day whose words also name a place ("Corpus Christi") is the day only with a cue; the shift
/// written after a weekday ("Saturday last") holds only before a word of a whitelist; a bracketed number after a word that
/// numbers a thing ("(Flight 1549)") is no citation year.
/// </summary>
public sealed class ReviewMend31bDateTests
{
    /// <summary>Tuesday 20 January 2026.</summary>
    private static readonly DateOnly Tuesday = new(2026, 1, 20);

    private static ImmutableArray<DateMention> Read(string text) => DateExtractor.Default.Extract(text, Tuesday);

    [Theory]
    [InlineData("The Port of Corpus Christi said crude exports rose 12% in November.")]
    [InlineData("Police in Corpus Christi, Texas, arrested two men.")]
    [InlineData("The refinery near Corpus Christi was shut for repairs.")]
    [InlineData("Corpus Christi's mayor said the water plan was on track.")]
    public void A_feast_that_names_a_city_is_the_city_without_a_cue(string text) =>
        Assert.DoesNotContain(Read(text), d => d.Text.Contains("Corpus Christi", StringComparison.Ordinal));

    [Theory]
    [InlineData("Shops in Cologne close on Corpus Christi.", "2026-06-04")]
    [InlineData("The parish will mark Corpus Christi 2027 with a procession.", "2027-05-27")]
    public void A_feast_that_names_a_city_is_the_day_with_a_cue(string text, string expected) =>
        Assert.Contains(Read(text), d => d.Text.Contains("Corpus Christi", StringComparison.Ordinal) && d.Value == expected);

    /// <summary>The cue makes it a day; its year is the tense's business ("stays shut until" in January reads as last June's today,
    /// a resolver matter left as it was).</summary>
    [Theory]
    [InlineData("The bakery stays shut until Corpus Christi.")]
    [InlineData("Processions mark the feast of Corpus Christi in the old town.")]
    public void A_feast_cue_makes_it_a_day(string text) =>
        Assert.Contains(Read(text), d => d.Text.Contains("Corpus Christi", StringComparison.Ordinal) && d.Type == TemporalType.Date);

    [Theory]
    [InlineData("On Saturday last trains leave Waterloo at 23:15.", "Saturday", "Saturday last")]
    [InlineData("On Sunday next steps will be agreed.", "Sunday", "Sunday next")]
    [InlineData("On Friday last orders are at 10pm.", "Friday", "Friday last")]
    [InlineData("Sessions on Monday last an hour.", "Monday", "Monday last")]
    public void Last_or_next_before_a_noun_or_verb_is_not_postposed(string text, string mention, string notMention)
    {
        ImmutableArray<DateMention> found = Read(text);
        Assert.Contains(found, d => d.Text == mention);
        Assert.DoesNotContain(found, d => d.Text == notMention);
    }

    [Theory]
    [InlineData("A driver was fined on Saturday last, the court heard.", "Saturday last", "2026-01-17")]
    [InlineData("The club meets on Monday next when the new rules take effect.", "Monday next", "2026-01-26")]
    [InlineData("A man appeared on Friday last accused of theft.", "Friday last", "2026-01-16")]
    public void Last_or_next_before_a_whitelisted_word_is_postposed(string text, string mention, string expected) =>
        Assert.Contains(Read(text), d => d.Text == mention && d.Value == expected);

    [Theory]
    [InlineData("The jet (Flight 1549) ditched in the Hudson.", "1549")]
    [InlineData("The plan (Vision 2030) aims to diversify the economy.", "2030")]
    [InlineData("The servers still run an old system (Windows 2000).", "2000")]
    public void A_bracketed_numbered_name_is_no_citation_year(string text, string number) =>
        Assert.DoesNotContain(Read(text), d => d.Text.Contains(number, StringComparison.Ordinal));

    [Fact]
    public void An_author_year_citation_keeps_its_year() =>
        Assert.Contains(Read("The effect was first measured in mice (Haldane 2004)."), d => d.Text == "2004" && d.Value == "2004");
}
