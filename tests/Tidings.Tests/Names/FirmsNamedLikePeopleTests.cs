using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Companies named like people, persons before the body they stand for, and places the recognizer took for
/// persons (session 20, names20; examples written for these tests).</summary>
public sealed class FirmsNamedLikePeopleTests
{
    [Fact]
    public void A_name_after_a_business_noun_is_a_company_in_every_use()
    {
        const string text = "On Tuesday housebuilder Pemberton Hale warned on profits. Analysts said Pemberton Hale had sold fewer homes.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Persons, m => m.Text == "Pemberton Hale");
        Assert.Equal(2, names.Organizations.Count(m => m.Text == "Pemberton Hale"));
    }

    [Fact]
    public void A_name_whose_chief_executive_speaks_is_a_company()
    {
        const string text = "Marcus Dunmore, Ashworth Kemble's chief executive, said orders rose in the spring.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "Ashworth Kemble");
        Assert.Contains(names.Persons, m => m.Text == "Marcus Dunmore");
    }

    [Fact]
    public void A_name_that_is_bought_is_a_company()
    {
        const string text = "Leonard Fairley was bought by Halden Group in 2021, and the brand was retired.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Persons, m => m.Text == "Leonard Fairley");
    }

    [Fact]
    public void A_founder_named_himself_stays_a_person()
    {
        const string text = "Tommy Hartwell raised its forecast for the year, chief executive Anna Pike said. Tommy Hartwell himself remains executive chairman.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Persons, m => m.Text == "Tommy Hartwell");
    }

    [Fact]
    public void A_prize_of_an_abstract_noun_is_not_split_into_a_person()
    {
        const string text = "The chef later received the Presidential Medal of Freedom at the White House.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Persons, m => m.Text.StartsWith("Presidential", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_right_after_in_is_no_person()
    {
        const string text = "Engineers restored water supplies in Beit Lahia on Monday, the agency said.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Persons, m => m.Text == "Beit Lahia");
    }

    [Fact]
    public void Confidence_in_a_person_keeps_the_person()
    {
        const string text = "Members of the party voted that they had no confidence in Martin Kessler on Tuesday.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Places, m => m.Text == "Martin Kessler");
    }

    [Fact]
    public void A_name_after_output_at_is_a_facility()
    {
        const string text = "Gold production at Tamberlo rose after repairs, Volta Minerals said.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Places, m => m.Text == "Tamberlo");
        Assert.Contains(names.Organizations, m => m.Text == "Volta Minerals");
    }

    [Fact]
    public void Output_at_a_business_that_owns_what_follows_stays_the_business()
    {
        const string text = "Gold output at Norrick fell after an accident at its main shaft, the company said.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Places, m => m.Text == "Norrick");
    }

    [Fact]
    public void An_apposition_with_a_company_possessive_is_no_list_of_companies()
    {
        const string text = "Jane Ostrova, Brightwell's chief executive, said sales rose.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Persons, m => m.Text == "Jane Ostrova");
        Assert.Contains(names.Organizations, m => m.Text == "Brightwell");
    }

    [Fact]
    public void A_shop_named_with_its_possessive_keeps_it_in_every_use()
    {
        const string text = "Gift chain Tillie's filed for bankruptcy on Monday. A buyer agreed to take over some of Tillie's stores.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Persons, m => m.Text.StartsWith("Tillie", StringComparison.Ordinal));
    }
}
