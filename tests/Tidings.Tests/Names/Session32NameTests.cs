using Tidings.Names;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 32 (names32): a closing word such as "Re" and the capitalised word before it are one company
/// whatever the recognizer made of either ("Gallagher Re", "Arch Re"); a person the lists know as a brand is a person
/// only where a person's pronoun follows the verb after it; a web address is not added over a name found on its
/// domain.</summary>
public sealed class Session32NameTests
{
    private static NameMentions Names(string text) => NameExtractor.Default.Extract(Document.Create(text));

    [Theory]
    [InlineData("Lawyers for Gallagher Re said the claim was baseless.", "Gallagher Re")]
    [InlineData("The merger of Arch Re and Everest Re was blocked.", "Arch Re")]
    [InlineData("The merger of Arch Re and Everest Re was blocked.", "Everest Re")]
    [InlineData("Swiss Re and Munich Re raised prices, as did Hannover Re.", "Hannover Re")]
    public void A_reinsurer_named_with_re_is_one_organization(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    [Fact]
    public void A_surname_re_after_a_run_of_capitalised_words_is_no_reinsurer() =>
        Assert.DoesNotContain(Names("Cardinal Giovanni Battista Re presided over the conclave.").Organizations,
            m => m.Text.EndsWith("Battista Re", StringComparison.Ordinal));

    [Fact]
    public void A_heading_re_is_no_reinsurer() =>
        Assert.DoesNotContain(Names("Subject Re: the Acme merger").Organizations, m => m.Text.EndsWith(" Re", StringComparison.Ordinal));

    [Fact]
    public void A_web_address_is_not_added_over_a_name_on_its_domain()
    {
        NameMentions names = Names("0\u0663.bn Inc");
        Mention[] all = [.. names.Organizations, .. names.Places, .. names.Persons];
        Array.Sort(all, (a, b) => a.Start.CompareTo(b.Start));
        for (int i = 1; i < all.Length; i++)
        {
            Assert.True(all[i - 1].End <= all[i].Start, "names overlap");
        }
    }

    [Theory]
    [InlineData("Knight Frank and Savills said prime prices fell.", "Knight Frank", "Savills")]
    [InlineData("Arnold Clark and Sytner said the same.", "Arnold Clark", "Sytner")]
    public void One_word_and_a_longer_name_ending_in_no_head_are_two_firms(string text, string one, string other)
    {
        NameMentions names = Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains(" and ", StringComparison.Ordinal));
        Assert.Contains(names.Organizations, m => m.Text == other);
        Assert.DoesNotContain(names.Places, m => m.Text == one);
    }

    [Theory]
    [InlineData("Shares of Eli Lilly and Company rose.", "Eli Lilly and Company")]
    public void A_pair_ending_in_a_head_stays_one_name(string text, string name) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text.Length < name.Length && name.EndsWith(m.Text, StringComparison.Ordinal) && m.Text.Contains(' '));

    [Fact]
    public void The_owners_possessive_is_no_part_of_a_listed_organization()
    {
        NameMentions names = Names("The Kremlin's response came via TASS.");
        Assert.DoesNotContain(names.Organizations, m => m.Text.EndsWith("'s", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kering bought Gucci, Prada and Tom Ford said he would retire.")]
    public void A_person_known_as_a_brand_who_speaks_of_himself_stays_a_person(string text) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == "Tom Ford");

    [Theory]
    [InlineData("Pfizer agreed a pricing deal with the White House on Monday.")]
    [InlineData("The appeals court ruled against the White House.")]
    [InlineData("Shares rose after the White House took a 10% stake.")]
    [InlineData("The chips were unveiled at a White House event.")]
    public void A_seat_in_a_dealing_is_the_institution(string text) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == "White House");

    [Theory]
    [InlineData("Researchers at Trinity College Dublin said the trial worked.", "Trinity College Dublin")]
    [InlineData("A study by Queen's University Belfast found the same.", "Queen's University Belfast")]
    public void A_campus_place_after_an_institution_belongs_to_its_name(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);
}
