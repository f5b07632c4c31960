using Tidings.Names;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 38 (names38, issue 16): a pair of surnames the lists hold as a firm ("Marks &amp; Spencer") is the firm
/// over "and" when it stands in a list beside another organization or after a noun of a firm's voice, stock or staff; in a
/// headline written in capitals, the words after a verb or preposition of headlines are a name where the lists know them
/// whole.</summary>
public sealed class Session38NameTests
{
    private static NameMentions Names(string text) => NameExtractor.Default.Extract(Document.Create(text));

    [Theory]
    [InlineData("Procter and Gamble and Unilever both raised prices for the third quarter running.", "Procter and Gamble")]
    [InlineData("Unilever and Procter and Gamble led the consumer stocks higher in New York.", "Procter and Gamble")]
    [InlineData("Exhibitors: Unilever; Procter and Gamble; Nestlé; Danone.", "Procter and Gamble")]
    [InlineData("A spokesman for Procter and Gamble said the plant in Ohio would stay open.", "Procter and Gamble")]
    public void A_listed_pair_beside_a_firm_or_after_a_firm_s_noun_is_the_firm(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    [Fact]
    public void A_pair_of_surnames_with_no_firm_beside_them_stays_two_names()
    {
        NameMentions names = Names("Late goals from Procter and Gamble sealed the win for the visitors.");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Procter and Gamble");
    }

    [Theory]
    [InlineData("EXXON BUYS UNILEVER\nExxon agreed to buy Unilever in a surprise deal.", "UNILEVER")]
    [InlineData("SHELL SELLS ASSETS TO EXXON\nThe buyer, Exxon, will pay $2bn.", "EXXON")]
    public void A_listed_name_after_a_verb_of_a_headline_in_capitals_is_read(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    [Fact]
    public void A_headline_in_capitals_gives_no_name_to_part_of_a_common_phrase()
    {
        NameMentions names = Names("BANKS AGREE DEBT DEAL WITH TREASURY");
        Assert.DoesNotContain(names.Places, m => m.Text == "DEAL");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "DEAL");
    }

    [Fact]
    public void An_article_opens_no_name_in_a_headline_in_capitals() =>
        Assert.DoesNotContain(Names("FEAR AT THE FED").Organizations, m => m.Text == "THE FED");

    [Theory]
    [InlineData("Blackstone Chambers and Brick Court Chambers were instructed by the regulator.", "Brick Court Chambers")]
    [InlineData("The barrister joined Doughty Street Chambers from the Crown Prosecution Service.", "Doughty Street Chambers")]
    public void A_name_ending_in_chambers_without_a_given_name_is_the_chambers(string text, string name)
    {
        NameMentions names = Names(text);
        Assert.DoesNotContain(names.Persons, m => m.Text == name);
        Assert.DoesNotContain(names.Places, m => m.Text == name);
    }

    [Fact]
    public void A_person_named_chambers_stays_a_person() =>
        Assert.Contains(Names("Cisco's former chief executive John Chambers said he would invest in the start-up.").Persons, m => m.Text == "John Chambers");

    [Fact]
    public void The_same_head_before_of_on_both_sides_of_and_is_two_bodies()
    {
        NameMentions names = Names("The Archdiocese of Dublin and Archdiocese of Armagh issued a joint statement on Sunday.");
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains(" and ", StringComparison.Ordinal));
    }
}
