using Tidings.Names;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 35 (mend35n): the probes of review 35n (F1–F9) with sentences of other registers. A firm noun in an
/// apposition after capitalised modifiers, a business's clause ("could be sold", "reported a pre-tax profit") or the
/// lists' knowledge of W alone win over the given-name default before "Re"; a body's predicate after a copula or helper
/// (an -ing form, "was founded", "is a union") keeps a common-word body opening a sentence; "v" and a single word before
/// "vs" keep a case's separator; "such as" is no role; the pronoun reach crosses a time adverbial and the hearer of
/// "told"; brackets give a body's name; an apposition without a firm noun says person; "underwriters" before a list
/// names firms.</summary>
public sealed class Session35MendNameTests
{
    private static NameMentions Names(string text) => NameExtractor.Default.Extract(Document.Create(text));

    // F1: reinsurers named for given names, with a firm in the apposition or the clause.
    [Theory]
    [InlineData("Ariel Re reported a pre-tax profit of $120 million for the year.", "Ariel Re")]
    [InlineData("Ariel Re, a Bermuda reinsurer backed by Blackstone, renewed its property book.", "Ariel Re")]
    [InlineData("Hamilton Re, a Bermuda underwriter, said losses were contained.", "Hamilton Re")]
    public void A_reinsurer_named_for_a_given_name_stays_an_organization_beside_a_firm_clue(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    // F2: a common-word body opening a sentence before a helper and its predicate.
    [Theory]
    [InlineData("Unite is balloting 2,000 members at the refinery over pay.", "Unite")]
    [InlineData("Shelter is calling for 90,000 social homes a year.", "Shelter")]
    [InlineData("Mind is urging employers to offer mental health days.", "Mind")]
    [InlineData("Crisis has been campaigning for an end to rough sleeping.", "Crisis")]
    [InlineData("Mind was founded in 1946.", "Mind")]
    [InlineData("Shelter has been warning for years that rents are rising.", "Shelter")]
    [InlineData("Unite are balloting bus drivers in Manchester.", "Unite")]
    [InlineData("Prospect is a union representing engineers and scientists.", "Prospect")]
    [InlineData("Refuge has been supporting women in the city since 1971.", "Refuge")]
    public void A_body_opening_a_sentence_before_its_predicate_is_an_organization(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    [Theory]
    [InlineData("Crisis was averted when the bank stepped in.", "Crisis")]
    [InlineData("Crisis is looming in the eurozone, economists warn.", "Crisis")]
    [InlineData("Shelter is scarce in the hills after the storm.", "Shelter")]
    [InlineData("Scouts have been asked to leave the training ground.", "Scouts")]
    public void A_plain_noun_opening_a_sentence_before_a_state_or_event_is_no_body(string text, string name) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == name);

    // F3: "v" is a case's separator; the Crown is no name.
    [Theory]
    [InlineData("The Court of Appeal's ruling in R v Jogee changed the law on joint enterprise.")]
    [InlineData("The judge relied on R v Nedrick and R v Cunningham.")]
    public void The_crown_in_a_case_name_is_no_organization(string text) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == "R");

    [Fact]
    public void A_single_party_before_v_stays_a_party() =>
        Assert.DoesNotContain(Names("Ivey v Genting was decided by the Supreme Court in 2017.").Organizations, m => m.Text.StartsWith("Ivey", StringComparison.Ordinal));

    // F7: "such as" is no role.
    [Theory]
    [InlineData("Losses at carriers such as Hamilton Re were contained.", "Hamilton Re")]
    [InlineData("Rivals such as Hamilton Re have raised prices.", "Hamilton Re")]
    public void Such_as_before_re_is_no_persons_role(string text, string name) =>
        Assert.DoesNotContain(Names(text).Persons, m => m.Text == name);

    // F5: a time adverbial or the hearer of "told" between the verb and the pronoun.
    [Theory]
    [InlineData("Gucci, Prada and Tom Ford said this week he would retire from design.", "Tom Ford")]
    [InlineData("Burberry, Mulberry and Paul Smith told the inquest he had never seen the email.", "Paul Smith")]
    [InlineData("Burberry, Mulberry and Paul Smith told the newspaper he was optimistic.", "Paul Smith")]
    [InlineData("Burberry, Mulberry and Paul Smith said a week later he would close two shops.", "Paul Smith")]
    public void A_pronoun_after_a_time_adverbial_or_a_hearer_makes_a_person(string text, string name) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == name);

    // F6: a bracketed word after a descriptive noun phrase is the body's name.
    [Theory]
    [InlineData("The mental health charity (Mind) said demand had risen.", "Mind")]
    [InlineData("Figures from the homeless charity (Crisis) showed a rise.", "Crisis")]
    public void A_bracketed_body_name_is_an_organization(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    // F8: an apposition with no firm noun says person.
    [Theory]
    [InlineData("Hamilton Re, a retired teacher from Genoa, said the bridge had been neglected.", "Hamilton Re")]
    [InlineData("Hamilton Re, a resident of the village, said the water was brown.", "Hamilton Re")]
    public void An_apposition_without_a_firm_noun_says_person(string text, string name) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == name);

    // F9: plural underwriters before a list name firms.
    [Fact]
    public void Underwriters_before_a_list_name_firms() =>
        Assert.DoesNotContain(Names("Lloyd's underwriters Beazley and Hiscox raised rates after the storm.").Persons, m => m.Text == "Beazley");
}
