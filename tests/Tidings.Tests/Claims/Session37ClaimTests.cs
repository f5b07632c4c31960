using Tidings.Claims;
using Xunit;
using static Tidings.Tests.Claims.ReviewMend28ClaimTests;

namespace Tidings.Tests.Claims;

/// <summary>
/// Session 37 (land37c): claims36 landed with its mend (review 36c), and the three places where the mend did not hold. An
/// outcome whose subject names a holder the target's clause does not is another holder's figure (review 36c F4, "Aberdeen
/// recorded 12cm"); a figure right after "to" is a level, the subject of no verb after it (F3's noun reading moved the
/// predicate onto the next clause's verb), while a verb after a demonstrative or relative "that" stays a verb; the "as" of "the same 4% as a year earlier" completes the link, while "as" opening
/// a clause ends a match's tail (F5). The other probes of review 36c are in <see cref="ReviewMend36cClaimTests"/>.
/// </summary>
public sealed class Session37ClaimTests
{
    // F4: a plan or forecast of a named holder and a figure that a named other holder reached stay apart, in any register
    // (claims37b, review 37c G1: a forecaster's or a described holder's plan joins any outcome, so the rows name the
    // planner: "Forecasters are expecting …; Aberdeen recorded …" and "The league …; Arsenal sold …" now join).
    [Theory]
    [InlineData("Ford had forecast sales of 2 million vehicles; GM sold 2.5 million.", "2 million", "2.5 million")]
    [InlineData("Uefa is aiming to sell 2 million tickets; Arsenal sold 60,000 on Monday.", "2 million", "60,000")]
    [InlineData("India's farm ministry had forecast a harvest of 40 million tonnes; Punjab reported 12 million tonnes.", "40 million", "12 million")]
    public void Outcome_of_a_named_other_holder_stays_apart(string text, string plan, string other) =>
        Assert.DoesNotContain(ClaimOf(text, plan).Quantities, q => q.Text.Contains(other, StringComparison.Ordinal));

    // F4 control: the target's own holder named again, a pronoun or a common noun still joins.
    [Theory]
    [InlineData("Tesla had targeted 500,000 deliveries; Tesla delivered 480,000.", "500,000", "480,000")]
    [InlineData("Tesla had targeted 500,000 deliveries; it delivered 480,000.", "500,000", "480,000")]
    [InlineData("The club had hoped to sell 40,000 tickets: it sold 31,000.", "40,000", "31,000")]
    [InlineData("The aim was to raise £2m; the appeal raised £3.4m.", "£2m", "£3.4m")]
    [InlineData("The government aimed to build 300,000 homes a year; in the year to March it managed 234,000.", "300,000", "234,000")]
    public void Outcome_of_the_same_holder_joins(string text, string plan, string outcome) =>
        Assert.Contains(ClaimOf(text, plan).Quantities, q => q.Text.Contains(outcome, StringComparison.Ordinal));

    // F3: a figure right after "to" is the level of a noun's move, not the subject of the next clause's verb.
    [Theory]
    [InlineData("Talks aimed at securing a cut in the price cap to £1,500 collapsed.", "£1,500", "collapsed")]
    [InlineData("The deal struck by the unions for an increase in the hourly rate to £12.60 was approved.", "£12.60", "approved")]
    [InlineData("A proposal for a rise in the minimum wage to $15 an hour failed in the Senate.", "$15", "failed")]
    public void Level_after_to_is_no_subject(string text, string figure, string notVerb)
    {
        Claim claim = ClaimOf(text, figure);
        Assert.NotEqual(notVerb, claim.Predicate?.Text);
        Assert.DoesNotContain(notVerb, claim.Text, StringComparison.Ordinal);
    }

    // F3 control: a "to" inside the figure ("up to", "close to") keeps the figure as the subject of its verb.
    [Theory]
    [InlineData("Up to 5,000 people were injured in the blast.", "5,000", "injured")]
    [InlineData("Close to 300 were killed.", "300", "killed")]
    [InlineData("The death toll rose to 45 on Sunday.", "45", "rose")]
    public void Figure_holding_its_to_keeps_its_verb(string text, string figure, string verb) =>
        Assert.Equal(verb, ClaimOf(text, figure).Predicate?.Text);

    // F3 control: a verb after a demonstrative or relative "that" is still a verb (only an article or possessive makes the
    // next word a noun).
    [Theory]
    [InlineData("Police blamed the gang for the violence that killed 2,000 people in the city last year.", "2,000", "killed")]
    [InlineData("She finished the season with a record that included two titles.", "two", "included")]
    [InlineData("Heavy rain hit the region overnight in storms that left at least 13 people dead.", "13", "left")]
    public void Verb_after_a_relative_that_stays_a_verb(string text, string figure, string verb) =>
        Assert.Equal(verb, ClaimOf(text, figure).Predicate?.Text);

    // F5: the "as" completing "the same … as" reads on to the time; an "as" opening a clause ends the tail.
    [Theory]
    [InlineData("The jobless rate was 4.2% in May, the same 4.2% as in April.", "4.2%", ClaimRelation.Change)]
    [InlineData("Inflation was 4% in October, the same 4% as a year earlier.", "4%", ClaimRelation.Change)]
    public void Same_figure_as_a_time_is_a_change(string text, string figure, ClaimRelation relation)
    {
        Claim claim = Assert.Single(ReviewMend28ClaimTests.Claims(text));
        Assert.Equal(2, claim.Quantities.Count(q => q.Text.Contains(figure, StringComparison.Ordinal)));
        Assert.Equal(relation, claim.Relation);
    }

    [Theory]
    [InlineData("Turnout was 61%, the same as the 61% recorded in 2019 as voters stayed at home.", "61%", "recorded in 2019")]
    [InlineData("The museum drew 800,000 visitors, matching the 800,000 who came in 2019 as tourists returned.", "800,000", "who came in 2019")]
    public void Clause_opening_as_ends_a_match_tail(string text, string figure, string tail) =>
        Assert.EndsWith(tail, ClaimOf(text, figure).Text, StringComparison.Ordinal);
}
