using System.Collections.Immutable;
using System.Text;
using Tidings.Claims;
using Tidings.Numbers;
using Tidings.Tests.Properties;
using Tidings.Text;
using Xunit;
using static Tidings.Tests.Claims.ReviewMend28ClaimTests;

namespace Tidings.Tests.Claims;

/// <summary>
/// Session 37 (claims37b): the mends of review 37c on the landed claims36 work. A target and its outcome stay apart only when
/// the target's clause is headed by a name that is no forecaster and the outcome's subject is another name, read within the
/// target's clause (G0, G1); a move named by a noun before a figure after "to" opens the claim when no verb stands before it
/// (G2); after "to", nouns joined by "and" inside the object do not end the look for the verb (G3); "the same 2% rise as in
/// 2019" reads on to its time (G5). The b25 classes are examples in Specs/session37b.json.
/// </summary>
public sealed class Session37bClaimTests
{
    // G1: a forecaster's or a described holder's target, and a pronoun's outcome after an adverbial name, join.
    [Theory]
    [InlineData("Economists had expected growth of 0.3%; the ONS recorded 0.1%.", "0.3%", "0.1%")]
    [InlineData("The company had targeted 5,000 hires; Amazon hired 4,000.", "5,000", "4,000")]
    [InlineData("Tesla had targeted 500,000 deliveries; in the US it delivered 480,000.", "500,000", "480,000")]
    [InlineData("The charity aimed to raise £1m; by Christmas Day it had collected £650,000.", "£1m", "£650,000")]
    public void Forecast_or_described_holder_and_outcome_join(string text, string plan, string outcome) =>
        Assert.Contains(ClaimOf(text, plan).Quantities, q => q.Text.Contains(outcome, StringComparison.Ordinal));

    // G0: a long semicolon list of results by distinct names is read in linear work.
    [Fact]
    public void Semicolon_list_of_distinct_names_is_linear_work()
    {
        PropertySettings.AssertLinearClaimWork(ListSteps(1_000), ListSteps(2_000));
    }

    private static (long Steps, long Tokens) ListSteps(int segments)
    {
        Assert.True(StepCounting.PerRead);
        var text = new StringBuilder();
        for (int i = 0; i < segments; i++)
        {
            // A distinct capitalised name each time ("Abaab", "Abaac", …), an outcome verb and a count.
            text.Append('A').Append((char)('a' + i / 676 % 26)).Append((char)('a' + i / 26 % 26)).Append((char)('a' + i % 26)).Append("o sold ")
                .Append(3_000 + (i % 500)).Append(i + 1 < segments ? "; " : ".");
        }

        using Document document = Document.Create(text.ToString());
        ImmutableArray<Quantity> quantities = QuantityExtractor.Default.Extract(document, out _);
        ClaimExtractor.Extract(document, quantities, out long steps);
        return (steps, document.Tokens.Length);
    }

    // G2: a move named by a noun keeps its noun phrase in the claim.
    [Theory]
    [InlineData("The rise in the base rate to 5.25% hit borrowers.", "5.25%", "The rise in the base rate to 5.25%")]
    [InlineData("The fall in the pound to $1.05 pushed up import prices.", "$1.05", "The fall in the pound to $1.05")]
    [InlineData("Talks aimed at securing a cut in the price cap to £1,500 collapsed.", "£1,500", "a cut in the price cap to £1,500")]
    public void Nominal_move_opens_the_claim(string text, string figure, string claimText) =>
        Assert.Equal(claimText, ClaimOf(text, figure).Text);

    // G3: nouns joined inside the object of an actor's own target keep the verb.
    [Theory]
    [InlineData("BP lowered its target for oil and gas output to 2 million barrels a day.", "2 million", "lowered")]
    [InlineData("The company raised its target for sales and profit to $4bn.", "$4bn", "raised")]
    public void Coordinated_object_keeps_the_verb(string text, string figure, string verb) =>
        Assert.Equal(verb, ClaimOf(text, figure).Predicate?.Text);

    // G5: "the same N noun as" a time is a change.
    [Theory]
    [InlineData("The index rose 2%, the same 2% rise as in 2019.")]
    [InlineData("Wages rose 4%, the same 4% increase as a year earlier.")]
    public void Same_figure_with_its_noun_as_a_time_is_a_change(string text) =>
        Assert.Contains(ReviewMend28ClaimTests.Claims(text), c => c.Quantities.Length == 2 && c.Relation == ClaimRelation.Change);
}
