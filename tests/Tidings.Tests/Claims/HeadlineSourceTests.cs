using System.Collections.Immutable;
using Tidings.Claims;
using Tidings.Names;
using Tidings.Numbers;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Claims;

/// <summary>A headline opened by a name and a colon ("IMF: …") names the source of what follows when the name is an
/// organization or a person the recognizers found, or a poll or survey; a dateline or a label before a colon does not.</summary>
public sealed class HeadlineSourceTests
{
    private static Claim Only(string text, params OrganizationMention[] organizations)
    {
        Document doc = Document.Create(text);
        ImmutableArray<Quantity> quantities = QuantityExtractor.Default.Extract(doc);
        return Assert.Single(ClaimExtractor.Default.Extract(doc, quantities, [], [.. organizations]));
    }

    [Fact]
    public void An_organization_before_the_colon_is_the_source()
    {
        Claim claim = Only("Unesco: Literacy to reach 90% by 2030", new OrganizationMention(0, 6, "Unesco", "Unesco"));
        Assert.Equal("Unesco", claim.Source?.Text);
    }

    [Fact]
    public void A_name_the_recognizer_did_not_find_is_no_source()
    {
        Assert.Null(Only("Unesco: Literacy to reach 90% by 2030").Source);
    }

    [Fact]
    public void A_survey_before_the_colon_is_the_source()
    {
        Claim claim = Only("Snap survey: Yes 48%, No 44%");
        Assert.Equal("Snap survey", claim.Source?.Text);
        Assert.Equal(ClaimRelation.Comparison, claim.Relation);
    }

    [Theory]
    [InlineData("JAKARTA: Bank Indonesia held its policy rate at 6% on Wednesday.")]
    [InlineData("Final count: Greens 31 seats, Liberals 22")]
    public void A_dateline_or_a_label_is_no_source(string text)
    {
        Document doc = Document.Create(text);
        foreach (Claim claim in ClaimExtractor.Default.Extract(doc, QuantityExtractor.Default.Extract(doc)))
        {
            Assert.Null(claim.Source);
        }
    }
}
