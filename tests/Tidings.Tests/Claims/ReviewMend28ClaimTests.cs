using System.Collections.Immutable;
using Tidings.Claims;
using Xunit;

namespace Tidings.Tests.Claims;

/// <summary>
/// Session 28 review findings on the claims room (review 28a, findings 1–7), one theory each, with the review's sentences
/// and one or two of our own: an earlier-reading word that names no reading ("the original's", "the initial $3 billion",
/// "initial offer"), a plan noun after it while A moves, "last year's 2% target", a parallel place conjunct with its own
/// copula or another measure, a level and a "move" in another unit or counted noun, and a verb's particle before "a total
/// of". Each pair stays what it was before session 28: a comparison or two singles, never a change.
/// </summary>
public sealed class ReviewMend28ClaimTests
{
    /// <summary>The claims of <paramref name="text"/> through the default pipeline.</summary>
    internal static ImmutableArray<Claim> Claims(string text) => ExtractionPipeline.Default.Extract(text).Claims;

    /// <summary>The claim holding the quantity whose text contains <paramref name="quantity"/>.</summary>
    internal static Claim ClaimOf(string text, string quantity) =>
        Assert.Single(Claims(text), c => c.Quantities.Any(q => q.Text.Contains(quantity, StringComparison.Ordinal)));

    [Theory]
    [InlineData("The sequel took $120 million in its opening weekend, well above the original's $90 million.", "90")]
    [InlineData("The second tranche was $5 billion, bigger than the initial $3 billion.", "3")]
    [InlineData("Chelsea sold the striker for £80 million, above their initial offer of £60 million.", "60")]
    [InlineData("Turnout was 61%, above the 55% they predicted, the pollsters admitted.", "55")]
    [InlineData("In the end the Conservatives won 121, below the 200 they expected.", "200")]
    [InlineData("The new bridge cost £40 million, more than the original's £25 million.", "25")]
    public void Earlier_word_without_a_reading_noun_is_no_earlier_reading(string text, string quantity) =>
        Assert.NotEqual(ClaimRelation.Change, ClaimOf(text, quantity).Relation);

    [Theory]
    [InlineData("Consumer prices rose 2.1% in May, below the preliminary target of 2.5%.", "2.5")]
    [InlineData("Wages rose 3% this year, below the initial target of 4%.", "4%")]
    public void Plan_noun_is_never_the_past_of_a_move(string text, string quantity) =>
        Assert.NotEqual(ClaimRelation.Change, ClaimOf(text, quantity).Relation);

    [Theory]
    [InlineData("Inflation was 3.1% in May, well above last year's 2% target.", "2%")]
    [InlineData("Attendance averaged 41,000, slightly above last season's 40,000 capacity limit.", "40,000")]
    [InlineData("Unemployment was 5.2%, above last year's 4% goal.", "4%")]
    public void Reference_after_last_year_is_no_past_reading(string text, string quantity) =>
        Assert.NotEqual(ClaimRelation.Change, ClaimOf(text, quantity).Relation);

    [Theory]
    [InlineData("In Germany, inflation fell to 2.1%; in France, the deficit is 5.8%.", "5.8")]
    [InlineData("In Spain, unemployment fell to 11%; in Italy, it is 6%.", "6%")]
    public void Own_copula_after_a_parallel_place_shares_no_move(string text, string quantity) =>
        Assert.NotEqual(ClaimRelation.Change, ClaimOf(text, quantity).Relation);

    [Theory]
    [InlineData("In Spain, 31% of voters backed the plan; in Italy, the turnout was 27%.")]
    [InlineData("In Texas, the jobless rate is 4.1%; in Ohio, the sales tax is 5.75%.")]
    [InlineData("In Ohio, 12% of adults smoke; in Iowa, the vacancy rate is 7%.")]
    public void Restated_subject_of_another_measure_is_no_parallel(string text) =>
        Assert.All(Claims(text), c => Assert.Single(c.Quantities));

    [Theory]
    [InlineData("The striker scored 20 goals after gaining 5 kg over the summer.")]
    [InlineData("Liverpool won 3 trophies after losing 2 finals.")]
    [InlineData("The team scored 40 points after losing 3 players to injury.")]
    public void Level_and_move_of_another_unit_or_noun_are_two_claims(string text) =>
        Assert.All(Claims(text), c => Assert.Single(c.Quantities));

    [Theory]
    [InlineData("The club signed up a total of 3,000 new members in 2024.")]
    [InlineData("Volunteers picked up a total of 12 tonnes of litter on the beach.")]
    [InlineData("The charity has signed up a total of 800 donors this year.")]
    public void Verb_particle_before_a_total_of_is_no_move(string text) =>
        Assert.All(Claims(text), c => Assert.NotEqual(ClaimRelation.Change, c.Relation));

    // Review 28a finding 8 (mended in session 29): ", originally …" links a figure of the same unit only (both read as
    // one change before).
    [Theory]
    [InlineData("The fund raised $40 million, originally 12 investors.")]
    [InlineData("Revenue reached $5 billion, initially 40 countries.")]
    public void Earlier_reading_after_a_comma_needs_the_same_unit(string text)
    {
        // Two claims, one quantity each (review 29a finding 8: Assert.All alone passes on no claim at all).
        ImmutableArray<Claim> claims = Claims(text);
        Assert.Equal(2, claims.Length);
        Assert.All(claims, c => Assert.Single(c.Quantities));
    }

    /// <summary>The control of the same-unit gate: ", originally $30 million" after "$40 million" is one change.</summary>
    [Fact]
    public void Earlier_reading_after_a_comma_of_the_same_unit_is_a_change() =>
        Assert.Equal(ClaimRelation.Change, Assert.Single(Claims("The fund raised $40 million, originally $30 million.")).Relation);
}
