using Tidings.Names;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 34 (names34, review 33n F9, F5, F8): "W Re" is a reinsurer unless the words around it say person
/// (a role or age in an apposition, "who", a person's pronoun after a verb of speech) or W reads first as a given name
/// (a common given name, or one that is no common surname and no place) with nothing of a firm around it (a firm noun
/// before, a firm's apposition, "it"/"its" after the verb, "shares" or a firm's role after); a person's pronoun counts
/// after a verb of speech and up to three words of adverbial or indirect object ("told reporters he"); a firm-closing
/// noun keeps "A and B C" whole only when neither side is a firm the lists know alone. Charities, unions and campaign
/// groups named by one common word ("Shelter", "Crisis", "Mind", "Which?") are organizations where written with their
/// capital inside a sentence or as the subject opening one, with no capitalised neighbour.</summary>
public sealed class Session34NameTests
{
    private static NameMentions Names(string text) => NameExtractor.Default.Extract(Document.Create(text));

    // F9: reinsurers named for a place or a surname that is also a given name.
    [Theory]
    [InlineData("Hamilton Re said losses were contained.", "Hamilton Re")]
    [InlineData("Bermuda-based Hamilton Re said it would raise prices.", "Hamilton Re")]
    [InlineData("Hamilton Re said it expects losses of $40 million from the storm.", "Hamilton Re")]
    [InlineData("The reinsurer Hamilton Re cut its forecast.", "Hamilton Re")]
    [InlineData("Gallagher Re said rates rose at the January renewals.", "Gallagher Re")]
    public void A_reinsurer_named_for_a_place_or_surname_is_an_organization(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    // F9: persons whose surname is Re.
    [Theory]
    [InlineData("\"We will appeal,\" said Marco Re, a lawyer in Milan.", "Marco Re")]
    [InlineData("Marco Re said he would appeal the ruling.", "Marco Re")]
    [InlineData("The ruling was welcomed by Paolo Re, a shop owner.", "Paolo Re")]
    [InlineData("Hamilton Re, 54, who runs a bakery in Leeds, said the tax was unfair.", "Hamilton Re")]
    public void A_person_whose_surname_is_re_is_no_organization(string text, string name) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == name);

    // F9: a hyphenated given name before a second name and "Re" is a person's name, not a modifier.
    [Fact]
    public void A_hyphenated_given_name_is_no_modifier_before_re() =>
        Assert.DoesNotContain(Names("The court heard from Jean-Pierre Battista Re, a notary.").Organizations,
            m => m.Text == "Battista Re");

    // F5: the pronoun after an adverbial or an indirect object.
    [Theory]
    [InlineData("Kering bought Gucci, Prada and Tom Ford told reporters he would retire.")]
    [InlineData("Kering bought Gucci, Prada and Tom Ford said on Monday he would retire.")]
    [InlineData("Kering bought Gucci, Prada and Tom Ford said in a statement he would retire.")]
    public void A_person_pronoun_after_a_short_adverbial_still_makes_a_person(string text) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == "Tom Ford");

    [Theory]
    [InlineData("Gucci, Prada and Tom Ford said his remarks were unhelpful.")]
    [InlineData("Gucci, Prada and Tom Ford told her the deal was off.")]
    public void An_object_or_possessive_pronoun_still_does_not_make_a_person(string text) =>
        Assert.DoesNotContain(Names(text).Persons, m => m.Text == "Tom Ford");

    // F8: the closing noun does not keep two firms together when a side is a firm alone.
    [Theory]
    [InlineData("Bath and Body Works said sales rose 3 percent.", "Bath")]
    [InlineData("Fisher and Paykel Healthcare said it would close a plant.", "Fisher")]
    public void A_single_firm_named_a_and_b_c_is_still_one(string text, string alone) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == alone);

    // Bodies named by one common word.
    [Theory]
    [InlineData("The grants went to charities such as Shelter and Crisis last year.", "Shelter")]
    [InlineData("The grants went to charities such as Shelter and Crisis last year.", "Crisis")]
    [InlineData("Mind warned that waiting lists for therapy were growing.", "Mind")]
    [InlineData("A spokesperson for Refuge said calls to its helpline had risen.", "Refuge")]
    [InlineData("The consumer group Which? found that prices rose by 9%.", "Which?")]
    [InlineData("Bus drivers in Unite voted to strike over pay.", "Unite")]
    public void A_body_named_by_a_common_word_is_an_organization(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    [Theory]
    [InlineData("Crisis talks resumed on Monday in Brussels.", "Crisis")]
    [InlineData("The film A Beautiful Mind won four Oscars.", "Mind")]
    [InlineData("Which? That is the question the board must answer.", "Which?")]
    public void A_common_word_with_no_body_in_sight_is_no_organization(string text, string name) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == name);
}
