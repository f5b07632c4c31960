using Tidings.Names;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 35 (names35b, issue 16): two bodies joined by a slash or a hyphen before a noun only a pairing takes
/// (a poll, a merger, a venture, a vaccine of two makers) are two organizations, the mark in neither, while a body whose
/// own name carries the mark stays whole; a product named before its maker ("X maker Y", "X, made by Y") is no
/// organization; a model after its maker in a table row with the maker in brackets leaves only the maker.</summary>
public sealed class Session35bNameTests
{
    private static NameMentions Names(string text) => NameExtractor.Default.Extract(Document.Create(text));

    [Theory]
    [InlineData("A YouGov/Sky News poll released on Tuesday put Labour ahead.", "YouGov", "Sky News")]
    [InlineData("The Exxon-Pioneer merger closed in May, the companies said.", "Exxon", "Pioneer")]
    [InlineData("Regulators cleared the Hewlett Packard Enterprise-Juniper Networks deal on Friday.", "Hewlett Packard Enterprise", "Juniper Networks")]
    public void A_pairing_of_two_bodies_is_two_organizations(string text, string left, string right)
    {
        NameMentions names = Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains('/') || m.Text.Contains(left + "-", StringComparison.Ordinal));
        Assert.Contains(names.Organizations, m => m.Text == right);
    }

    [Theory]
    [InlineData("The CDU/CSU and the SPD agreed a coalition deal.", "CDU/CSU")]
    [InlineData("Kimberly-Clark said sales rose 3 percent.", "Kimberly-Clark")]
    public void A_body_whose_name_carries_the_mark_stays_whole(string text, string name) =>
        Assert.DoesNotContain(Names(text).Organizations, m => name.Contains(m.Text, StringComparison.Ordinal) && m.Text != name);

    [Theory]
    [InlineData("Zelmora maker Halvorsen Pharma cut its sales forecast.", "Zelmora")]
    [InlineData("Drovexa, made by Brightwater Biologics, gained share in the quarter.", "Drovexa")]
    public void A_product_named_before_its_maker_is_no_organization(string text, string product) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == product);

    [Fact]
    public void A_model_after_its_maker_in_a_table_row_leaves_the_maker() =>
        Assert.DoesNotContain(Names("Best-selling cars, October: 1 Ford Puma (Ford); 2 Kia Sportage (Kia).").Organizations,
            m => m.Text is "Ford Puma" or "Kia Sportage");
}
