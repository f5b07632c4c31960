using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Names typed and bounded by their own last word and the words right around them (examples written for these tests).</summary>
public sealed class NameContextTests
{
    [Theory]
    [InlineData("Shares of Unilever plc rose on Tuesday after the results.", "Unilever plc")]
    [InlineData("Ministers from OPEC+ meet in Vienna next week to set output.", "OPEC+")]
    public void A_legal_form_or_plus_belongs_to_the_company(string text, string name) =>
        Assert.Contains(News.Names(text).Organizations, m => m.Text == name);

    [Fact]
    public void A_list_of_organizations_is_split()
    {
        NameMentions names = News.Names("Funds run by Vanguard, Invesco and Schwab bought the bonds last week.");
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains(',', StringComparison.Ordinal) || m.Text.Contains(" and ", StringComparison.Ordinal));
        Assert.Contains(names.Organizations, m => m.Text == "Invesco");
    }

    [Fact]
    public void A_venue_is_a_place()
    {
        NameMentions names = News.Names("Bayern Munich lost 2-1 to Leverkusen at the Allianz Arena on Saturday.");
        Assert.Contains(names.Places, m => m.Text == "Allianz Arena");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Allianz Arena");
    }

    [Theory]
    [InlineData("Orders rose 8% in the quarter. The Stuttgart company said margins would improve.", "Stuttgart")]
    [InlineData("The Leipzig-based start-up raised 12 million euros from investors.", "Leipzig")]
    [InlineData("Floods cut off the town of Kelvara on Sunday, officials said.", "Kelvara")]
    public void A_place_named_as_a_home_or_a_town_is_a_place(string text, string place)
    {
        NameMentions names = News.Names(text);
        var mention = Assert.Single(names.Places, m => m.Text == place);
        Assert.Equal(text.IndexOf(place, StringComparison.Ordinal), mention.Start);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains(place, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Zorvanta, a Lisbon software company, raised 20 million euros on Monday.", "Zorvanta")]
    [InlineData("Drivers for the ride-hailing company Brillo went on strike in Porto.", "Brillo")]
    public void The_words_around_an_unknown_name_can_make_it_an_organization(string text, string name) =>
        Assert.Contains(News.Names(text).Organizations, m => m.Text == name);

    [Fact]
    public void A_family_named_by_its_surname_is_a_person() =>
        Assert.Contains(News.Names("The Quandt family owns nearly half of the carmaker.").Persons, m => m.Text == "Quandt");

    [Theory]
    [InlineData("Demand for AI servers rose sharply this year.", "AI")]
    [InlineData("The Zentra 5 rocket lifted off from French Guiana on Thursday.", "Zentra")]
    public void Common_acronyms_and_products_are_not_organizations(string text, string word) =>
        Assert.DoesNotContain(News.Names(text).Organizations, m => m.Text.Contains(word, StringComparison.Ordinal));
}
