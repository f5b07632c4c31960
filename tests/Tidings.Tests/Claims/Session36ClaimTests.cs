using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Tidings.Claims;
using Tidings.Numbers;
using Tidings.Tests.Properties;
using Tidings.Text;
using Xunit;
using static Tidings.Tests.Claims.ReviewMend28ClaimTests;

namespace Tidings.Tests.Claims;

/// <summary>
/// Session 36 (claims36), review 35c's open findings as classes: an actor's own revised target keeps its subject and verb
/// and names no source, while a forecaster's or a market-level target names its forecaster (F1 b); two figures matched by
/// a word of equality are a comparison unless another time of the same measure is named, and the claim covers the second
/// figure's post-modifier (F3); a worked example met through a verb of experience keeps the move's subject and verb, and
/// its holder may have its amount "with" it (F4); a target and its outcome keep the outcome's frame (F7); the series walk
/// stays linear (F5).
/// </summary>
public sealed class Session36ClaimTests
{
    // F1 (b): an actor's own target, revised: no source, but the subject and verb of the revision.
    [Theory]
    [InlineData("Ryanair cut its traffic target for the year to 198 million passengers.", "198 million", "Ryanair", "cut")]
    [InlineData("The company cut its target for the year to $4bn.", "$4bn", "The company", "cut")]
    [InlineData("Tesla slashed its delivery target for the year to 1.8 million vehicles.", "1.8 million", "Tesla", "slashed")]
    [InlineData("Barclays raised its return on tangible equity target to 12%.", "12%", "Barclays", "raised")]
    public void Own_revised_target_keeps_its_frame_and_names_no_source(string text, string figure, string subject, string predicate)
    {
        Claim claim = ClaimOf(text, figure);
        Assert.Null(claim.Source);
        Assert.Equal(subject, claim.Subject?.Text);
        Assert.Equal(predicate, claim.Predicate?.Text);
        Assert.Equal(ClaimRelation.Change, claim.Relation);
    }

    // F1 (b): what the target is for decides, not whether the measure stands before "target" or after "for".
    [Theory]
    [InlineData("Ryanair cut its target for passenger numbers to 198 million.", "198 million")]
    [InlineData("The government cut its target for new homes to 200,000.", "200,000")]
    [InlineData("The EU raised its target for renewable energy to 42.5%.", "42.5%")]
    public void Target_for_an_actors_own_measure_names_no_source(string text, string figure) =>
        Assert.Null(ClaimOf(text, figure).Source);

    // F1 controls: a forecaster's target, a market-level one, or one for a named market or stock names its forecaster.
    [Theory]
    [InlineData("Goldman Sachs raised its target price on Apple to $250.", "$250", "Goldman Sachs")]
    [InlineData("UBS raised its year-end target for the index to 6,600.", "6,600", "UBS")]
    [InlineData("Citi raised its 12-month gold target to $3,000 an ounce.", "$3,000", "Citi")]
    [InlineData("Morgan Stanley cut its price target on Tesla to $180 from $210.", "$180", "Morgan Stanley")]
    public void Forecasters_target_names_its_forecaster(string text, string figure, string source) =>
        Assert.Equal(source, ClaimOf(text, figure).Source?.Text);

    // F3: a match between two holders or measures is a comparison, and the claim reads on over the second figure's
    // post-modifier; a named other time of the same measure makes it a change.
    [Theory]
    [InlineData("The foundation pledged $10m, matching the $10m donated by Bill Gates.", "$10m", "donated by Bill Gates", ClaimRelation.Comparison)]
    [InlineData("Shares of Apple rose 3%, matching the 3% gain in the Nasdaq.", "3%", "gain in the Nasdaq", ClaimRelation.Comparison)]
    [InlineData("Arsenal scored 3 goals, the same 3 goals they conceded at Anfield.", "3", "they conceded at Anfield", ClaimRelation.Comparison)]
    [InlineData("Rainfall totalled 12mm, precisely the 12mm recorded on the same day in 1998.", "12mm", "recorded on the same day in 1998", ClaimRelation.Change)]
    public void Matched_figures_cover_the_second_figures_post_modifier(string text, string figure, string tail, ClaimRelation relation)
    {
        Claim claim = Assert.Single(ReviewMend28ClaimTests.Claims(text));
        Assert.Equal(2, claim.Quantities.Count(q => q.Text.Contains(figure, StringComparison.Ordinal)));
        Assert.Equal(relation, claim.Relation);
        Assert.EndsWith(tail, claim.Text, StringComparison.Ordinal);
    }

    // F3: the claim keeps the first figure's frame; a noun after the second figure is no verb of it.
    [Fact]
    public void Matched_offer_price_is_a_comparison_without_a_noun_for_verb()
    {
        Claim claim = Assert.Single(ReviewMend28ClaimTests.Claims("Shares were trading at exactly $100, the same as the $100 offer price."));
        Assert.Equal(ClaimRelation.Comparison, claim.Relation);
        Assert.NotEqual("offer", claim.Predicate?.Text);
    }

    // F4: a worked example joined through "see" keeps the move's own subject and verb.
    [Theory]
    [InlineData("A household using 2,700kWh will see bills rise 1.2% to £1,738.", "2,700kWh", "bills", "rise")]
    [InlineData("A typical household using 2,700kWh of gas and electricity a year will see its bill fall by £129 to £1,720.", "2,700kWh", "its bill", "fall")]
    public void Seen_example_keeps_the_moves_frame(string text, string holder, string subject, string predicate)
    {
        Claim claim = ClaimOf(text, holder);
        Assert.Equal(ClaimRelation.Change, claim.Relation);
        Assert.Equal(subject, claim.Subject?.Text);
        Assert.Equal(predicate, claim.Predicate?.Text);
    }

    // F4: a holder "with" its amount meets its result through a verb of experience.
    [Theory]
    [InlineData("Savers with £10,000 will see their interest fall by £50 a year.", "£10,000", "£50")]
    [InlineData("A borrower with a £200,000 mortgage would see the monthly payment fall by £170.", "£200,000", "£170")]
    public void Holder_with_its_amount_joins_the_move_it_sees(string text, string holder, string result)
    {
        Claim claim = ClaimOf(text, holder);
        Assert.Contains(claim.Quantities, q => q.Text.Contains(result, StringComparison.Ordinal));
        Assert.Equal(ClaimRelation.Change, claim.Relation);
    }

    // F4 controls: a count is no holder, and "with" joins no result stated without a verb of experience.
    [Theory]
    [InlineData("About 3 million households will see bills rise 1.2% to £1,738.", "3 million", "£1,738")]
    [InlineData("Customers with £5,000 in savings earned £200 in interest last year.", "£5,000", "£200")]
    public void No_holder_no_join(string text, string first, string other)
    {
        Claim claim = ClaimOf(text, first);
        Assert.DoesNotContain(claim.Quantities, q => q.Text.Contains(other, StringComparison.Ordinal));
    }

    // F7: a target and its outcome keep the outcome's subject and verb.
    [Theory]
    [InlineData("The aim was to raise £2m; the appeal raised £3.4m in six weeks.", "£2m", "£3.4m", "raised")]
    [InlineData("The company's guidance was for revenue of $5bn; it posted $4.8bn.", "$5bn", "$4.8bn", "posted")]
    public void Target_and_outcome_keep_the_outcomes_frame(string text, string target, string outcome, string predicate)
    {
        Claim claim = ClaimOf(text, target);
        Assert.Contains(claim.Quantities, q => q.Text.Contains(outcome, StringComparison.Ordinal));
        Assert.Equal(ClaimRelation.Comparison, claim.Relation);
        Assert.Equal(predicate, claim.Predicate?.Text);
    }

    // F5: a long dated series, plain or inside a relative clause before its source, is read in linear work.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Long_dated_series_is_linear_work(bool insideSource)
    {
        PropertySettings.AssertLinearClaimWork(SeriesSteps(1_500, insideSource), SeriesSteps(3_000, insideSource));
    }

    private static (long Steps, long Tokens) SeriesSteps(int values, bool insideSource)
    {
        Assert.True(StepCounting.PerRead);
        var text = new StringBuilder(insideSource ? "Acme Foods, whose sales were " : "Sales were ");
        for (int i = 0; i < values; i++)
        {
            text.Append((10_000 + i).ToString("N0", CultureInfo.InvariantCulture)).Append(" (").Append(1900 + i % 120).Append(i + 1 < values ? "), " : ")");
        }

        text.Append(insideSource ? ", said it would close 12 shops." : ".");
        using Document document = Document.Create(text.ToString());
        ImmutableArray<Quantity> quantities = QuantityExtractor.Default.Extract(document, out _);
        ImmutableArray<Claim> claims = ClaimExtractor.Extract(document, quantities, out long steps);
        Assert.Contains(claims, c => c.Quantities.Length == values && c.Relation == ClaimRelation.Change);
        return (steps, document.Tokens.Length);
    }
}
