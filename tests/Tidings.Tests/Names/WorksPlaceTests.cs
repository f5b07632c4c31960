using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Rivers, pipelines and rail lines named by the noun after them, and bodies named like a place's centre
/// (session 19, names19c; examples written for these tests).</summary>
public sealed class WorksPlaceTests
{
    [Fact]
    public void Names_before_a_plural_river_noun_are_places()
    {
        const string text = "Illegal dredging has silted the Okwero and Tamsa rivers, the ministry said.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text is "Okwero" or "Tamsa");
    }

    [Fact]
    public void A_name_before_pipeline_is_no_organization()
    {
        const string text = "Protesters camped for months along the route of the Marrow Ridge pipeline in 2019.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Marrow Ridge");
    }

    [Fact]
    public void A_centre_named_for_a_country_that_acts_is_an_organization()
    {
        const string text = "Cases rose in the north. The Malawi Genomics Centre began testing samples from clinics on Monday.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Places, m => m.Text.Contains("Genomics", StringComparison.Ordinal));
    }

    [Fact]
    public void A_field_word_opening_a_describing_phrase_is_no_organization()
    {
        const string text = "Markets were calm. Crypto lender Velmora froze withdrawals on Monday, citing a hack.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Crypto");
    }

    [Fact]
    public void A_name_before_a_facility_noun_with_modifiers_is_a_place()
    {
        const string text = "Inspectors said the Dorvanka nuclear plant lost power twice in March, and the Kesselbruk copper mine flooded.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text is "Dorvanka" or "Kesselbruk");
        Assert.DoesNotContain(names.Persons, m => m.Text is "Dorvanka" or "Kesselbruk");
    }

    [Fact]
    public void Names_before_plural_power_stations_are_places()
    {
        const string text = "The utility said the Ntemba and Mazoruko power stations would run at half load through winter.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text is "Ntemba" or "Mazoruko");
    }

    [Fact]
    public void A_company_named_elsewhere_keeps_its_type_before_plant()
    {
        const string text = "Korvalis said it would hire 500 workers. The Korvalis plant in Ohio will build batteries from 2027.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Places, m => m.Text == "Korvalis");
    }

    [Fact]
    public void A_name_opened_by_a_venue_word_is_a_place()
    {
        const string text = "Estadio Monumental Vargas reopened on Sunday after a two-year renovation, officials said.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Persons, m => m.Text.Contains("Vargas", StringComparison.Ordinal));
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains("Vargas", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_ending_in_a_facility_word_is_a_place()
    {
        const string text = "Farmers downstream blamed releases from the Upper Marrani High Dam for the floods, officials said.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains("Marrani", StringComparison.Ordinal));
    }

    [Fact]
    public void A_facility_that_acts_stays_an_organization()
    {
        const string text = "Trade was slow in May. Velmoor Container Terminal, run by a Danish group, said volumes fell 8 percent.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Places, m => m.Text.Contains("Velmoor", StringComparison.Ordinal));
    }

    [Fact]
    public void The_word_after_a_possessive_is_not_a_facility_name_on_its_own()
    {
        const string text = "Trains were halted at Queen's Wharf station on Monday after a signal failure.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Places, m => m.Text == "Wharf");
    }
}
