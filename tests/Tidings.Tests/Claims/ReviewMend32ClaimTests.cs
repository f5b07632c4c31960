using Tidings.Claims;
using Xunit;
using static Tidings.Tests.Claims.ReviewMend28ClaimTests;

namespace Tidings.Tests.Claims;

/// <summary>
/// Session 32 (mend32a): the findings of review 32a on claims32 — a result announced keeps its source, only restating
/// verbs make a count's keeper its source, "Imagine"/"Suppose" before a place or a conditional clause, a premium's
/// rival, the times of a path, "N times out of M" with grouped digits, a participle between commas, the "whose" clause's
/// own figures, and the order of a path's joining words. Each has the reviewer's example, sentences of other registers,
/// and the intended case still working.
/// </summary>
public sealed class ReviewMend32ClaimTests
{
    // Finding 1: "announced a/an" enacts only an act noun ([EnactObject]); a result announced is reported.
    [Theory]
    [InlineData("Tesco announced a 5% rise in like-for-like sales in the third quarter.", "5%", "Tesco")]
    [InlineData("Apple announced a record profit of $36 billion for the quarter.", "$36 billion", "Apple")]
    [InlineData("Unilever announced a 4% increase in underlying sales.", "4%", "Unilever")]
    [InlineData("The club announced a £50 million loss for the year.", "£50 million", "The club")]
    [InlineData("The airline announced a 12% jump in passenger numbers over the summer.", "12%", "The airline")]
    public void Announcing_a_result_reports_it(string text, string quantity, string source) =>
        Assert.Equal(source, ClaimOf(text, quantity).Source?.Text);

    [Theory]
    [InlineData("The chancellor announced a 5p cut in fuel duty.", "5p")]
    [InlineData("Ministers announced an extra £22.6bn for the health service.", "£22.6bn")]
    [InlineData("The board announced a £500 million share buyback.", "£500 million")]
    public void Announcing_an_act_names_no_source(string text, string quantity) =>
        Assert.Null(ClaimOf(text, quantity).Source);

    // Finding 2: "the number"/"the figure" makes the subject its keeper only after a restating verb.
    [Theory]
    [InlineData("Ryanair cut the number of flights to 1,200 a week.", "1,200")]
    [InlineData("The council reduced the number of bin collections to 26 a year.", "26")]
    [InlineData("The airline trimmed the number of daily flights to 40.", "40")]
    public void Acting_on_a_number_names_no_source(string text, string quantity) =>
        Assert.Null(ClaimOf(text, quantity).Source);

    [Fact]
    public void Restating_the_number_still_names_its_keeper() =>
        Assert.Equal("The ministry", ClaimOf("The ministry later revised the number of injured down to 86.", "86").Source?.Text);

    // Finding 3: a conditional clause after ":", ";" or a dash stays hypothetical. ("Imagine Britain with 80 million people"
    // is not yet: the names room reads "Imagine Britain" as a name, which HypotheticalName trusts.)
    [Theory]
    [InlineData("Suppose inflation hits 5%: the Bank would raise rates to 6%.")]
    [InlineData("Suppose the Fed raises rates to 6%; mortgages could cost £300 more a month.")]
    [InlineData("Imagine a 10% pay rise - few nurses will get one.")]
    public void Hypothetical_stays_unstated(string text) =>
        Assert.Empty(ReviewMend28ClaimTests.Claims(text));

    [Theory]
    [InlineData("Imagine Dragons are playing 12 dates in Britain next year.", "12")]
    [InlineData("Imagine paying £2,000 more a year: that is what 1.2 million households now face.", "1.2 million")]
    public void Name_or_stated_clause_after_imagine_keeps_its_figure(string text, string quantity) =>
        Assert.Single(ReviewMend28ClaimTests.Claims(text), c => c.Quantities.Any(q => q.Text.Contains(quantity, StringComparison.Ordinal)));

    // Finding 4: a premium or discount compares only with a price or rival after it, not a time or "on average".
    [Theory]
    [InlineData("Gold traded at a premium of $14 an ounce on Monday.", "$14")]
    [InlineData("Insurers charged an annual premium of £640 on average.", "£640")]
    [InlineData("The trust's shares trade at a premium of 12% on Friday's close.", "12%")]
    public void Premium_with_a_time_after_it_is_a_level(string text, string quantity) =>
        Assert.NotEqual(ClaimRelation.Comparison, ClaimOf(text, quantity).Relation);

    [Fact]
    public void Premium_over_a_price_is_still_a_comparison() =>
        Assert.Equal(ClaimRelation.Comparison, ClaimOf("Silver in Shanghai traded at a premium of $2 an ounce over London prices.", "$2").Relation);

    // Finding 5: a path's point needs a real time (a year, a decade, a quarter), not any token with a digit.
    [Theory]
    [InlineData("Growth averaged 1.2% in the G7 and 3.5% in the G20.", "1.2%", "3.5%")]
    [InlineData("Turnout was 61% in the G20 and 58% in the G7.", "61%", "58%")]
    public void Names_with_digits_are_no_times(string text, string a, string b) =>
        Assert.DoesNotContain(ReviewMend28ClaimTests.Claims(text), c => c.Relation == ClaimRelation.Change
            && c.Quantities.Any(q => q.Text == a) && c.Quantities.Any(q => q.Text == b));

    [Fact]
    public void Decades_are_still_times_of_a_path() =>
        Assert.Equal(ClaimRelation.Change, ClaimOf("Inflation averaged 10% in the 1980s and 3% in the 2010s.", "3%").Relation);

    // Finding 6: "N times out of M" reads the quantities' values, so grouped digits count.
    [Theory]
    [InlineData("The survey is accurate 999 times out of 1,000.", "999")]
    [InlineData("The test gives the right answer 9,900 times out of 10,000.", "9,900")]
    public void Frequency_near_one_is_a_confidence(string text, string level) =>
        Assert.DoesNotContain(ReviewMend28ClaimTests.Claims(text), c => c.Quantities.Any(q => q.Text.StartsWith(level, StringComparison.Ordinal)));

    [Fact]
    public void Frequency_of_a_count_is_still_claimed() =>
        Assert.Contains(ReviewMend28ClaimTests.Claims("The striker scored 9 times out of 10 from the spot."), c => c.Quantities.Any(q => q.Text == "9"));

    // Finding 8: the [CommaParticiple] data comment's example shape gets its source.
    [Fact]
    public void Filed_between_commas_stays_in_the_source() =>
        Assert.Equal("The figures, filed with the regulator on Friday",
            ClaimOf("The figures, filed with the regulator on Friday, show a loss of £12 million.", "£12 million").Source?.Text);

    // Finding 9: the figures of a "whose" clause group only up to the clause's closing comma.
    [Fact]
    public void Whose_clause_figures_stay_in_their_clause() =>
        Assert.DoesNotContain(ReviewMend28ClaimTests.Claims(
                "The RMT, whose 40,000 members work across the network, and Aslef, which has 12,000 members, said they would strike."),
            c => c.Quantities.Any(q => q.Text.StartsWith("40,000", StringComparison.Ordinal)) && c.Quantities.Any(q => q.Text.StartsWith("12,000", StringComparison.Ordinal)));

    [Fact]
    public void Whose_clause_still_groups_its_own_figures() =>
        Assert.Equal(["8%", "$2 billion"],
            ClaimOf("Vance Retail, whose sales fell 8% to $2 billion last year, said it would close 40 stores.", "8%").Quantities.Select(q => q.Text));

    // Finding 10: "of" joins two points of a path only last, after a level noun ("a new high of").
    [Theory]
    [InlineData("Sales were 4 million in 2022 and of 5 million in 2023.", "4 million", "5 million")]
    [InlineData("Membership was 12,000 in 2019 and of 15,000 in 2022.", "12,000", "15,000")]
    public void Of_without_a_level_joins_no_path(string text, string a, string b) =>
        Assert.DoesNotContain(ReviewMend28ClaimTests.Claims(text), c => c.Relation == ClaimRelation.Change
            && c.Quantities.Any(q => q.Text == a) && c.Quantities.Any(q => q.Text == b));

    [Fact]
    public void New_high_of_still_joins_a_path() =>
        Assert.Equal(ClaimRelation.Change,
            ClaimOf("The index hit 4,000 in 2021 and a new high of 5,000 in 2024.", "5,000").Relation);
}
