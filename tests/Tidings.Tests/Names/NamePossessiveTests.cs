using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Names the linker reads from what follows them (session 17, names17t; examples written for these tests):
/// names written with "'s" before a verb, "'s" inside an institution's name, and a company named like a person that
/// runs a business.</summary>
public sealed class NamePossessiveTests
{
    [Fact]
    public void A_name_with_s_before_a_past_verb_and_its_is_one_organization()
    {
        const string text = "Fennick's closed its last warehouse in March after sales fell for a third year.";
        NameShapeTests.AssertOrganization(News.Names(text), text, "Fennick's");
    }

    [Fact]
    public void A_name_with_s_before_is_and_a_participle_is_one_organization()
    {
        const string text = "The bakery chain Dorland's is opening twelve shops in Scotland this year.";
        NameShapeTests.AssertOrganization(News.Names(text), text, "Dorland's");
    }

    [Fact]
    public void A_possessive_before_a_noun_stays_a_possessive()
    {
        const string text = "Analysts said Brackley's decision surprised investors in London.";
        Assert.DoesNotContain(News.Names(text).Organizations, m => m.Text.EndsWith("'s", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_with_s_before_an_institution_is_part_of_its_name()
    {
        const string text = "Nurses at Mercer's Vale Hospital walked out on Monday over pay.";
        NameShapeTests.AssertOrganization(News.Names(text), text, "Mercer's Vale Hospital");
    }

    [Fact]
    public void A_country_or_a_leader_before_s_and_a_party_stays_apart()
    {
        const string text = "Britain's Labour Party and Narendra Modi's Bharatiya Janata Party both claimed victory.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Places, m => m.Text == "Britain");
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains("'s", StringComparison.Ordinal));
    }

    [Fact]
    public void A_company_named_like_a_person_that_raises_its_forecast_is_an_organization_throughout()
    {
        const string text = "Tanabe Kosei raised its profit forecast on Tuesday. Investors had expected Tanabe Kosei to hold it.";
        NameMentions names = News.Names(text);
        Assert.Equal(2, names.Organizations.Count(m => m.Text == "Tanabe Kosei"));
        Assert.DoesNotContain(names.Persons, m => m.Text == "Tanabe Kosei");
    }

    [Fact]
    public void A_person_who_leads_something_stays_a_person()
    {
        const string text = "Maria Castellanos became its leader in 2023 and raised its profile abroad.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Persons, m => m.Text == "Maria Castellanos");
    }

    [Fact]
    public void Two_names_joined_by_and_before_a_number_are_two_organizations()
    {
        const string text = "The media group already owns Radio Nord and Canal 9.";
        NameMentions names = News.Names(text);
        NameShapeTests.AssertOrganization(names, text, "Radio Nord");
        NameShapeTests.AssertOrganization(names, text, "Canal 9");
    }

    [Fact]
    public void A_number_on_the_next_line_is_not_part_of_the_name_before_it()
    {
        // A photo credit ends its line; the next paragraph opens with a number (shrunk from a random property case).
        const string text = "Dana Orel/ Harbour Press\n\n9 or more boats were lost.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_ending_in_a_word_no_person_ends_in_is_a_business()
    {
        const string text = "Harwick Games cut a fifth of its staff after its latest title sold poorly.";
        NameShapeTests.AssertOrganization(News.Names(text), text, "Harwick Games");
    }

    [Fact]
    public void What_someone_founded_is_an_organization()
    {
        const string text = "Lorenzo Baldi, who founded Baldi in 1975, died in Turin on Friday.";
        NameMentions names = News.Names(text);
        OrganizationMention company = Assert.Single(names.Organizations, m => m.Text == "Baldi");
        Assert.Equal(text.IndexOf("founded Baldi", StringComparison.Ordinal) + "founded ".Length, company.Start);
        Assert.Contains(names.Persons, m => m.Text == "Lorenzo Baldi");
    }

    [Fact]
    public void A_name_with_a_founder_after_it_is_an_organization()
    {
        const string text = "Investors in the round included Harrow Street founder Mia Lund, the startup said.";
        NameMentions names = News.Names(text);
        NameShapeTests.AssertOrganization(names, text, "Harrow Street");
        Assert.Contains(names.Persons, m => m.Text == "Mia Lund");
    }
}
