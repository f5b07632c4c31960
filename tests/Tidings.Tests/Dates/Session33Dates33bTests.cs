using System.Collections.Immutable;
using System.Globalization;
using Tidings.Dates;
using Xunit;
using static Tidings.Tests.Dates.DateReading;

namespace Tidings.Tests.Dates;

/// <summary>
/// Session 33 (dates33b): years in the titles and citations of laws are no dates; university terms named by a feast are seasons;
/// a commercial letter's "inst.", "ult." and "prox." count from the letter's date; "the night of 13-14 April" is one night; a
/// reporting window closed by "ended" keeps only its date; and an age told in a dated life moves the story.
/// </summary>
public sealed class Session33Dates33bTests
{
    [Theory]
    [InlineData("Ministers said the 2010 Equality Act would be amended before the summer.", "2010")]
    [InlineData("Fines are set under the Factories Act of 1961, which still applies to mills.", "1961")]
    [InlineData("The Companies Ordinance, 1984 was repealed by the new code.", "1984")]
    [InlineData("The judges relied on [2015] UKSC 11 and on the earlier ruling.", "2015")]
    [InlineData("Resolution 1441 (2002) gave Iraq a final opportunity to comply.", "2002")]
    [InlineData("The order is made under the Housing Act 2020 (No. 12 of 2020).", "2020")]
    public void A_year_in_a_laws_title_or_citation_is_no_date(string text, string year) =>
        Assert.DoesNotContain(Read(text, "2026-03-02"), d => d.Text == year);

    [Fact]
    public void A_treatys_year_is_still_a_date() =>
        Assert.Equal("1713", ValueOf("Gibraltar was ceded under the Treaty of Utrecht of 1713.", "2026-03-02", "1713"));

    [Theory]
    [InlineData("The new lecture series starts in Michaelmas term, the faculty said.", "2026-06-30", "Michaelmas term", "2026-FA")]
    [InlineData("Exams were moved online for Hilary term after the storm.", "2026-06-30", "Hilary term", "2026-SP")]
    [InlineData("The library reopens in Trinity term 2027.", "2026-06-30", "Trinity term 2027", "2027-SU")]
    [InlineData("I arrived at the college in the autumn term of 1991.", "2026-06-30", "the autumn term of 1991", "1991-FA")]
    [InlineData("Attendance in the summer term fell sharply, the report said.", "2026-09-08", "the summer term", "2026-SU")]
    public void An_academic_term_is_its_season(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    [Theory]
    [InlineData("The letter, dated 12 March 1866, thanks the mill for \"yours of the 7th inst.\"", "the 7th inst.", "1866-03-07")]
    [InlineData("\"Your note of the 20th ult. is to hand,\" the agent wrote on 4 January 1901.", "the 20th ult.", "1900-12-20")]
    [InlineData("A circular dated 9 May 1888 said the office would move on the 1st proximo.", "the 1st proximo", "1888-06-01")]
    public void A_letters_day_counts_from_the_letters_date(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-03-02", mention));

    [Theory]
    [InlineData("Storms battered the coast on the night of 21-22 October, cutting power to thousands.", "2026-10-25", "the night of 21-22 October", "2026-10-21TNI")]
    [InlineData("The liner sank on the night of 6/7 May 1915 off the Irish coast.", "2026-10-25", "the night of 6/7 May 1915", "1915-05-06TNI")]
    public void A_night_told_by_its_two_days_is_the_night_of_the_first(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    [Fact]
    public void A_window_closed_by_ended_keeps_only_its_date()
    {
        ImmutableArray<DateMention> dates = Read("Sales rose 4% in the 26 weeks ended 28 September, the grocer said.", "2025-10-20");
        Assert.DoesNotContain(dates, d => d.Text.Contains("weeks", StringComparison.Ordinal));
        Assert.Equal("2025-09-28", Assert.Single(dates, d => d.Text == "28 September").Value);
    }

    [Theory]
    [InlineData("Born in Leeds on 4 May 1920, she joined the Wrens at 19. That winter she was posted to Scapa Flow.", "That winter", "1939-WI")]
    [InlineData("Born in Hull in 1950, he left school at the age of 16. The following spring he went to sea.", "The following spring", "1967-SP")]
    [InlineData("Born on 2 July 1941, he opened the shop on his 40th birthday. The next morning the first customer came.", "The next morning", "1981-07-03TMO")]
    public void An_age_in_a_dated_life_moves_the_story(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-03-02", mention));

    [Fact]
    public void An_age_is_no_mention() =>
        Assert.DoesNotContain(Read("Born in Leeds on 4 May 1920, she joined the Wrens at 19.", "2026-03-02"), d => d.Text == "19");
}
