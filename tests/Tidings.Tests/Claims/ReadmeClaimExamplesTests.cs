using System.Collections.Immutable;
using Tidings.Claims;
using Xunit;

namespace Tidings.Tests.Claims;

/// <summary>
/// Every example README.md gives of a numeric claim ("What a numeric claim is": the relations, the kinds of source,
/// subject and predicate, the JSON contract's claim; the names section's appositive), run through
/// <see cref="News.Extract(string, DateOnly?)"/> and checked against what the README says it yields. The README
/// quotes fragments; each is put in a plain sentence here.
/// </summary>
public sealed class ReadmeClaimExamplesTests
{
    [Theory]
    [InlineData("There were 70 of them against around 3,000 Armenians, according to one of the organizers.", "Comparison", "70|around 3,000", "one of the organizers")]
    [InlineData("The Senate voted 68-32 to pass the bill.", "Comparison", "68|32", null)]
    [InlineData("Only 25 people turned up, far short of the 500 the organizers had hoped for.", "Comparison", "25|500", null)]
    [InlineData("Militants released 13 hostages in exchange for 39 prisoners.", "Comparison", "13|39", null)]
    [InlineData("Revenue rose 7.9% to $48.2 billion.", "Change", "7.9%|$48.2 billion", null)]
    [InlineData("The participation rate eased to 61.4% from 61.5%.", "Change", "61.4%|61.5%", null)]
    [InlineData("The index gained 0.8 points, or 1.1%, to close at 7,412.3.", "Change", "0.8|1.1%|7,412.3", null)]
    [InlineData("Police estimated between 8,000 and 10,000 protesters.", "Range", "between 8,000 and 10,000", "Police")]
    [InlineData("14 of 20 analysts expect a rate cut.", "Ratio", "14 of 20", null)]
    [InlineData("About a quarter of the country's 45 million people live in poverty.", "Ratio", "About a quarter|45 million", null)]
    [InlineData("The ministry said 40 people were injured.", "Single", "40", "The ministry")]
    [InlineData("40 people were injured, the ministry said.", "Single", "40", "the ministry")]
    [InlineData("The agency reported 40 new cases.", "Single", "40", "The agency")]
    [InlineData("Police estimated 8,000 protesters.", "Single", "8,000", "Police")]
    [InlineData("The regulator warned that 2,000 jobs were at risk.", "Single", "2,000", "The regulator")]
    [InlineData("Organizers put the figure at 50,000.", "Single", "50,000", "Organizers")]
    [InlineData("The bank kept its rate at 4.5%, in line with the forecasts of economists.", "Single", "4.5%", "the forecasts of economists")]
    [InlineData("The union, which claims 40,000 members, called the strike.", "Single", "40,000", "The union")]
    [InlineData("Michael Lopez, a police spokesman, said 13 people were detained.", "Single", "13", "Michael Lopez, a police spokesman")]
    [InlineData("Thirteen people were detained, Michael Lopez, a police spokesman, said.", "Single", "Thirteen", "Michael Lopez, a police spokesman")]
    public void Readme_claim_example_yields_what_it_says(string text, string relation, string quantities, string? source)
    {
        Claim claim = Assert.Single(News.Extract(text).Claims);
        Assert.Equal(quantities.Split('|'), claim.Quantities.Select(q => q.Text));
        Assert.Equal(Enum.Parse<ClaimRelation>(relation), claim.Relation);
        Assert.Equal(source, claim.Source?.Text);
    }

    [Fact]
    public void Competing_estimates_get_one_source_each()
    {
        ImmutableArray<Claim> claims = News.Extract("Police estimated 8,000 protesters, while organizers said 20,000 attended.").Claims;
        Assert.Equal(2, claims.Length);
        Assert.Equal(("8,000", "Police"), (claims[0].Quantities.Single().Text, claims[0].Source?.Text));
        Assert.Equal(("20,000", "organizers"), (claims[1].Quantities.Single().Text, claims[1].Source?.Text));
    }

    [Fact]
    public void Subject_and_predicate_are_the_clause_subject_and_verb()
    {
        Claim claim = Assert.Single(News.Extract("On Friday the police detained 13 people.").Claims);
        Assert.Equal("the police", claim.Subject?.Text);
        Assert.Equal("detained", claim.Predicate?.Text);
    }

    [Fact]
    public void Json_contract_example_has_the_offsets_the_readme_shows()
    {
        Claim claim = Assert.Single(News.Extract("There were 70 of them against around 3,000 Armenians, according to one of the organizers").Claims);
        Assert.Equal((11, 88), (claim.Start, claim.End));
        Assert.Equal("70 of them against around 3,000 Armenians, according to one of the organizers", claim.Text);
        Assert.Equal([(11, 13), (30, 42)], claim.Quantities.Select(q => (q.Start, q.End)));
        Assert.Equal([70m, 3000m], claim.Quantities.Select(q => q.Value!.Value));
        Assert.Equal((67, 88, "one of the organizers"), (claim.Source!.Value.Start, claim.Source.Value.End, claim.Source.Value.Text));
    }
}
