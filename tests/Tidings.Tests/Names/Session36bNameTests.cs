using Tidings.Names;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 36 (names36b, issue 16): a name ending in a word that ends no person's or place's name is the
/// business ("Harlow Homes", "Penfold Construction"); a bank or group named before the country it serves is one
/// organization ("Meridian Bank Ghana"); "Air" before a country or city names a carrier; a chain the lists know whose
/// name holds a founder's "'s" or ends in an apostrophe, or a listed brand around a found organization, is taken whole
/// ("Trader Joe's", "Jack in the Box"); a person's party after a given name and "'s" is split from its owner; the
/// hand-kept firm lists name housebuilders, contractors, estate agents, architects, law firms and high-street chains.</summary>
public sealed class Session36bNameTests
{
    private static NameMentions Names(string text) => NameExtractor.Default.Extract(Document.Create(text));

    [Theory]
    [InlineData("Harlow Homes said completions rose, and Penfold Construction won a hospital contract in Leeds.", "Harlow Homes")]
    [InlineData("Harlow Homes said completions rose, and Penfold Construction won a hospital contract in Leeds.", "Penfold Construction")]
    [InlineData("Ashcombe Residential and Brenton Developments bid for the site.", "Ashcombe Residential")]
    public void A_name_ending_in_a_business_head_is_an_organization(string text, string name)
    {
        NameMentions names = Names(text);
        Assert.Contains(names.Organizations, m => m.Text == name);
        Assert.DoesNotContain(names.Places, m => m.Text == name);
        Assert.DoesNotContain(names.Persons, m => m.Text == name);
    }

    [Theory]
    [InlineData("Meridian Bank Ghana raised its dividend after a strong year.", "Meridian Bank Ghana")]
    [InlineData("Shares in Halcyon Group Jamaica rose 4 percent on Monday.", "Halcyon Group Jamaica")]
    public void A_business_named_before_the_country_it_serves_is_one_organization(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    [Theory]
    [InlineData("Air Tanzania leased two more jets for its Mumbai route.", "Air Tanzania")]
    [InlineData("Passengers on Air Namibia were stranded for a day.", "Air Namibia")]
    public void Air_before_a_country_or_city_names_a_carrier(string text, string name)
    {
        NameMentions names = Names(text);
        Assert.Contains(names.Organizations, m => m.Text == name);
        Assert.DoesNotContain(names.Places, m => name.EndsWith(m.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Shoppers queued outside Trader Joe's in Brooklyn on Saturday.", "Trader Joe's")]
    [InlineData("Wholesale clubs such as Sam's Club reported higher membership fees.", "Sam's Club")]
    public void A_listed_chain_with_a_founder_possessive_is_whole(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    [Theory]
    [InlineData("Contractors Balfour Beatty and Galliford Try said margins improved.", "Balfour Beatty")]
    [InlineData("Contractors Balfour Beatty and Galliford Try said margins improved.", "Galliford Try")]
    [InlineData("Law firm Burges Salmon advised the council on the deal.", "Burges Salmon")]
    public void Hand_kept_lists_name_builders_and_law_firms(string text, string name)
    {
        NameMentions names = Names(text);
        Assert.Contains(names.Organizations, m => m.Text == name);
        Assert.DoesNotContain(names.Persons, m => m.Text == name);
    }

    [Fact]
    public void A_place_after_air_in_running_text_stays_a_place_when_air_is_lower_case() =>
        Assert.DoesNotContain(Names("The air Tanzania exports is cleaner than in 2010.").Organizations, m => m.Text.Contains("Tanzania", StringComparison.Ordinal));

    [Fact]
    public void A_place_ending_a_name_with_no_business_head_stays_a_place() =>
        Assert.Contains(Names("Farmers near Newbury Park said the floods had passed.").Places, m => m.Text.Contains("Newbury", StringComparison.Ordinal));
}
