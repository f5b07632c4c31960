using Tidings.Claims;
using Xunit;
using static Tidings.Tests.Claims.ReviewMend28ClaimTests;

namespace Tidings.Tests.Claims;

/// <summary>
/// Session 36 (mend36c), review 36c of claims36 as classes: a revised target's "for/on" phrase is judged by its head noun
/// (F1, F2); the predicate's long look back after "to" reaches only a verb carrying a target, forecast or stake, takes no
/// noun after a determiner and no verb of a relative clause (F3); a target and its outcome count the same thing in the same
/// period (F4) and keep the target's holder when the outcome names none (F9); a match's tail ends at its clause's end and on
/// no function word, and its time is read only there (F5, F6); a frame figure's counted noun is no verb (F10); a holder
/// "with" its amount joins only a move it sees (F7).
/// </summary>
public sealed class ReviewMend36cClaimTests
{
    // F1: a bank's target for a market or an instrument, whatever stands before its head noun, names the bank.
    [Theory]
    [InlineData("Goldman Sachs raised its target for the pound to $1.40.", "$1.40", "Goldman Sachs")]
    [InlineData("Morgan Stanley raised its target for the shares to $250.", "$250", "Morgan Stanley")]
    [InlineData("Jefferies cut its target for the company's shares to 450p.", "450p", "Jefferies")]
    [InlineData("UBS raised its target for the blue-chip index to 8,800.", "8,800", "UBS")]
    [InlineData("JPMorgan lowered its target for aluminium to $2,300 a tonne.", "$2,300", "JPMorgan")]
    [InlineData("Goldman raised its target for the greenback to 110.", "110", "Goldman")]
    [InlineData("BofA raised its target for emerging-market stocks to 1,200.", "1,200", "BofA")]
    [InlineData("Citi raised its target for the benchmark 10-year yield to 4.5%.", "4.5%", "Citi")]
    [InlineData("Deutsche Bank cut its target for Brent crude to $70 a barrel.", "$70", "Deutsche Bank")]
    [InlineData("Barclays lowered its target for German bunds to 2.1%.", "2.1%", "Barclays")]
    public void Target_for_a_market_thing_names_its_forecaster(string text, string figure, string source) =>
        Assert.Equal(source, ClaimOf(text, figure).Source?.Text);

    // F2: a capitalised word opening the phrase is no named market when a lower-case noun heads it: the actor's own target.
    [Theory]
    [InlineData("Tesco lowered its target for Christmas sales growth to 3%.", "3%")]
    [InlineData("Airbus cut its target for European deliveries to 700 jets.", "700")]
    [InlineData("Nvidia raised its target for Blackwell shipments to 2 million units.", "2 million")]
    [InlineData("The airline raised its target for Heathrow passengers to 80 million.", "80 million")]
    [InlineData("The council raised its target for Leeds bus journeys to 90 million.", "90 million")]
    public void Own_target_opened_by_a_capitalised_word_names_no_source(string text, string figure) =>
        Assert.Null(ClaimOf(text, figure).Source);

    // F3: a noun after a determiner is no verb, and a relative clause lends neither verb nor subject.
    [Theory]
    [InlineData("Newcrest reported a drop in net profit after abnormals to A$ 20.81 million for the year from A$ 42.4 million.", "20.81", "drop")]
    [InlineData("The finance ministry estimated the cost of the measures to over 600 billion drachmas.", "600 billion", "cost")]
    [InlineData("The firm announced an increase in its quarterly dividend to 40 cents a share.", "40 cents", "increase")]
    public void Long_reach_takes_no_noun_or_relative_clause_verb(string text, string figure, string notVerb)
    {
        Claim claim = ClaimOf(text, figure);
        Assert.NotEqual(notVerb, claim.Predicate?.Text);
        Assert.NotEqual("a", claim.Subject?.Text);
        Assert.NotEqual("the", claim.Subject?.Text);
    }

    [Fact]
    public void Relative_clause_lends_no_subject() =>
        Assert.NotEqual("the road for hours", ClaimOf(
            "Police said the crash on the motorway near junction 12 that closed the road for hours brought the death toll this year to 45.", "45").Subject?.Text);

    // F3 control: a verb carrying a stake or a target past a long object keeps the reach.
    [Theory]
    [InlineData("The investor raised his stake in Property Capital Trust to 8.0 percent.", "8.0 percent", "raised")]
    [InlineData("Ryanair cut its traffic target for the year to 198 million passengers.", "198 million", "cut")]
    public void Long_reach_keeps_a_verb_carrying_a_target(string text, string figure, string verb) =>
        Assert.Equal(verb, ClaimOf(text, figure).Predicate?.Text);

    // F4: a plan and an outcome of different things or periods stay apart.
    [Theory]
    [InlineData("Nike is hoping to cut 2,000 jobs; it sold 5 million pairs of trainers in China.", "2,000", "5 million")]
    [InlineData("The airline expects to carry 200 million passengers; it sold 30 million tickets in the summer sale.", "200 million", "30 million")]
    [InlineData("The company is projecting sales of 10 million units; it sells 2 million a quarter.", "10 million", "2 million")]
    [InlineData("The company had expected revenue of $5bn this year; last year it posted $4.8bn.", "$5bn", "$4.8bn")]
    public void Plan_and_outcome_of_different_measures_stay_apart(string text, string plan, string other) =>
        Assert.DoesNotContain(ClaimOf(text, plan).Quantities, q => q.Text.Contains(other, StringComparison.Ordinal));

    // F4 control: the same thing counted, or an outcome with no noun of its own, still joins.
    [Theory]
    [InlineData("The club had hoped to sell 40,000 tickets: it sold 31,000.", "40,000", "31,000")]
    [InlineData("The company expects revenue of $5bn; it posted $4.8bn.", "$5bn", "$4.8bn")]
    public void Plan_and_outcome_of_one_measure_join(string text, string plan, string outcome) =>
        Assert.Contains(ClaimOf(text, plan).Quantities, q => q.Text.Contains(outcome, StringComparison.Ordinal));

    // F9: an outcome whose subject is a pronoun keeps the target's holder as the claim's subject.
    [Theory]
    [InlineData("Tesla had targeted 500,000 deliveries; it delivered 480,000.", "500,000", "Tesla")]
    [InlineData("The appeal hoped to raise £2m; it raised £3.4m in six weeks.", "£2m", "The appeal")]
    [InlineData("The government aimed to build 300,000 homes a year; in the year to March it managed 234,000.", "300,000", "The government")]
    public void Target_and_outcome_keep_the_targets_holder(string text, string target, string holder)
    {
        Claim claim = ClaimOf(text, target);
        Assert.Equal(holder, claim.Subject?.Text);
        Assert.StartsWith(holder, claim.Text, StringComparison.Ordinal);
    }

    // F4 control: a goal for a named year is set against last year's outcome.
    [Fact]
    public void Goal_for_a_year_joins_last_years_outcome() =>
        Assert.Contains(ClaimOf("The target of 2,000 new nurses by 2030 looks distant: the trust hired 340 nurses last year.", "2,000").Quantities,
            q => q.Text.Contains("340", StringComparison.Ordinal));

    // F5: a match's tail ends at its clause's end, on no function word.
    [Theory]
    [InlineData("The bank kept its rate at 4%, the same as the 4% set in March and well below the 5.25% peak.", "4%", "set in March")]
    [InlineData("Turnout was 61%, the same as the 61% recorded in 2019 when 3.2 million people voted.", "61%", "recorded in 2019")]
    [InlineData("Unemployment stood at 4.2%, the same as the 4.2% economists had expected in a Reuters poll of 40 analysts.", "4.2%", "in a Reuters poll")]
    [InlineData("The council raised £2m, matching the £2m it received from the government in 2023 for the scheme.", "£2m", "in 2023")]
    [InlineData("The museum welcomed 1.2 million visitors in 2023, matching the 1.2 million who came in 2019 before the pandemic cut numbers to 300,000.", "1.2 million", "who came in 2019")]
    [InlineData("The charity raised £40,000, matching the £40,000 collected last spring but short of its goal.", "£40,000", "collected last spring")]
    public void Match_tail_ends_at_its_clause(string text, string figure, string tail)
    {
        Claim claim = ClaimOf(text, figure);
        Assert.Equal(2, claim.Quantities.Count(q => q.Text.Contains(figure, StringComparison.Ordinal)));
        Assert.EndsWith(tail, claim.Text, StringComparison.Ordinal);
    }

    // F6: a time named past the tail's end does not make a match a change.
    [Fact]
    public void Time_past_the_tail_makes_no_change() =>
        Assert.Equal(ClaimRelation.Comparison, ClaimOf("Exports rose 3%, matching the 3% rise in imports — the first such match since 2015.", "3%").Relation);

    // F10: the frame figure's counted noun is no verb.
    [Theory]
    [InlineData("About 1,200 jobs went, matching the 1,200 lost in 2020.")]
    [InlineData("Some 1,200 jobs went, the same as the 1,200 cut in 2020.")]
    public void Frame_figures_counted_noun_is_no_verb(string text) =>
        Assert.Equal("went", ClaimOf(text, "1,200").Predicate?.Text);

    // F7: a holder "with" its amount joins only a move it sees.
    [Theory]
    [InlineData("Investors with $5 billion under management will see fees of 0.5%.", "$5 billion", "0.5%")]
    [InlineData("Taxpayers with incomes above £100,000 will see 60% marginal rates.", "£100,000", "60%")]
    [InlineData("Investors with more than 10% of the shares will see 2 seats on the board.", "10%", "2")]
    public void Holder_with_an_amount_joins_no_figure_without_a_move(string text, string holder, string other) =>
        Assert.DoesNotContain(ClaimOf(text, holder).Quantities, q => q.Text.Contains(other, StringComparison.Ordinal));
}
