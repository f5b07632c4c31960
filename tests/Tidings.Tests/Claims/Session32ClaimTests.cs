using Tidings.Claims;
using Xunit;
using static Tidings.Tests.Claims.ReviewMend28ClaimTests;

namespace Tidings.Tests.Claims;

/// <summary>
/// Session 32 (claims32): sources of revised counts, post-modified sources between commas, actors who announce what they
/// enact, and the review 31e findings on "Imagine" and confidence levels (findings 6 and 11).
/// </summary>
public sealed class Session32ClaimTests
{
    // Review 31e, finding 6: "Imagine" before a name, and the clause after a dash, state their figures.
    [Theory]
    [InlineData("Imagine Dragons have sold more than 75 million records worldwide.", "75 million")]
    [InlineData("Imagine paying £2,000 more a year — that is what 1.2 million households now face.", "1.2 million")]
    public void Imagine_blanks_only_its_own_clause(string text, string quantity) =>
        Assert.Single(ReviewMend28ClaimTests.Claims(text), c => c.Quantities.Any(q => q.Text.Contains(quantity, StringComparison.Ordinal)));

    [Fact]
    public void Imagine_still_states_nothing_in_its_clause() =>
        Assert.Empty(ReviewMend28ClaimTests.Claims("Imagine a world in which every household paid £100 less for energy."));

    // Review 31e, finding 11: a confidence level needs "interval" or "level"; "times out of" needs nine in ten or more.
    [Theory]
    [InlineData("The government has a 31% confidence rating among voters.", "31%")]
    [InlineData("He scored 7 times out of 10 penalties this season.", "7")]
    public void Confidence_words_without_a_level_keep_the_figure(string text, string quantity) =>
        Assert.Single(ReviewMend28ClaimTests.Claims(text), c => c.Quantities.Any(q => q.Text.Contains(quantity, StringComparison.Ordinal)));

    [Theory]
    [InlineData("The poll has a 95% confidence interval of 1.2 to 1.8.", "95%")]
    [InlineData("Results are accurate to within 2 percentage points, 19 times out of 20.", "19")]
    public void Confidence_levels_are_no_claims(string text, string level) =>
        Assert.DoesNotContain(ReviewMend28ClaimTests.Claims(text), c => c.Quantities.Any(q => q.Text == level));

    // A verb of reporting before "a"/"an" enacts what it names: its subject is an actor.
    [Theory]
    [InlineData("The chancellor announced a 5p cut in fuel duty.", "5p")]
    [InlineData("The board announced a buyback of £500 million.", "£500 million")]
    public void Announcing_a_thing_names_no_source(string text, string quantity) =>
        Assert.Null(ClaimOf(text, quantity).Source);

    [Fact]
    public void Announcing_a_figure_still_reports_it() =>
        Assert.Equal("The company", ClaimOf("The company announced that revenue rose 5% to $2 billion.", "5%").Source?.Text);

    // A body revising a count it keeps ("the number", "its tally", "the figure") is its source; a death toll it revises is not.
    [Theory]
    [InlineData("The ministry later revised the number of injured down to 86, from 112 reported on Friday night.", "86", "The ministry")]
    [InlineData("The provincial government revised its tally down to 54.", "54", "The provincial government")]
    public void Reviser_of_its_own_count_is_the_source(string text, string quantity, string source) =>
        Assert.Equal(source, ClaimOf(text, quantity).Source?.Text);

    [Fact]
    public void Reviser_of_a_toll_is_an_actor() =>
        Assert.Null(ClaimOf("Officials revised the death toll from the landslide down to 38 from 54.", "38").Source);

    // A participle between commas after a source's head stays inside the source ([CommaParticiple]).
    [Theory]
    [InlineData("The review, led by Lord Darzi, found that 7.6 million people were waiting.", "7.6 million", "The review, led by Lord Darzi")]
    [InlineData("Minutes of the meeting, published on Wednesday, show that two members wanted a bigger cut.", "two", "Minutes of the meeting, published on Wednesday")]
    [InlineData("Figures from the Central Bank of Nigeria, revised last week, put gross reserves at $40.2 billion.", "$40.2 billion",
        "Figures from the Central Bank of Nigeria, revised last week")]
    public void Participle_between_commas_stays_in_the_source(string text, string quantity, string source) =>
        Assert.Equal(source, ClaimOf(text, quantity).Source?.Text);

    [Fact]
    public void Participle_without_commas_is_no_source() =>
        Assert.Null(ClaimOf("A consortium led by Blackstone bought 40% of the company.", "40%").Source);

    // A relative clause opened by "whose" stays inside its source; its own figures form a claim of their own.
    [Fact]
    public void Whose_clause_stays_in_the_source_and_its_figures_group()
    {
        const string text = "Vance Retail, whose sales fell 8% to $2 billion last year, said it would close 40 stores.";
        Assert.Equal("Vance Retail, whose sales fell 8% to $2 billion last year", ClaimOf(text, "40").Source?.Text);
        Claim own = ClaimOf(text, "8%");
        Assert.Equal(["8%", "$2 billion"], own.Quantities.Select(q => q.Text));
        Assert.Equal(ClaimRelation.Change, own.Relation);
        Assert.Null(own.Source);
    }

    // [PathJoinWord]: "and a new high of" between two points of one path.
    [Fact]
    public void New_high_is_one_more_point_of_a_path() =>
        Assert.Equal(["£4.50", "£6.10", "£6.85"],
            ClaimOf("The price of a pint has gone from £4.50 in 2015 to £6.10 in 2022 and a new high of £6.85 this year.", "£6.85").Quantities.Select(q => q.Text));

    // Review 31e, finding 7: a premium is a comparison only with the price it is set against.
    [Fact]
    public void Premium_with_nothing_it_is_set_against_is_a_level() =>
        Assert.Equal(ClaimRelation.Single, ClaimOf("The average car insurance premium of £995 is the highest on record.", "£995").Relation);

    [Fact]
    public void Premium_over_a_price_is_a_comparison() =>
        Assert.Equal(ClaimRelation.Comparison, ClaimOf("Gold in Mumbai traded at a premium of $14 an ounce over official London prices.", "$14").Relation);
}
