using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Organizations told by how their names are written: web addresses and lower camel case (session 23,
/// names23); examples written for these tests.</summary>
public sealed class NameWrittenFormTests
{
    [Theory]
    [InlineData("Analysts said Shop.io would cut prices, and Tradelink.kz posted a loss.", "Shop.io")]
    [InlineData("Analysts said Shop.io would cut prices, and Tradelink.kz posted a loss.", "Tradelink.kz")]
    [InlineData("Campaigners from 420.org marched on the ministry.", "420.org")]
    public void A_web_address_is_an_organization(string text, string name)
    {
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == name);
        Assert.DoesNotContain(names.Places, m => name.StartsWith(m.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The lender agreed to buy zLedger for $40 million on Tuesday.", "zLedger")]
    [InlineData("Shares of the carrier rose after flyBlue cut its losses.", "flyBlue")]
    public void A_brand_in_lower_camel_case_is_an_organization(string text, string name)
    {
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == name);
    }

    [Theory]
    [InlineData("Sales of the iPhone fell in China, the company said.", "iPhone")]
    [InlineData("The mRNA vaccine was approved on Monday.", "mRNA")]
    [InlineData("Regulators cleared the eVTOL aircraft for trials.", "eVTOL")]
    public void Products_and_common_nouns_in_mixed_case_are_no_organizations(string text, string word)
    {
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == word);
    }

    [Fact]
    public void A_coined_company_s_unit_is_two_organizations()
    {
        NameMentions names = News.Names("Zoptira's Quikmart Ltd cut fees on Monday.");
        Assert.Contains(names.Organizations, m => m.Text == "Zoptira");
        Assert.Contains(names.Organizations, m => m.Text == "Quikmart Ltd");
        Assert.DoesNotContain(names.Organizations, m => m.Text.StartsWith("Zoptira's", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_named_with_a_common_noun_s_stays_whole()
    {
        NameMentions names = News.Names("The People's Party won the vote, and the King's Fund published a report.");
        Assert.DoesNotContain(names.Organizations, m => m.Text is "People" or "King");
    }
}
