using Tidings.Claims;
using Xunit;
using static Tidings.Tests.Claims.ReviewMend28ClaimTests;

namespace Tidings.Tests.Claims;

/// <summary>
/// Session 29 review findings on the claims room (review 29a, findings 1–6): steady words count only as the
/// predicate of a figure's own clause, a source before A keeps its ", while" comparison, change chains keep their
/// ", initially reported as" link, the record-as-past rule reads verbs of surpassing only, a time opener is no bare
/// "this" and may be longer than three words, and a place phrase after "while" is skipped (finding 8 is mended in
/// <see cref="ReviewMend28ClaimTests"/>).
/// </summary>
public sealed class ReviewMend29ClaimTests
{
    // Finding 1: "flat", "remaining", "stays" as nouns or adjectives are no steady level.
    // Finding 2: a source before A ("Figures show") keeps the comparison.
    [Theory]
    [InlineData("A flat in London costs £500,000, while a flat in Leeds costs £150,000.")]
    [InlineData("Men made up 71% of deaths, while the remaining 29% were women.")]
    [InlineData("Short hospital stays cost £2,000, while long hospital stays cost £9,000.")]
    [InlineData("Figures show men made up 71% of deaths, whereas women accounted for 29%.")]
    public void Noun_steady_word_or_source_keeps_a_while_comparison(string text)
    {
        Claim claim = Assert.Single(ReviewMend28ClaimTests.Claims(text));
        Assert.Equal(ClaimRelation.Comparison, claim.Relation);
        Assert.Equal(2, claim.Quantities.Length);
    }

    // Finding 1 (control): a steady verb or "held at" in B's own clause still states a level of its own.
    [Theory]
    [InlineData("Unemployment in Spain was 11.2%, while in Portugal it held at 6.4%.")]
    [InlineData("Sales in Spain were 3 million, while in Portugal they remained at 2 million.")]
    [InlineData("Sales in Spain were 3 million, while in Portugal they stayed flat at 2 million.")]
    public void Steady_predicate_after_while_is_no_comparison(string text) =>
        Assert.All(ReviewMend28ClaimTests.Claims(text), c => Assert.NotEqual(ClaimRelation.Comparison, c.Relation));

    // Finding 3: a change chain keeps its ", initially reported as" link.
    [Fact]
    public void Change_chain_keeps_an_earlier_reading_link()
    {
        Claim claim = ClaimOf("Inflation rose to 0.4%, up from 0.2%, initially reported as 0.1%.", "0.1");
        Assert.Equal(ClaimRelation.Change, claim.Relation);
        Assert.Equal(3, claim.Quantities.Length);
    }

    // Finding 5: a verb of falling short before a record is no record-as-past.
    [Theory]
    [InlineData("The club drew 1.6 million fans, missing the club record of 1.8 million.", "1.8")]
    [InlineData("The fund returned 4%, trailing the record of 9%.", "9%")]
    public void Falling_short_of_a_record_is_no_change(string text, string quantity) =>
        Assert.NotEqual(ClaimRelation.Change, ClaimOf(text, quantity).Relation);

    // Finding 4: a time opener of more than three words before "ago" is A's time; a bare "this" is none.
    [Fact]
    public void Longer_ago_opener_restated_after_a_semicolon_is_a_change()
    {
        Claim claim = ClaimOf("A few years ago, 41% of teenagers read for pleasure; today the figure is 23%.", "23");
        Assert.Equal(ClaimRelation.Change, claim.Relation);
        Assert.Equal(2, claim.Quantities.Length);
    }

    [Theory]
    [InlineData("This group holds 41% of the seats; this figure is 30%.", "30")]
    [InlineData("This party won 41% of the vote; this share is 30% in the north.", "30")]
    public void Bare_this_is_no_time_phrase(string text, string quantity) =>
        Assert.NotEqual(ClaimRelation.Change, ClaimOf(text, quantity).Relation);

    // Finding 6: a place phrase opening B's clause is skipped, not counted in the window.
    [Fact]
    public void Place_phrase_after_while_keeps_the_comparison()
    {
        Claim claim = Assert.Single(ReviewMend28ClaimTests.Claims("Unemployment in the North West was 12.1%, while in the North East the figure was 17.6%."));
        Assert.Equal(ClaimRelation.Comparison, claim.Relation);
    }
}
