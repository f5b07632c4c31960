using Tidings.Claims;
using Xunit;
using static Tidings.Tests.Claims.ReviewMend28ClaimTests;

namespace Tidings.Tests.Claims;

/// <summary>
/// Session 33 (mend33c), the review of claims33 (review33c), findings 1 (d), 5, 6 and 7: a modal states a worked example's
/// result only with a lexical result verb; a comma before the next item of a list or around an aside does not close an
/// opening condition; ", per" before a rule or part of a document names no source; "£200 less than one earning …" is a
/// comparison; the count "one" after a comma is no holder; "those" after an earlier holder is one.
/// </summary>
public sealed class ReviewMend33dClaimTests
{
    [Theory]
    [InlineData("Interest payments on the $36 trillion national debt will exceed $1 trillion this year, the CBO said.", "$36 trillion")]
    [InlineData("Monthly payments on the $2 billion bond will top $9 million, the council said.", "$2 billion")]
    [InlineData("Customers on the £5 tariff will face rises of 8% from May.", "£5")]
    public void A_modal_without_a_result_verb_is_no_worked_example(string text, string quantity) =>
        Assert.Single(ClaimOf(text, quantity).Quantities);

    [Theory]
    [InlineData("If wages rise 4%, 5% and 6% over the three years, the deal will cost £2.1bn.", "5%")]
    [InlineData("Unless fares rise 3%, 4% and 5% in turn, the operator says it will lose £80m.", "4%")]
    [InlineData("If output grows 2%, 3% and 4% in the next three years, the plan will need 800 new staff.", "3%")]
    public void A_list_inside_an_opening_condition_keeps_its_move(string text, string quantity) =>
        Assert.Equal(ClaimRelation.Change, ClaimOf(text, quantity).Relation);

    [Fact]
    public void An_aside_inside_an_opening_condition_stays_with_its_figure()
    {
        Claim claim = ClaimOf("If sales of 1.2 million units, up 5% on last year, hold up, the plant will need 300 more workers.", "1.2 million");
        Assert.Contains("5%", claim.Quantities.Select(q => q.Text));
        Assert.DoesNotContain("300", claim.Quantities.Select(q => q.Text));
    }

    [Fact]
    public void The_figure_past_an_opening_condition_stays_apart() =>
        Assert.Single(ClaimOf("If rates rise to 5%, a £200,000 mortgage costs £1,170 a month.", "5%").Quantities);

    [Theory]
    [InlineData("NATO members must spend 2% of GDP on defence, per Article 3 of the treaty.", "2%")]
    [InlineData("Shares of the company fell 4%, per Section 12 of the filing.", "4%")]
    [InlineData("The fine was capped at 4% of turnover, per Clause 9 of the contract.", "4%")]
    [InlineData("Clubs may spend 70% of revenue on wages, per UEFA rules.", "70%")]
    public void Per_a_rule_or_part_of_a_document_is_no_source(string text, string quantity) =>
        Assert.Null(ClaimOf(text, quantity).Source);

    [Theory]
    [InlineData("Brent crude rose 2.1% to $74.10 a barrel, per Bloomberg.", "2.1%")]
    [InlineData("Exports rose 3%, per LSEG data.", "3%")]
    public void Per_a_name_is_still_a_source(string text, string quantity) =>
        Assert.NotNull(ClaimOf(text, quantity).Source);

    [Theory]
    [InlineData("A household earning £30,000 would pay £200 less than one earning £20,000.", "£200")]
    [InlineData("A couple earning £40,000 would pay £300 more than one earning £25,000, the IFS said.", "£300")]
    public void Less_than_another_holder_is_a_comparison(string text, string quantity) =>
        Assert.Equal(ClaimRelation.Comparison, ClaimOf(text, quantity).Relation);

    [Fact]
    public void More_alone_is_still_a_move() =>
        Assert.Equal(ClaimRelation.Change, ClaimOf("A couple earning £50,000 would pay £900 more in council tax.", "£900").Relation);

    [Theory]
    [InlineData("Two new plants, one using 40% less water, will cost $2 billion.", "40%")]
    [InlineData("Three new schemes, one using 25% less land, were approved.", "25%")]
    public void The_count_one_is_no_holder(string text, string quantity)
    {
        Assert.Single(ClaimOf(text, quantity).Quantities);
        Assert.Contains(ReviewMend28ClaimTests.Claims(text), c => c.Quantities.Any(q => q.Text == "one"));
    }

    [Fact]
    public void Those_after_an_earlier_holder_is_a_holder()
    {
        Claim claim = ClaimOf("Pensioners on £12,000 a year will receive £640 more, and those on £20,000 will get £300.", "£20,000");
        Assert.Contains("£300", claim.Quantities.Select(q => q.Text));
    }

    [Fact]
    public void The_second_example_after_while_stays_apart() =>
        Assert.DoesNotContain("£125,140", ClaimOf("Taxpayers earning £100,000 would lose £5,000, while one earning £125,140 would lose all of it.", "£5,000").Quantities.Select(q => q.Text));
}
