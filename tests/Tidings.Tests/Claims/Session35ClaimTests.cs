using System.Text;
using Tidings.Claims;
using Xunit;
using static Tidings.Tests.Claims.ReviewMend28ClaimTests;

namespace Tidings.Tests.Claims;

/// <summary>
/// Session 35 (claims35): review 34c F7 (series and identifier walks read a run once, with no cap on its values), a worked
/// example's holder meeting its result through a verb of experience, two figures matched by a word of equality, and a
/// target against its outcome across a semicolon or colon.
/// </summary>
public sealed class Session35ClaimTests
{
    // F7: a dated series longer than twelve values is still one change claim.
    [Fact]
    public void Long_dated_series_is_one_claim()
    {
        var text = new StringBuilder("Visitor numbers were ");
        for (int year = 2005; year <= 2024; year++)
        {
            text.Append(1000 + year).Append(" (").Append(year).Append(year < 2024 ? "), " : ").");
        }

        Claim claim = Assert.Single(ReviewMend28ClaimTests.Claims(text.ToString()));
        Assert.Equal(ClaimRelation.Change, claim.Relation);
        Assert.Equal(20, claim.Quantities.Length);
    }

    // F7: a long run of a move's values after a bracket is one change, not twelve and then singles.
    [Fact]
    public void Long_bracketed_run_is_one_claim()
    {
        var text = new StringBuilder("Turnout has fallen at every election since 1990 (");
        for (int i = 0; i < 16; i++)
        {
            text.Append(80 - i).Append(i < 15 ? "%, " : "%).");
        }

        Claim claim = Assert.Single(ReviewMend28ClaimTests.Claims(text.ToString()));
        Assert.Equal(16, claim.Quantities.Length);
    }

    // F7: a long list of drawn numbers is read as one list to its end.
    [Fact]
    public void Long_identifier_list_names_numbers_to_its_end()
    {
        var text = new StringBuilder("Saturday's winning numbers were ");
        for (int i = 1; i <= 30; i++)
        {
            text.Append(i).Append(i < 30 ? ", " : ".");
        }

        Assert.Empty(ReviewMend28ClaimTests.Claims(text.ToString()));
    }

    // A worked example's holder meets its result through a verb of experience: the holder's amount joins the move.
    [Theory]
    [InlineData("A household using 2,700kWh of gas and electricity will see bills rise 1.2% to £1,738 a year from January, Ofgem said.", "2,700kWh", "£1,738")]
    [InlineData("A household using 2,700kWh a year would see its bill fall by £149 to £1,568.", "2,700kWh", "£149")]
    public void Worked_example_holder_joins_the_move_it_sees(string text, string holder, string result)
    {
        Claim claim = ClaimOf(text, holder);
        Assert.Contains(claim.Quantities, q => q.Text.Contains(result, StringComparison.Ordinal));
        Assert.Equal(ClaimRelation.Change, claim.Relation);
    }

    // Equality with both figures stated: one claim, a change for one measure over time, a comparison between holders.
    [Theory]
    [InlineData("Inflation was 4% in October, the same 4% as a year earlier.", "4%", ClaimRelation.Change)]
    [InlineData("The county recorded 300 arrests in 2024, matching the 300 recorded in 2020.", "300", ClaimRelation.Change)]
    [InlineData("The barley crop came in at 6.2 million tonnes, exactly the 6.2 million tonnes harvested in 2019.", "6.2 million tonnes", ClaimRelation.Change)]
    [InlineData("Unemployment in Portugal was 6.4% in September, the same as Italy's 6.4%.", "6.4%", ClaimRelation.Comparison)]
    public void Equal_figures_form_one_claim(string text, string figure, ClaimRelation relation)
    {
        Claim claim = Assert.Single(ReviewMend28ClaimTests.Claims(text));
        Assert.Equal(2, claim.Quantities.Count(q => q.Text.Contains(figure, StringComparison.Ordinal)));
        Assert.Equal(relation, claim.Relation);
    }

    // A target against its outcome across a semicolon or colon is a comparison; two estimates stay apart.
    [Theory]
    [InlineData("The council's goal was 500 new homes a year; it built 310.", "500", "310")]
    [InlineData("The trust missed its target of 92%: the latest figure is 84%.", "92%", "84%")]
    public void Target_and_outcome_form_one_comparison(string text, string target, string outcome)
    {
        Claim claim = ClaimOf(text, target);
        Assert.Contains(claim.Quantities, q => q.Text.Contains(outcome, StringComparison.Ordinal));
        Assert.Equal(ClaimRelation.Comparison, claim.Relation);
    }

    // A forecaster revising its forecast is the source; an actor revising its target is not (session 35).
    [Theory]
    [InlineData("The Reserve Bank of New Zealand slashed its growth forecast for next year to 0.9% from 1.5%.", "The Reserve Bank of New Zealand")]
    [InlineData("The miner raised its gold price assumption for next year to $2,600 an ounce from $2,300.", "The miner")]
    public void Forecaster_revising_its_forecast_is_the_source(string text, string source) =>
        Assert.Equal(source, Assert.Single(ReviewMend28ClaimTests.Claims(text)).Source?.Text);

    [Theory]
    [InlineData("EasyJet trimmed its passenger target for the year to 98 million, from 100 million.")]
    [InlineData("The retailer raised its store opening target to 40 from 25.")]
    public void Actor_revising_its_target_is_no_source(string text) =>
        Assert.Null(Assert.Single(ReviewMend28ClaimTests.Claims(text)).Source);

    [Theory]
    [InlineData("Organisers put the crowd at 120,000; police estimated 40,000.", "120,000", "40,000")]
    [InlineData("The bank expects growth of 1.5% this year; unemployment is 4.2%.", "1.5%", "4.2%")]
    public void Two_clauses_without_target_and_outcome_stay_apart(string text, string first, string second)
    {
        Claim claim = ClaimOf(text, first);
        Assert.DoesNotContain(claim.Quantities, q => q.Text.Contains(second, StringComparison.Ordinal));
    }
}
