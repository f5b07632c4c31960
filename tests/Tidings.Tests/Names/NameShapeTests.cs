using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Name shapes the linker mends (session 16; examples written for these tests): abbreviated states in
/// datelines, number words that open names, names run together or cut apart, words trimmed from the ends of
/// organizations, places before "-based", and one-word "persons" with nothing of a person about them.</summary>
public sealed class NameShapeTests
{
    internal static void AssertOrganization(NameMentions names, string text, string name)
    {
        OrganizationMention mention = Assert.Single(names.Organizations, m => m.Text == name);
        Assert.Equal(text.IndexOf(name, StringComparison.Ordinal), mention.Start);
    }

    [Fact]
    public void An_abbreviated_state_in_a_dateline_keeps_its_period_and_is_a_place()
    {
        const string text = "LAKEWOOD, Colo. (AP) - Residents were told to stay indoors on Monday.";
        NameMentions names = News.Names(text);
        PlaceMention state = Assert.Single(names.Places, m => m.Text == "Colo.");
        Assert.Equal(10, state.Start);
        Assert.DoesNotContain(names.Organizations, m => m.Text.StartsWith("Colo", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_whole_names_ending_in_organisation_heads_split_at_and()
    {
        const string text = "The round was led by Harlow Capital and Brenning Investment Group, the company said.";
        NameMentions names = News.Names(text);
        AssertOrganization(names, text, "Harlow Capital");
        AssertOrganization(names, text, "Brenning Investment Group");
    }

    [Fact]
    public void A_company_s_legal_form_after_a_comma_belongs_to_it()
    {
        const string text = "SAN JOSE, Calif., March 3 -- Norvane Technologies, Inc. (NASDAQ: NRVN) today announced results.";
        AssertOrganization(News.Names(text), text, "Norvane Technologies, Inc.");
    }

    [Fact]
    public void Members_after_a_party_are_not_part_of_its_name()
    {
        const string text = "A programme presented by two Conservative Party MPs broke the rules, the regulator said.";
        NameMentions names = News.Names(text);
        AssertOrganization(names, text, "Conservative Party");
    }

    [Fact]
    public void A_place_of_several_words_before_based_is_a_place_and_the_company_after_it_an_organization()
    {
        const string text = "Salt Lake City-based Kestrel Pharmaceuticals agreed to buy a rival for $300 million.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Places, m => m.Text == "Salt Lake City" && m.Start == 0);
        AssertOrganization(names, text, "Kestrel Pharmaceuticals");
    }

    [Fact]
    public void A_family_named_by_a_rare_surname_stays_a_person()
    {
        NameMentions names = News.Names("The retailer, controlled by the Vasquelin family, said it would close 40 stores.");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Vasquelin");
    }
}
