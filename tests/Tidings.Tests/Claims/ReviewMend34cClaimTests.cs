using Tidings.Claims;
using Xunit;
using static Tidings.Tests.Claims.ReviewMend28ClaimTests;

namespace Tidings.Tests.Claims;

/// <summary>
/// Session 34 (mend34c), the review of claims34 (review34c): a list of numbers after "numbers were" or a colon counts
/// unless an identifier word names the draw; a number after an identifier noun names a thing only when the noun is read
/// as a noun and counts no noun after it; the series room's run word governs a period and backs off before a list of
/// holders; a suspended compound's first half is dropped only for an age band or a modifier of a noun; "more/less than
/// one" is a pronoun only right after an amount and before a description of a holder.
/// </summary>
public sealed class ReviewMend34cClaimTests
{
    private static bool Claimed(string text, string quantity) =>
        ReviewMend28ClaimTests.Claims(text).Any(c => c.Quantities.Any(q => q.Text.Contains(quantity, StringComparison.Ordinal)));

    // Finding 1: "numbers" is above all a count noun; a list after it and a copula or colon counts.
    [Theory]
    [InlineData("Visitor numbers were 412, 455 and 498 in the three years to 2024, the museum said.", "412", "498")]
    [InlineData("Student numbers were 310, 342 and 365 over the past three years, the university said.", "310", "365")]
    [InlineData("Case numbers were 120, 135 and 150 on consecutive days, health officials said.", "120", "150")]
    [InlineData("Attendance numbers: 4000, 4200 and 4400 over the three nights.", "4000", "4400")]
    [InlineData("Membership numbers are 900, 950 and 1000 for the last three years.", "900", "950")]
    [InlineData("Subscriber numbers were 210, 260 and 330 at the end of each quarter, the company said.", "210", "330")]
    public void Counted_lists_after_numbers_still_count(string text, string first, string last)
    {
        Assert.True(Claimed(text, first));
        Assert.True(Claimed(text, last));
    }

    [Theory]
    [InlineData("Saturday's winning numbers were 4, 11, 23, 31, 42 and 57, with the bonus ball 19.")]
    [InlineData("Tonight's draw: 3, 17, 28, 40, 46; Lucky Stars 5 and 9.")]
    [InlineData("The lottery numbers were 2, 9, 14, 33 and 41.")]
    public void Drawn_numbers_are_still_no_claims(string text) =>
        Assert.Empty(ReviewMend28ClaimTests.Claims(text));

    // Finding 2: a verb "numbers" or a league "division" before a count.
    [Theory]
    [InlineData("The rebel coalition now numbers 14 parties after the split.", "14")]
    [InlineData("The squad numbers 23 after two withdrawals.", "23")]
    [InlineData("Liverpool won the division 12 points clear of Arsenal.", "12")]
    [InlineData("The opposition alliance numbers 40 after the defections, officials said.", "40")]
    public void Verb_or_league_before_a_count_still_counts(string text, string quantity) =>
        Assert.True(Claimed(text, quantity));

    [Theory]
    [InlineData("Voters in the village should use polling station 4 at the primary school.")]
    [InlineData("Trains to Leeds now leave from platform 9 at the far end.")]
    public void Identifier_heads_still_name(string text) =>
        Assert.Empty(ReviewMend28ClaimTests.Claims(text));

    // Finding 3: one figure per holder is no series; a run over periods still is.
    [Theory]
    [InlineData("Shares in Barclays, Lloyds and NatWest have fallen since the budget: 3.1%, 2.7% and 2.2%.", "3.1%", "2.2%")]
    [InlineData("Since the start of the year the pound has fallen against the dollar, the euro and the yen (4%, 2.5% and 6%).", "4%", "6%")]
    [InlineData("Each of the three indices has fallen since Monday (2.1%, 1.8% and 2.4%).", "2.1%", "2.4%")]
    [InlineData("Bonds in Italy, Spain and Greece have rallied every day since 2022 (1.2%, 0.9% and 1.5%).", "1.2%", "1.5%")]
    public void Figures_of_different_holders_are_no_series(string text, string first, string last)
    {
        Claim claim = ClaimOf(text, first);
        Assert.False(claim.Relation == ClaimRelation.Change && claim.Quantities.Any(q => q.Text.Contains(last, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Turnout has fallen at every election since 2010 (71%, 66%, 63% and 59%).", "71%", "59%")]
    [InlineData("The index has risen for five straight sessions (0.4%, 0.6%, 0.2%, 0.9% and 0.3%).", "0.4%", "0.3%")]
    [InlineData("Membership has grown each year since 2019: 1,200, 1,450, 1,800 and 2,100.", "1,200", "2,100")]
    public void Runs_over_periods_are_still_one_change(string text, string first, string last)
    {
        Claim claim = ClaimOf(text, first);
        Assert.Contains(claim.Quantities, q => q.Text.Contains(last, StringComparison.Ordinal));
        Assert.Equal(ClaimRelation.Change, claim.Relation);
    }

    // Finding 4: a range of multiples keeps its lower end; an age band or a modifier of a noun does not.
    [Theory]
    [InlineData("Output is expected to rise 10- to 15-fold by 2030.", "10")]
    [InlineData("Output is expected to rise 10- to 15-fold, and 2- to 3-fold in Asia.", "2")]
    public void Range_of_multiples_keeps_its_lower_end(string text, string quantity) =>
        Assert.Contains(ReviewMend28ClaimTests.Claims(text), c => c.Quantities.Any(q => q.Text.TrimEnd('-') == quantity));

    [Theory]
    [InlineData("Unemployment among 18- to 24-year-olds rose to 14%.", "18")]
    [InlineData("Offenders face 10- to 15-year sentences under the new law.", "10")]
    public void Age_band_or_modifier_drops_its_first_half(string text, string quantity) =>
        Assert.DoesNotContain(ReviewMend28ClaimTests.Claims(text), c => c.Quantities.Any(q => q.Text.TrimEnd('-') == quantity));

    // Finding 5: "more than one" before a noun, or after a clause stop, counts.
    [Theory]
    [InlineData("The firm employs 500 staff at more than one site.")]
    [InlineData("Police arrested 12 people; more than one was later charged.")]
    [InlineData("The charity runs 40 shops in more than one county.")]
    public void More_than_one_before_a_noun_counts(string text) =>
        Assert.True(Claimed(text, "than one"));

    [Theory]
    [InlineData("The average home in London costs £524,000, roughly £360,000 more than one in the North East.")]
    [InlineData("A household earning £30,000 would pay £200 less than one earning £20,000.")]
    [InlineData("A Tesla costs $12,000 more than one with a petrol engine.")]
    public void Pronoun_one_for_a_second_holder_is_no_claim(string text) =>
        Assert.False(Claimed(text, "than one"));

    // Finding 6: the hypothetical modals the code reads.
    [Fact]
    public void Hypothetical_modals_are_the_ones_read() =>
        Assert.False(ClaimGuards.Set("example-hypothetical-modals").Contains("might"));
}
