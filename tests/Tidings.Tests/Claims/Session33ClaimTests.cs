using Tidings.Claims;
using Xunit;
using static Tidings.Tests.Claims.ReviewMend28ClaimTests;

namespace Tidings.Tests.Claims;

/// <summary>
/// Session 33 (claims33): worked examples in explainers (an illustrative holder's amounts and the result worked out for
/// it form one claim), placeholders and stipulations that state nothing, conditions opening a sentence, "per" and
/// "as calculated by" sources, and a name's plural data noun before a verb of showing.
/// </summary>
public sealed class Session33ClaimTests
{
    // A worked example: the holder's amount and its result are one claim.
    [Theory]
    [InlineData("Under the plan, a family earning £45,000 would pay £3,210 in tax.", "£45,000", "£3,210")]
    [InlineData("A pensioner on £12,000 a year will receive £640 more.", "£12,000", "£640")]
    [InlineData("Someone who saved £200 a month since 2010 would now have about £52,000, the broker said.", "£200", "about £52,000")]
    [InlineData("A household using 3,100kWh of electricity will pay £1,020 a year.", "3,100kWh", "£1,020")]
    public void Worked_example_is_one_claim(string text, string amount, string result)
    {
        Claim claim = ClaimOf(text, amount);
        Assert.Equal(new[] { amount, result }, claim.Quantities.Select(q => q.Text));
    }

    [Fact]
    public void Worked_example_with_a_move_is_a_change() =>
        Assert.Equal(ClaimRelation.Change, ClaimOf("A couple earning £50,000 would pay £900 more in council tax.", "£50,000").Relation);

    [Fact]
    public void Worked_example_with_a_level_is_single() =>
        Assert.Equal(ClaimRelation.Single, ClaimOf("A worker on £11.50 an hour earns about £21,000 a year.", "£11.50").Relation);

    // Not a worked example: a company with an amount, or an amount with no result verb after it.
    [Fact]
    public void Company_amount_is_no_example() =>
        Assert.Single(ClaimOf("The retailer, earning £4bn a year, said sales rose 3%.", "3%").Quantities);

    [Theory]
    [InlineData("Enter your income (e.g. £28,000) to see the result.")]
    [InlineData("Type your rate (for example, 4%) into the box.")]
    [InlineData("Say you earn £40,000.")]
    public void Placeholders_and_stipulations_state_nothing(string text) =>
        Assert.Empty(ReviewMend28ClaimTests.Claims(text));

    // A condition opening the sentence keeps its figures apart from the consequence's.
    [Fact]
    public void Opening_condition_is_a_claim_of_its_own()
    {
        const string text = "If rates climb to 6%, a £300,000 mortgage costs £1,900 a month.";
        Assert.Equal(new[] { "6%" }, ClaimOf(text, "6%").Quantities.Select(q => q.Text));
    }

    [Fact]
    public void Fronted_base_joins_the_claim_after_it() =>
        Assert.Contains("£15,000", ClaimOf("On a £15,000 car loan, a longer term cuts the monthly payment from £480 to £310.", "£480").Quantities.Select(q => q.Text));

    // Sources: ", per X", "as calculated by X", "X estimates show".
    [Theory]
    [InlineData("Gold rose 1.4% to $2,410 an ounce, per Reuters.", "1.4%", "Reuters")]
    [InlineData("Fund outflows reached £4.1bn in May, as calculated by the Financial Times.", "£4.1bn", "the Financial Times")]
    [InlineData("Raising the rate by 1p would bring in about £6bn a year, HMRC estimates show.", "about £6bn", "HMRC estimates")]
    public void Source_phrases(string text, string quantity, string source) =>
        Assert.Equal(source, ClaimOf(text, quantity).Source?.Text);

    [Fact]
    public void Per_unit_is_no_source() =>
        Assert.Null(ClaimOf("Brent rose 2% to $80 per barrel.", "2%").Source);
}
