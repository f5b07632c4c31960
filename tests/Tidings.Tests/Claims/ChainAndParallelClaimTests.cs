using Tidings.Claims;
using Xunit;

namespace Tidings.Tests.Claims;

/// <summary>
/// The chains room (session 23): a move and the level a clause carries its measure to ("…, taking the total to …") form one
/// change; levels of one measure for parallel subjects ("respectively", ", while X …", "A in X and B in Y") form one
/// comparison. Each case gives every claim of the sentence as "relation:q1|q2" in text order.
/// </summary>
public sealed class ChainAndParallelClaimTests
{
    [Theory]
    // an increment and the level it takes a measure to: one change
    [InlineData("Volunteers planted 2,300 trees on Sunday, bringing the total for the spring to 14,800.", "Change:2,300|14,800")]
    [InlineData("The regulator fined the bank £12 million, lifting its penalties this year to £47 million.", "Change:£12 million|£47 million")]
    [InlineData("The central bank lowered its main rate by 50 basis points, leaving it at 7.25%.", "Change:50 basis points|7.25%")]
    [InlineData("Floods destroyed 420 more homes overnight, pushing the number of families without shelter past 3,000.", "Change:420|3,000")]
    [InlineData("A donation of $2 million brought the hospital's appeal to $9 million.", "Change:$2 million|$9 million")]
    [InlineData("The club sold 1,500 more season tickets, taking its total down to 21,000 from 24,500.", "Change:1,500|21,000|24,500")]
    // "annual" alone names no measure of its own
    [InlineData("Water bills will rise 6.1% in April, taking the annual bill for a typical home to £603.", "Change:6.1%|£603")]
    // a lone level a verb carries a measure to moves
    [InlineData("The grant takes the city's transport budget to $310 million.", "Change:$310 million")]
    // a percentage move and a rate it carries: two claims
    [InlineData("Rents rose 0.6% in March, pushing the annual rate to 5.9%.", "Change:0.6%", "Change:5.9%")]
    // a move stated whole does not take the level of a clause of its own
    [InlineData("Annual wage growth eased to 4.9% in May from 5.3% in April, the survey said, leaving average pay at £712 a week.", "Change:4.9%|5.3%", "Single:£712")]
    // a new clause with "which" is no carry of the first number
    [InlineData("Inspectors found 310 more faulty meters, which pushed the recall's cost to £40 million.", "Single:310", "Change:£40 million")]
    public void Carried_levels_join_the_move_they_follow(string text, params string[] expected) => AssertClaims(text, expected);

    [Theory]
    [InlineData("Full-time and part-time staff earned £41,000 and £18,500 respectively.", "Comparison:£41,000|£18,500")]
    [InlineData("The clubs scored 71, 64 and 58 goals respectively.", "Comparison:71|64|58")]
    [InlineData("Airbus delivered 63 jets in the month, while Boeing delivered 41.", "Comparison:63|41")]
    [InlineData("Forty patients relapsed in the drug group and 71 in the control group.", "Comparison:Forty|71")]
    [InlineData("Temperatures reached 41.2C in Lyon and 39.8C in Dijon.", "Comparison:41.2C|39.8C")]
    // two verbs, two measures: no comparison
    [InlineData("Twelve people were killed and 40 were injured.", "Single:Twelve", "Single:40")]
    // prices per unit of two goods: each its own figure
    [InlineData("The tariff is 27.1p per unit for electricity and 6.9p for gas.", "Single:27.1p", "Single:6.9p")]
    public void Parallel_levels_of_one_measure_compare(string text, params string[] expected) => AssertClaims(text, expected);

    private static void AssertClaims(string text, string[] expected)
    {
        // In the order of their first quantities (a claim that starts at its source may sort before one that does not).
        var actual = News.Extract(text).Claims.OrderBy(c => c.Quantities[0].Start)
            .Select(c => $"{c.Relation}:{string.Join("|", c.Quantities.Select(q => q.Text))}").ToArray();
        Assert.Equal(expected, actual);
    }
}
