using Tidings.Names;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 37 (names37b, issue 16): houses and firms named after their founders read use by use (a listed firm
/// that opens with a given name is the firm unless the words around it show a person; an organization shown as a person
/// by an age, "who" or a title is the person); section labels in capitals before prose are no names; one word and
/// "line" name a railway line; a known place before a business's own site after "its" is the place; a site bought is its
/// operator; names ending in a transport or investment business's word are organizations.</summary>
public sealed class Session37bNameTests
{
    private static NameMentions Names(string text) => NameExtractor.Default.Extract(Document.Create(text));

    [Fact]
    public void A_listed_firm_named_after_its_founder_is_the_firm_when_nothing_shows_a_person()
    {
        NameMentions names = Names("Oliver Wyman, part of Marsh McLennan, hired 200 consultants in Mumbai.");
        Assert.Contains(names.Organizations, m => m.Text == "Oliver Wyman");
        Assert.DoesNotContain(names.Persons, m => m.Text == "Oliver Wyman");
    }

    [Fact]
    public void A_founder_shown_by_an_age_and_a_pronoun_stays_a_person_beside_the_house()
    {
        NameMentions names = Names("Ralph Lauren raised its forecast; Ralph Lauren, 86, watched his show from the front row.");
        Assert.Contains(names.Persons, m => m.Text == "Ralph Lauren");
    }

    [Fact]
    public void A_section_label_in_capitals_before_prose_is_no_name()
    {
        NameMentions names = Names("COMMUTER NEWS: Avanti cancelled 30 trains; Northern blamed Network Rail for the delays.");
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains("COMMUTER", StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_over_a_table_keeps_its_name()
    {
        NameMentions names = Names("JSE: Capitec R2,640 (+1.5%); FirstRand R78.20 (+0.9%); Absa R175 (-0.2%).");
        Assert.Contains(names.Organizations, m => m.Text == "JSE");
    }

    [Theory]
    [InlineData("Services on the Elizabeth line and the Jubilee line were suspended on Monday.", "Elizabeth line")]
    [InlineData("Services on the Elizabeth line and the Jubilee line were suspended on Monday.", "Jubilee line")]
    public void One_word_and_line_name_a_railway_line(string text, string name) =>
        Assert.Contains(Names(text).Places, m => m.Text == name);

    [Fact]
    public void A_hyphenated_pair_of_places_before_line_is_not_one_line() =>
        Assert.DoesNotContain(Names("Trains on the Paris-Lyon line were cancelled.").Places, m => m.Text == "Paris-Lyon line");

    [Theory]
    [InlineData("The group closed its Castleford mill and moved its Leeds office to a new site.", "Leeds")]
    public void A_known_place_before_a_business_s_own_site_is_the_place(string text, string name)
    {
        NameMentions names = Names(text);
        Assert.Contains(names.Places, m => m.Text == name);
        Assert.DoesNotContain(names.Organizations, m => m.Text == name);
    }

    [Fact]
    public void An_airport_bought_is_its_operator() =>
        Assert.Contains(Names("IFM Investors bought Bournemouth Airport from a council pension fund last year.").Organizations,
            m => m.Text == "Bournemouth Airport");

    [Theory]
    [InlineData("Gemini Trains leased six units to Miami-Dade Transit for the summer.", "Gemini Trains")]
    [InlineData("Gemini Trains leased six units to Miami-Dade Transit for the summer.", "Miami-Dade Transit")]
    public void Names_ending_in_a_transport_business_word_are_organizations(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    [Fact]
    public void A_person_named_as_a_firm_s_chief_is_not_the_firm() =>
        Assert.Contains(Names("Commerzbank named Bettina Orlopp as its chief executive on Tuesday.").Persons, m => m.Text == "Bettina Orlopp");

    // Review 37n (land37n's "and" pairs and "W Re", mended here).
    [Theory]
    [InlineData("Late goals from Marks and Spencer sealed the win for Rovers.", "Marks and Spencer")]
    [InlineData("Marks and Spencer, both 24, were jailed for four years.", "Marks and Spencer")]
    [InlineData("Barnes and Noble were both sent off.", "Barnes and Noble")]
    public void A_listed_brand_s_pair_of_surnames_needs_a_firm_s_clue(string text, string joined) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == joined);

    [Fact]
    public void A_firm_s_apposition_of_an_open_noun_does_not_make_a_reinsurer_a_person() =>
        Assert.DoesNotContain(Names("Everest Re, a rival of Swiss Re, said it would raise prices. Everest Re later cut its forecast.").Persons,
            m => m.Text == "Everest Re");

    [Theory]
    [InlineData("Fidelis Re said he expected prices to hold.", "Fidelis Re")]
    [InlineData("Lancashire Re said he expected rates to rise.", "Lancashire Re")]
    public void A_pronoun_after_a_reinsurer_named_for_no_given_name_makes_no_person(string text, string name) =>
        Assert.DoesNotContain(Names(text).Persons, m => m.Text == name);

    [Fact]
    public void Two_places_a_club_s_list_entry_joins_stay_places() =>
        Assert.DoesNotContain(Names("The council of Brighton and Hove approved the budget on Monday.").Organizations, m => m.Text == "Brighton and Hove");
}
