using Tidings.Names;
using Tidings.Recognition;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 32 (names32b): names written with their own "'s" before a second possessive; surnames in the plural
/// for families; groups named with a lower-case "cartel"; clubs' women's sides; sites whose operator speaks (examples
/// written for these tests).</summary>
public sealed class Session32bNameTests
{
    [Fact]
    public void A_second_possessive_keeps_the_first_in_the_name()
    {
        const string text = "Harrow's's owner sold the chain last year.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Org(text, "Harrow")]);
        Assert.Contains(names.Organizations, m => m.Text == "Harrow's");
    }

    [Fact]
    public void A_plural_surname_after_the_is_the_family_when_the_article_names_one_of_them()
    {
        const string text = "Peter Okafor ran the firm for years. The Okafors sold their stake in May.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Per(text, "Peter Okafor"), Org(text, "Okafors")]);
        Assert.Contains(names.Persons, m => m.Text == "Okafors");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Okafors");
    }

    [Fact]
    public void A_plural_after_the_with_no_such_person_keeps_its_type()
    {
        const string text = "Mary Green spoke first. The Democrats won the vote.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Per(text, "Mary Green"), Org(text, "Democrats")]);
        Assert.Contains(names.Organizations, m => m.Text == "Democrats");
    }

    [Fact]
    public void A_place_before_a_lower_case_cartel_names_the_group_with_it()
    {
        const string text = "Officials said the Durango cartel moved the drugs.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Loc(text, "Durango")]);
        Assert.Contains(names.Organizations, m => m.Text == "Durango cartel");
    }

    [Fact]
    public void A_club_side_read_as_a_person_is_the_club()
    {
        const string text = "Norbury Women beat the champions on Sunday.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Per(text, "Norbury Women")]);
        Assert.Contains(names.Organizations, m => m.Text == "Norbury Women");
    }

    [Fact]
    public void An_airport_that_speaks_is_its_operator_and_one_travelled_through_a_place()
    {
        const string text = "Kestrel Airport said it would expand. Passengers waited at Fenwold Airport for hours.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Loc(text, "Kestrel Airport"), Loc(text, "Fenwold Airport")]);
        Assert.Contains(names.Organizations, m => m.Text == "Kestrel Airport");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Fenwold Airport");
    }

    [Fact]
    public void A_name_ending_in_an_operator_word_is_the_operator()
    {
        const string text = "Traffic grew, and Kestrel Airports opened a terminal.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Loc(text, "Kestrel Airports")]);
        Assert.Contains(names.Organizations, m => m.Text == "Kestrel Airports");
    }

    private static RecognizedName Org(string text, string name) => AcronymLinkingTests.Recognized(text, name, NameType.Organization);

    private static RecognizedName Per(string text, string name) => AcronymLinkingTests.Recognized(text, name, NameType.Person);

    private static RecognizedName Loc(string text, string name) => AcronymLinkingTests.Recognized(text, name, NameType.Place);
}
