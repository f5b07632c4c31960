using Tidings.Names;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 29 (names29b): names the lists know whole where a part was found, places in a list of
/// organizations, and tallies after names.</summary>
public sealed class ListedWholeNameTests
{
    private static NameMentions Names(string text) => NameExtractor.Default.Extract(Document.Create(text));

    [Fact]
    public void A_listed_name_takes_in_the_capitalised_words_beside_the_part_found()
    {
        const string text = "Regional lenders Fifth Third Bancorp and KeyCorp reported higher deposits on Friday.";
        NameMentions names = Names(text);
        OrganizationMention bank = Assert.Single(names.Organizations, o => o.Text.EndsWith("Bancorp", StringComparison.Ordinal));
        Assert.Equal("Fifth Third Bancorp", bank.Text);
        Assert.Equal(text.IndexOf("Fifth", StringComparison.Ordinal), bank.Start);
    }

    [Fact]
    public void A_listed_party_named_for_its_country_is_one_organization()
    {
        NameMentions names = Names("In Stockholm the Sweden Democrats gained four seats, while the Moderates lost two.");
        Assert.Contains(names.Organizations, o => o.Text == "Sweden Democrats");
        Assert.DoesNotContain(names.Places, p => p.Text == "Sweden");
    }

    [Fact]
    public void A_place_in_a_long_list_of_organizations_is_one_too()
    {
        NameMentions names = Names("Security vendors: CrowdStrike, Zscaler, Okta, Fortinet, Concord and SentinelOne all raised guidance.");
        Assert.Contains(names.Organizations, o => o.Text == "Concord");
        Assert.DoesNotContain(names.Places, p => p.Text == "Concord");
    }

    [Fact]
    public void A_country_in_a_list_of_organizations_stays_a_place()
    {
        NameMentions names = Names("Regulators fined Google, Meta, Amazon, Apple and France on Tuesday.");
        Assert.DoesNotContain(names.Organizations, o => o.Text == "France");
    }

    [Fact]
    public void Numbers_after_names_in_a_tally_are_counts()
    {
        NameMentions names = Names("Results: Harbour Alliance 48 and Green Front 38, with the Civic Union 24 and Rural Party 20.");
        Assert.DoesNotContain(names.Organizations, o => o.Text.EndsWith("48", StringComparison.Ordinal) || o.Text.EndsWith("24", StringComparison.Ordinal));
    }

    [Fact]
    public void A_number_that_names_a_studio_stays_when_no_tally_stands_beside_it()
    {
        NameMentions names = Names("Pier 9 and Dockside said they would merge.");
        Assert.Contains(names.Organizations, o => o.Text == "Pier 9");
    }
}
