using Tidings.Names;
using Tidings.Recognition;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 31 (names31): a plural noun of organizations as the apposition of a list, and opening a sentence;
/// persons in lists of firms decided by the lists (whole name a company or brand) or by their place between two firms,
/// not by a ratio; a partnership's "&amp;" stands apart (examples written for these tests).</summary>
public sealed class Session31NameTests
{
    [Fact]
    public void A_plural_noun_of_organizations_before_a_list_makes_its_persons_organizations()
    {
        const string text = "Law firms Osborne Clarke and Stephenson Harwood advised the lenders.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Per(text, "Osborne Clarke"), Per(text, "Stephenson Harwood")]);
        Assert.Contains(names.Organizations, m => m.Text == "Osborne Clarke");
        Assert.Contains(names.Organizations, m => m.Text == "Stephenson Harwood");
    }

    [Fact]
    public void A_sentence_opening_plural_noun_does_the_same()
    {
        const string text = "Insurers Beazley and Hiscox fell after the storm.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Per(text, "Beazley"), Per(text, "Hiscox")]);
        Assert.Contains(names.Organizations, m => m.Text == "Beazley");
        Assert.Contains(names.Organizations, m => m.Text == "Hiscox");
    }

    [Theory]
    [InlineData("He named the clubs Lionel Messi played for.", "Lionel Messi")]
    public void A_name_that_is_the_subject_of_a_clause_after_the_noun_stays_a_person(string text, string name)
    {
        NameMentions names = NameLinker.Link(Document.Create(text), [Per(text, name)]);
        Assert.Contains(names.Persons, m => m.Text == name);
    }

    [Fact]
    public void A_sentence_opening_plural_noun_is_no_part_of_the_name()
    {
        const string text = "Brokers Peel Hunt and Numis cut their targets.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Org(text, "Brokers Peel Hunt"), Org(text, "Numis")]);
        Assert.Contains(names.Organizations, m => m.Text == "Peel Hunt");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Brokers Peel Hunt");
    }

    [Fact]
    public void A_plural_noun_before_a_place_alone_keeps_the_body_whole()
    {
        const string text = "Universities UK said fees must rise.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Org(text, "Universities UK")]);
        Assert.Contains(names.Organizations, m => m.Text == "Universities UK");
    }

    [Fact]
    public void Persons_the_lists_know_as_firms_in_a_list_of_firms_are_organizations()
    {
        const string text = "Raymond James, Edward Jones and Charles Schwab added advisers.";
        NameMentions names = NameLinker.Link(Document.Create(text),
            [Per(text, "Raymond James"), Per(text, "Edward Jones"), Org(text, "Charles Schwab")]);
        Assert.Contains(names.Organizations, m => m.Text == "Raymond James");
        Assert.Contains(names.Organizations, m => m.Text == "Edward Jones");
    }

    /// <summary>Review 30a, finding 4: the ratio of persons to firms no longer decides; people named in full at a list's
    /// end stay people.</summary>
    [Fact]
    public void People_named_in_full_at_the_end_of_a_list_of_firms_stay_people()
    {
        const string text = "Guests: Acme, Globex, Initech, Soylent, John Smith and Mary Jones.";
        NameMentions names = NameLinker.Link(Document.Create(text),
            [Org(text, "Acme"), Org(text, "Globex"), Org(text, "Initech"), Org(text, "Soylent"), Per(text, "John Smith"), Per(text, "Mary Jones")]);
        Assert.Contains(names.Persons, m => m.Text == "John Smith");
        Assert.Contains(names.Persons, m => m.Text == "Mary Jones");
    }

    [Fact]
    public void An_investor_named_as_many_people_are_stays_a_person_after_funds()
    {
        const string text = "The round was backed by Sequoia, Accel, Index Ventures and Mark Davis.";
        NameMentions names = NameLinker.Link(Document.Create(text),
            [Org(text, "Sequoia"), Org(text, "Accel"), Org(text, "Index Ventures"), Per(text, "Mark Davis")]);
        Assert.Contains(names.Persons, m => m.Text == "Mark Davis");
    }

    [Fact]
    public void A_name_written_with_a_close_ampersand_is_no_partner()
    {
        const string text = "Clarion, L&Q and Notting Hill Genesis asked for longer settlements.";
        NameMentions names = NameLinker.Link(Document.Create(text),
            [Org(text, "Clarion"), Org(text, "L&Q"), Org(text, "Notting Hill Genesis")]);
        Assert.Contains(names.Organizations, m => m.Text == "Clarion");
        Assert.Contains(names.Organizations, m => m.Text == "L&Q");
    }

    private static RecognizedName Org(string text, string name) => AcronymLinkingTests.Recognized(text, name, NameType.Organization);

    private static RecognizedName Per(string text, string name) => AcronymLinkingTests.Recognized(text, name, NameType.Person);
}
