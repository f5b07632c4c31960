using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Foreign place names the gazetteer knows whole, which the recognizer may take for persons (session 20,
/// names20b) or organizations (session 22, names22); examples written for these tests.</summary>
public sealed class KnownPlaceTests
{
    [Fact]
    public void A_region_the_gazetteer_knows_is_no_person()
    {
        const string text = "Coffee growers said frost had hit farms across Minas Gerais and Espirito Santo this week.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Persons, m => m.Text is "Minas Gerais" or "Espirito Santo");
    }

    [Fact]
    public void A_city_the_gazetteer_knows_is_no_person()
    {
        const string text = "The airline added three weekly flights from Seoul to Nha Trang, the carrier said on Monday.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Persons, m => m.Text == "Nha Trang");
    }

    [Fact]
    public void A_person_after_a_title_stays_a_person()
    {
        const string text = "Mayor Paul Smith opened the new bridge on Friday, and Smith said traffic would ease.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Persons, m => m.Text == "Paul Smith");
    }

    [Theory]
    [InlineData("Storm Ciaran flooded Pontypridd on Sunday, and the council opened shelters.", "Pontypridd")]
    [InlineData("Kerrville mayor Ana Ortiz said the sirens would be replaced.", "Kerrville")]
    [InlineData("Water was rationed in Embakasi and Kasarani after the pipe burst.", "Kasarani")]
    [InlineData("Floods in Ilam and Panchthar killed 40 people, officials said.", "Panchthar")]
    [InlineData("Jets struck depots in Lahore and Muridke; Hamas said relatives were killed.", "Muridke")]
    [InlineData("Prices rose again last month. In Quilmes and Berazategui, bakeries shut early.", "Berazategui")]
    public void An_organization_the_words_around_put_on_the_map_is_a_place(string text, string place)
    {
        NameMentions names = News.Names(text);
        Assert.Contains(names.Places, m => m.Text == place);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains(place, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Engineers restarted the second reactor at Kozloduy after a week of checks, the operator said.", "Kozloduy")]
    [InlineData("Output was steady, the ministry said, while drilling at Kashagan resumed.", "Kashagan")]
    [InlineData("Floods submerged Dadu and Johi in Sindh, officials said.", "Johi")]
    [InlineData("Troops entered Pokrovsk from the south, the general staff said.", "Pokrovsk")]
    public void A_word_of_a_class_of_places_or_a_town_a_verb_of_war_takes_is_a_place(string text, string place)
    {
        // Session 23 (names23b): "at" before a word of a GloVe class of places, and more verbs of war and weather.
        NameMentions names = News.Names(text);
        Assert.Contains(names.Places, m => m.Text == place);
        Assert.DoesNotContain(names.Organizations, m => m.Text == place);
    }

    [Theory]
    [InlineData("Türkiye's central bank cut rates again, and the lira fell.", "Türkiye")]
    [InlineData("Timor-Leste joined the bloc on Sunday, officials said.", "Timor-Leste")]
    public void A_country_needs_no_cue_to_be_a_place(string text, string place)
    {
        NameMentions names = News.Names(text);
        Assert.Contains(names.Places, m => m.Text == place);
        Assert.DoesNotContain(names.Organizations, m => m.Text == place);
    }

    [Fact]
    public void A_company_after_at_stays_an_organization()
    {
        NameMentions names = News.Names("Engineers at Nokia built the radios, and analysts at Wedbush raised their target.");
        Assert.Contains(names.Organizations, m => m.Text == "Nokia");
        Assert.Contains(names.Organizations, m => m.Text == "Wedbush");
    }

    [Theory]
    [InlineData("Inter Miami signed the striker from Tottenham on Tuesday.", "Tottenham")]
    [InlineData("In Hungary, Ferencvaros extended their lead, and Debrecen lost.", "Ferencvaros")]
    public void A_club_or_a_company_after_a_place_stays_an_organization(string text, string name)
    {
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Places, m => m.Text == name);
    }

    [Fact]
    public void A_division_the_recognizer_calls_an_event_is_an_organization()
    {
        NameMentions names = News.Names("Venezia won promotion from Serie B, and Bari stayed in the second tier.");
        Assert.Contains(names.Organizations, m => m.Text == "Serie B");
    }
}
