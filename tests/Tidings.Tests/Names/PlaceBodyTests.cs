using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Bodies named for a place, persons before "of" and a body, and titles taken for bodies (session 19,
/// names19b; examples written for these tests).</summary>
public sealed class PlaceBodyTests
{
    [Fact]
    public void A_company_named_for_its_country_is_an_organization()
    {
        const string text = "Regulators fined the mobile operator Veltrix France 40 million euros over outages.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Places, m => m.Text == "Veltrix France");
    }

    [Fact]
    public void A_body_word_before_a_place_then_said_is_one_organization()
    {
        const string text = "Funding was cut for a second year. Hospitals Manitoba said 2,000 beds would close.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Places, m => m.Text == "Manitoba");
    }

    [Fact]
    public void A_place_with_its_modifier_stays_a_place()
    {
        const string text = "Heavy rain flooded roads across Greater Manchester on Tuesday, the council said.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains("Manchester", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_ending_in_a_venue_head_stays_a_place()
    {
        const string text = "Flights were diverted from Lagos Harbour Terminal after a fire on Sunday.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains("Lagos", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_before_of_and_a_party_is_split()
    {
        const string text = "The incumbent narrowly beat Marek Kowalczyk of Civic Renewal in the runoff on Sunday.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.StartsWith("Marek", StringComparison.Ordinal));
    }

    [Fact]
    public void Us_before_its_navy_is_a_place_then_the_navy()
    {
        const string text = "The shipyard won repair contracts from the US Navy last year.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "US Navy");
    }

    [Fact]
    public void A_title_before_a_person_is_no_organization()
    {
        const string text = "The strike spread to hospitals. Premier Dana Whitfield said the province could not pay more.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Premier");
    }

    [Fact]
    public void A_word_describing_the_business_before_its_name_is_no_organization()
    {
        const string text = "Sales rose in the third quarter. Pet-food maker Norvane raised its prices by 4% on Monday.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.StartsWith("Pet-food", StringComparison.Ordinal));
    }
}
