using System.Collections.Immutable;
using System.Text;
using Tidings.Claims;
using Tidings.Numbers;
using Tidings.Tests.Properties;
using Tidings.Text;
using Xunit;
using static Tidings.Tests.Claims.ReviewMend28ClaimTests;

namespace Tidings.Tests.Claims;

/// <summary>
/// Session 31 review findings on claims31 (review 31d): money after a clause of its own ("with Shell adding", "as the company
/// sought to raise", "on plans to raise", "with defence costing") is no cost of the move before it; year-by-year
/// moves are read in one pass (linear work); only a plain count joins a vote tally as its margin or threshold; the last move
/// of a "respectively" list takes no money after it.
/// </summary>
public sealed class ReviewMend31ClaimTests
{
    private static string[] QuantitiesOf(string text, string quantity) =>
        [.. ClaimOf(text, quantity).Quantities.Select(q => q.Text)];

    // Finding 1: the money belongs to another clause's subject, so the move keeps only its own figures.
    [Theory]
    [InlineData("The FTSE 100 rose 1.2%, with Shell adding 30p to 2,600p.", "1.2%", "30p")]
    [InlineData("The FTSE 100 rose 1.2%, with Shell adding 30p to 2,600p.", "1.2%", "2,600p")]
    [InlineData("The Dow rose 1%, with Apple adding $3 to $190.", "1%", "$3")]
    [InlineData("The Dow rose 1%, with Apple adding $3 to $190.", "1%", "$190")]
    [InlineData("Shares in Rolls-Royce fell 5% as the company sought to raise £2bn from investors.", "5%", "£2bn")]
    [InlineData("Shares fell 8% on plans to raise £1.5bn.", "8%", "£1.5bn")]
    [InlineData("Spending rose 3% last year, with defence costing $40bn.", "3%", "$40bn")]
    public void Money_of_another_clause_is_no_cost_of_the_move(string text, string move, string money) =>
        Assert.DoesNotContain(money, QuantitiesOf(text, move));

    // Finding 1 (controls): the cost word right after the comma, or after a relative or modal chain, still joins.
    [Theory]
    [InlineData("The government cut fuel duty by 5p, costing the Treasury £2.4bn.", "5p", "£2.4bn")]
    [InlineData("A 2p cut in the basic rate of income tax would cost about £13bn.", "2p", "about £13bn")]
    [InlineData("Brent crude rose 2%, adding $1.60 to $82.40 a barrel.", "2%", "$1.60 to $82.40")]
    [InlineData("The council raised council tax by 5%, raising an extra £12m.", "5%", "£12m")]
    [InlineData("The airline will cut its fleet by 12 jets, a move that will save it about $300 million a year.", "12", "about $300 million")]
    [InlineData("The state pension will rise by 4.1% in April, an increase worth £470 a year.", "4.1%", "£470")]
    [InlineData("Shares fell 10% to 50p, leaving the founder's stake worth £200m.", "10%", "50p")]
    public void Cost_word_in_the_moves_own_clause_still_joins(string text, string move, string money) =>
        Assert.Contains(money, QuantitiesOf(text, move));

    // Finding 3: a rate, price or money figure after a vote is no margin of the tally.
    [Theory]
    [InlineData("The board voted 7-2 to approve the budget, above the 5% target.", "5%")]
    [InlineData("The Senate voted 51-49 to pass the bill, well above the $1.5tn cap.", "$1.5tn")]
    public void Only_a_plain_count_joins_a_tally(string text, string rider) =>
        Assert.Single(QuantitiesOf(text, rider));

    // Finding 3 (controls): a count of votes still joins as the margin or the votes needed.
    [Theory]
    [InlineData("MPs backed the bill by 301 votes to 195, a government majority of 106.", "106", 3)]
    [InlineData("The Senate voted 68-32 to advance the bill, clearing the threshold of 60 needed.", "60", 3)]
    public void A_count_of_votes_joins_a_tally(string text, string rider, int count) =>
        Assert.Equal(count, QuantitiesOf(text, rider).Length);

    // Finding 8: the last move of a "respectively" list takes no money after it.
    [Fact]
    public void Last_respectively_move_takes_no_money_after_it()
    {
        const string text = "Exports rose 9% and 6% respectively, adding $3bn and $2bn.";
        Assert.Equal("9%", Assert.Single(QuantitiesOf(text, "9%")));
        Assert.Equal("6%", Assert.Single(QuantitiesOf(text, "6%")));
    }

    // Finding 2: a year-by-year list of moves is read in one pass; each item once walked the rest of the list.
    [Fact]
    public void Year_by_year_moves_are_linear_work()
    {
        PropertySettings.AssertLinearClaimWork(Steps(1_500), Steps(3_000));
    }

    private static (long Steps, long Tokens) Steps(int items)
    {
        Assert.True(StepCounting.PerRead);
        var text = new StringBuilder("Rents rose 1% in 2001");
        for (int i = 1; i < items; i++)
        {
            text.Append(", ").Append(1 + i % 9).Append("% in ").Append(1990 + i % 36);
        }

        using Document document = Document.Create(text.Append('.').ToString());
        ImmutableArray<Quantity> quantities = QuantityExtractor.Default.Extract(document, out _);
        ImmutableArray<Claim> claims = ClaimExtractor.Extract(document, quantities, out long steps);
        Assert.True(claims.Length >= items / 2, $"{claims.Length} claims for {items} moves");
        return (steps, document.Tokens.Length);
    }
}
