using Tidings.Claims;
using Xunit;

namespace Tidings.Tests.Claims;

/// <summary>
/// Session 28 (claims28b): relayed and passive attribution — "A quoted B as saying", "X, citing Y, said", "which cited",
/// "without citing", the agent of a passive report, "X believe(s)/understands", "who added" after a named source, a wire
/// tag before a headline's source — and a share before a comparative of risk or likelihood read as a comparison.
/// </summary>
public sealed class Session28RelayClaimTests
{
    private static System.Collections.Immutable.ImmutableArray<Claim> Claims(string text) => ExtractionPipeline.Default.Extract(text).Claims;

    private static string? SourceOf(string text, string quantity) =>
        Assert.Single(Claims(text), c => c.Quantities.Any(q => q.Text == quantity)).Source?.Text;

    [Theory]
    [InlineData("Public radio quoted the transport ministry as saying 240 flights had been cancelled.", "240", "the transport ministry")]
    [InlineData("Interfax quoted a regional governor as saying more than 3,000 homes had lost power.", "more than 3,000", "a regional governor")]
    public void Active_quoted_as_saying_names_the_one_quoted(string text, string quantity, string source) =>
        Assert.Equal(source, SourceOf(text, quantity));

    [Theory]
    [InlineData("Regional newspapers, citing firefighters, said 65 hectares had burned.", "65 hectares", "Regional newspapers, citing firefighters")]
    [InlineData("The broker, quoting an industry survey, said rents had climbed to 31% of income.", "31%", "The broker, quoting an industry survey")]
    public void Citing_between_commas_belongs_to_the_subject(string text, string quantity, string source) =>
        Assert.Equal(source, SourceOf(text, quantity));

    [Fact]
    public void Relay_clause_after_a_lead_belongs_to_its_source() =>
        Assert.Equal("a report by Le Monde, which cited senior ministers",
            SourceOf("According to a report by Le Monde, which cited senior ministers, the state will sell a 15% stake.", "15%"));

    [Fact]
    public void Without_citing_names_no_source() =>
        Assert.Equal("The broadcaster", SourceOf("The broadcaster said, without citing its sources, that the deal was worth €45 million.", "€45 million"));

    [Theory]
    [InlineData("The turnout was put at 18,000 by march stewards late on Saturday.", "18,000", "march stewards")]
    [InlineData("Global demand for copper is projected by the trade body to reach 30 million tonnes by 2035.", "30 million tonnes", "the trade body")]
    [InlineData("It is estimated by the World Bank that 9% of the workforce is informal.", "9%", "the World Bank")]
    [InlineData("The toll was reported by state media to be 14 on Monday.", "14", "state media")]
    public void Passive_agent_is_the_source(string text, string quantity, string source) =>
        Assert.Equal(source, SourceOf(text, quantity));

    [Theory]
    [InlineData("Firefighters believe at least 12 people were on the upper floor.", "at least 12", "Firefighters")]
    [InlineData("The Times understands the club has offered a fee of £40 million.", "£40 million", "The Times")]
    public void Believe_and_understand_report(string text, string quantity, string source) =>
        Assert.Equal(source, SourceOf(text, quantity));

    [Fact]
    public void Who_added_goes_on_with_the_named_source()
    {
        const string text = "Prices will rise 2.5% next year, said Omar Haddad, an analyst at Barclays, who added that rates would stay at 4%.";
        Assert.Equal("Omar Haddad, an analyst at Barclays", SourceOf(text, "4%"));
        Assert.Equal("Omar Haddad, an analyst at Barclays", SourceOf(text, "2.5%"));
    }

    [Fact]
    public void Wire_tag_is_no_part_of_the_source() =>
        Assert.Equal("Rio Tinto", SourceOf("BRIEF-Rio Tinto says Q2 iron ore shipments up 3% at 84 million tonnes", "3%"));

    [Theory]
    [InlineData("Smokers were 40% more likely to need surgery.", "40%")]
    [InlineData("Patients on the new dose were 25% less likely to relapse.", "25%")]
    public void Share_before_a_comparative_of_risk_is_a_comparison(string text, string quantity) =>
        Assert.Equal(ClaimRelation.Comparison, Assert.Single(Claims(text), c => c.Quantities.Any(q => q.Text == quantity)).Relation);
}
