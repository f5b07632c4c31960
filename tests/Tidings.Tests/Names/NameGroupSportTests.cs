using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Names the linker reads from the words around them (session 17; examples written for these tests): groups
/// named "X for Y", sides named by their town in sports results and the grounds they play at, two whole names joined
/// by "and", a word that opens a sentence before a description, and organisation heads.</summary>
public sealed class NameGroupSportTests
{
    [Fact]
    public void A_group_named_for_what_it_stands_for_is_one_organization()
    {
        const string inside = "Volunteers from Teachers for Clean Rivers and the local council cleared the banks on Sunday.";
        NameShapeTests.AssertOrganization(News.Names(inside), inside, "Teachers for Clean Rivers");

        const string opening = "Parents for Safer Roads, a campaign group in Bristol, said the plan was too slow.";
        NameShapeTests.AssertOrganization(News.Names(opening), opening, "Parents for Safer Roads");
    }

    [Fact]
    public void An_office_or_a_sentence_opening_for_is_no_group()
    {
        const string text = "Minister for Europe Jan Novak said the talks would resume. Support for Labour fell in the poll.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains(" for ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_town_in_a_sports_result_is_the_club()
    {
        const string text = "Bergen and Trondheim finished in mid-table, while Stavanger beat Drammen 3-0 in the cup final.";
        NameMentions names = News.Names(text);
        NameShapeTests.AssertOrganization(names, text, "Bergen");
        NameShapeTests.AssertOrganization(names, text, "Trondheim");
        NameShapeTests.AssertOrganization(names, text, "Drammen");
        Assert.DoesNotContain(names.Places, m => m.Text is "Bergen" or "Trondheim" or "Drammen");
    }

    [Fact]
    public void A_country_in_a_sports_result_stays_a_place()
    {
        const string text = "Norway beat Sweden 2-0 in the qualifier, and the coach praised the defence.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Places, m => m.Text == "Norway");
        Assert.Contains(names.Places, m => m.Text == "Sweden");
        Assert.Empty(names.Organizations);
    }

    [Fact]
    public void A_ground_where_a_match_is_played_is_a_place()
    {
        const string text = "Rovers won the league title in the final game at the GCS in front of 40,000 fans.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Places, m => m.Text == "GCS");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "GCS");
    }

    [Fact]
    public void Two_whole_names_joined_by_and_are_two_organizations()
    {
        const string text = "Relief groups said the need was great. Open Hands Relief and Mercy Harbour Aid launched appeals on Monday.";
        NameMentions names = News.Names(text);
        NameShapeTests.AssertOrganization(names, text, "Open Hands Relief");
        NameShapeTests.AssertOrganization(names, text, "Mercy Harbour Aid");

        const string clubs = "Dundee Warriors and Perth Raiders FC made the play-offs after a 2-0 win on Saturday.";
        NameMentions sides = News.Names(clubs);
        NameShapeTests.AssertOrganization(sides, clubs, "Dundee Warriors");
        NameShapeTests.AssertOrganization(sides, clubs, "Perth Raiders FC");
    }

    [Fact]
    public void A_word_opening_a_sentence_before_a_description_is_no_name()
    {
        const string text = "Fintech firms Zapla and Morvo raised money this year, investors said.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.StartsWith("Fintech", StringComparison.Ordinal));
        NameShapeTests.AssertOrganization(names, text, "Zapla");
    }

    [Fact]
    public void Clinics_biotechs_and_bands_are_organizations()
    {
        const string biotech = "Velanta Biotech received approval for its nasal vaccine, the regulator said.";
        NameShapeTests.AssertOrganization(News.Names(biotech), biotech, "Velanta Biotech");

        const string band = "Lunara Sol, the Ghanaian band, played three nights in London.";
        NameShapeTests.AssertOrganization(News.Names(band), band, "Lunara Sol");
    }

    [Fact]
    public void A_number_before_a_verb_or_and_belongs_to_the_name_but_a_score_does_not()
    {
        const string text = "The retailer Fashion 24 closed its last stores in March, and Velmora bought the brand.";
        NameShapeTests.AssertOrganization(News.Names(text), text, "Fashion 24");

        const string scores = "Results on Saturday: Leeds 2 Hull 1, Derby 3 Stoke 0.";
        NameMentions names = News.Names(scores);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Any(char.IsDigit));
    }
}
