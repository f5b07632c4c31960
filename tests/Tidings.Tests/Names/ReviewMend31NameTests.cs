using Tidings.Names;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 31 (mend31d, review 31c): the review's sentences through the whole name extractor. A plural noun
/// that may also head people ("giants", "parties", "publishers") makes no persons organizations, nor does a noun whose
/// list is the subject of a clause ("the clubs Messi, Ronaldo and Neymar played for"); a plural noun that is the first
/// word of an organization's name stays in it at a sentence's start; a person of a list of brands who goes on to speak
/// stays a person.</summary>
public sealed class ReviewMend31NameTests
{
    private static NameMentions Names(string text) => NameExtractor.Default.Extract(Document.Create(text));

    [Theory]
    [InlineData("Literary giants Toni Morrison and Philip Roth both taught at Princeton.", "Toni Morrison", "Philip Roth")]
    [InlineData("Hollywood giants Steven Spielberg and Martin Scorsese backed the strike.", "Steven Spielberg", "Martin Scorsese")]
    [InlineData("The court heard that the parties John Smith and Mary Jones had settled.", "John Smith", "Mary Jones")]
    [InlineData("Publishers: Rupert Murdoch and Conrad Black.", "Rupert Murdoch", "Conrad Black")]
    public void Persons_after_a_noun_that_may_head_people_stay_persons(string text, string one, string other)
    {
        NameMentions names = Names(text);
        Assert.Contains(names.Persons, m => m.Text == one);
        Assert.Contains(names.Persons, m => m.Text == other);
        Assert.DoesNotContain(names.Organizations, m => m.Text == one || m.Text == other);
    }

    [Fact]
    public void Persons_listed_as_the_subject_of_a_clause_after_the_noun_stay_persons()
    {
        NameMentions names = Names("The clubs Messi, Ronaldo and Neymar played for have all won the league.");
        Assert.Contains(names.Persons, m => m.Text == "Messi");
        Assert.Contains(names.Persons, m => m.Text == "Neymar");
        Assert.DoesNotContain(names.Organizations, m => m.Text is "Messi" or "Ronaldo" or "Neymar");
    }

    [Fact]
    public void Firms_after_a_noun_of_organizations_are_still_organizations()
    {
        NameMentions names = Names("Insurers Beazley and Hiscox raised prices.");
        Assert.Contains(names.Organizations, m => m.Text == "Beazley");
        Assert.Contains(names.Organizations, m => m.Text == "Hiscox");
        Assert.Contains(Names("Brokers Peel Hunt and Numis raised their targets.").Organizations, m => m.Text == "Peel Hunt");
    }

    [Theory]
    [InlineData("Universities Superannuation Scheme said it would sell the stake.", "Universities Superannuation Scheme")]
    [InlineData("Publishers Weekly reported the sales on Friday.", "Publishers Weekly")]
    [InlineData("Charities Aid Foundation said donations fell.", "Charities Aid Foundation")]
    public void A_plural_noun_that_begins_a_name_stays_in_it_at_a_sentence_start(string text, string name)
    {
        NameMentions names = Names(text);
        Assert.Contains(names.Organizations, m => m.Text == name);
    }

    [Fact]
    public void A_plural_noun_that_begins_a_name_is_not_trimmed_from_it()
    {
        NameMentions names = Names("Brands Hatch will host the race in July.");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Hatch");
    }

    [Fact]
    public void A_person_the_lists_know_as_a_brand_who_goes_on_to_speak_stays_a_person()
    {
        NameMentions names = Names("Kering bought Gucci, Prada and Tom Ford said he would retire.");
        Assert.Contains(names.Persons, m => m.Text == "Tom Ford");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Tom Ford");
        Assert.Contains(names.Organizations, m => m.Text == "Prada");
    }
}
