using Tidings.Claims;
using Xunit;
using static Tidings.Tests.Claims.ReviewMend28ClaimTests;

namespace Tidings.Tests.Claims;

/// <summary>
/// Session 38 (claims38): a revised target for a market thing is read with the level it is carried to (a price forecasts, an
/// amount produced is the producer's own plan; review 37c G4); a plan or forecast made by a body for many holders (a league,
/// a ministry, forecasters) and one bare-named holder's outcome stay apart; a capital "A" label after a lower-case word is
/// no article, so the verb after it stays the predicate.
/// </summary>
public sealed class Session38ClaimTests
{
    // G4: a producer's target for its own output, carried to an amount produced, names no forecaster.
    [Theory]
    [InlineData("Rio Tinto cut its target for copper to 650,000 tonnes.", "650,000")]
    [InlineData("Shell lowered its target for oil to 1.5 million barrels a day.", "1.5 million")]
    [InlineData("Newmont raised its target for gold to 6 million ounces.", "6 million")]
    public void Target_for_own_output_names_no_source(string text, string figure) =>
        Assert.Null(ClaimOf(text, figure).Source);

    // G4 control: the same heads carried to a price still name the forecaster.
    [Theory]
    [InlineData("Citigroup cut its target for copper to $8,500 a tonne.", "$8,500", "Citigroup")]
    [InlineData("Macquarie raised its target for gold to $2,600 an ounce.", "$2,600", "Macquarie")]
    public void Target_for_a_price_names_its_forecaster(string text, string figure, string source) =>
        Assert.Equal(source, ClaimOf(text, figure).Source?.Text);

    // A body that plans for many holders, and one named holder's outcome, stay apart. (Forecasters set no other holder, as
    // economists do not: review claims38 finding 1, ReviewMendClaims38Tests.)
    [Theory]
    [InlineData("The league had hoped to sell 2 million tickets; Arsenal sold 60,000.", "2 million", "60,000")]
    [InlineData("The farm ministry had forecast a harvest of 40 million tonnes; Punjab reported 12 million tonnes.", "40 million", "12 million")]
    [InlineData("The federation aimed to register 50,000 players: Kerry registered 4,100.", "50,000", "4,100")]
    public void Plan_of_a_body_and_a_members_outcome_stay_apart(string text, string plan, string other) =>
        Assert.DoesNotContain(ClaimOf(text, plan).Quantities, q => q.Text.Contains(other, StringComparison.Ordinal));

    // Control: the same body's own outcome, a pronoun, or a reporting body after an article still joins.
    [Theory]
    [InlineData("The league had hoped to sell 2 million tickets; it sold 1.6 million.", "2 million", "1.6 million")]
    [InlineData("Forecasters had expected growth of 0.4%; the ONS recorded 0.2%.", "0.4%", "0.2%")]
    [InlineData("The federation had hoped to sell 90,000 tickets; the federation sold 70,000.", "90,000", "70,000")]
    public void Plan_of_a_body_and_its_own_outcome_join(string text, string plan, string outcome) =>
        Assert.Contains(ClaimOf(text, plan).Quantities, q => q.Text.Contains(outcome, StringComparison.Ordinal));

    // A capital "A" label after a lower-case word ends its noun phrase; the verb after it is the predicate.
    [Theory]
    [InlineData("The number of homes rated at band A rose to 41,000 from 38,500 last year.", "41,000", "rose")]
    [InlineData("Entries for the category A prize fell to 212 from 260.", "212", "fell")]
    public void Label_letter_is_no_article(string text, string figure, string verb) =>
        Assert.Equal(verb, ClaimOf(text, figure).Predicate?.Text);

    // Control: a sentence-initial "A" and a title-case headline's "A" are articles.
    [Theory]
    [InlineData("A rise in rents to £1,300 a month hit tenants.", "£1,300", "A rise in rents to £1,300")]
    public void Article_a_still_opens_a_nominal_move(string text, string figure, string claimText) =>
        Assert.StartsWith(claimText, ClaimOf(text, figure).Text, StringComparison.Ordinal);

    // b26: a move of places in a ranking and the size of the field after a rank claim nothing.
    [Theory]
    [InlineData("Denmark climbed four places to third in the ranking of the least corrupt countries.", "four")]
    [InlineData("Portugal finished 9th of 24 teams in the medal table, with 61 points.", "24")]
    [InlineData("The borough ranks last of the 40 with a score of 38.2, the report said.", "40")]
    [InlineData("The college came 12th out of 150 in the survey.", "150")]
    public void Rank_numbers_are_no_claims(string text, string figure) =>
        Assert.DoesNotContain(ReviewMend28ClaimTests.Claims(text), c => c.Quantities.Any(q => q.Text == figure));

    // Control: places counted as seats, and the figure attached to a rank, stay claims.
    [Theory]
    [InlineData("The university cut 400 places on its nursing course.", "400")]
    [InlineData("The borough ranks last of the 40 with a score of 38.2, the report said.", "38.2")]
    [InlineData("The hospital ranked 9th of the 1,200 NHS trusts in England.", "1,200")]
    [InlineData("The levy raises £40m a year, on top of the £300m already collected.", "£300m")]
    public void Counted_places_and_rank_figures_stay_claims(string text, string figure) =>
        Assert.Contains(ReviewMend28ClaimTests.Claims(text), c => c.Quantities.Any(q => q.Text.Contains(figure, StringComparison.Ordinal)));

    // A lone distance from a wider group's average is a comparison; from the measure's own long-run average it stays single
    // (b4 and b10 disagree).
    [Theory]
    [InlineData("Pay in Hull is 14% below the national average.", "14%", ClaimRelation.Comparison)]
    [InlineData("Spending per pupil is 6% above the OECD average.", "6%", ClaimRelation.Comparison)]
    [InlineData("Rainfall was 12% below the long-term average.", "12%", ClaimRelation.Single)]
    public void Lone_distance_relation(string text, string figure, ClaimRelation relation) =>
        Assert.Equal(relation, ClaimOf(text, figure).Relation);
}
