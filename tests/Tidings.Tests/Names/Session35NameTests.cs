using Tidings.Names;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 35 (names35): the probes of review 34n (F1–F8) with their controls, after mend34n's work in progress.
/// A given name that is no common surname and whose word class is no class of places reads as a given name before "Re"
/// when nothing of a firm is around it, and a person's role noun or title before it says person; only a hyphenated
/// modifier that locates or lists a business ("-based", "-listed") is a firm clue, and "it" after the verb only when it
/// opens a business's clause; an apposition says person only with a role or an age in it; a common-word body opening a
/// sentence before a copula, helper or modal needs a verb of an actor after it, quote marks or brackets around it make it a
/// title and a settlement's "of" a place; "underwriter" is a firm noun only around "W Re"; a person's pronoun does not
/// reach across an object noun phrase or a subordinator. Then names lost to names34b in other sets: saints' places
/// against saints' foundations, elided particles inside foreign bodies' names, "vs" before a cause inside a body's name.</summary>
public sealed class Session35NameTests
{
    private static NameMentions Names(string text) => NameExtractor.Default.Extract(Document.Create(text));

    // F1: a given name that the lists also hold as a common surname, with nothing of a firm around it.
    [Theory]
    [InlineData("Marco Re said the ruling was unfair and would appeal.", "Marco Re")]
    [InlineData("Marco Re said the ruling was unfair.", "Marco Re")]
    [InlineData("Prosecutors said Marco Re had been paid twice.", "Marco Re")]
    [InlineData("The court heard that Marco Re had been paid twice by the agency.", "Marco Re")]
    [InlineData("The lawyer Marco Re said the appeal would be heard in May.", "Marco Re")]
    [InlineData("In a letter to the council, Marco Re complained about the noise from the bar.", "Marco Re")]
    [InlineData("Marco Re said that was a mistake to sell the club.", "Marco Re")]
    public void A_given_name_that_is_also_a_surname_stays_a_person_before_re(string text, string name) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == name);

    // F2: a person's origin, age or manner before the name is no firm clue.
    [Theory]
    [InlineData("Italian-born Paolo Re joined the club from Torino in 2019.", "Paolo Re")]
    [InlineData("Milan-born Paolo Re now lives in London with his family.", "Paolo Re")]
    [InlineData("Long-serving Paolo Re retired from the bench last year.", "Paolo Re")]
    [InlineData("The court heard that 40-year-old Marco Re had been paid twice.", "Marco Re")]
    public void A_persons_modifier_before_re_is_no_firm_clue(string text, string name) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == name);

    [Theory]
    [InlineData("Luxembourg-registered Paolo Re issued new bonds on Monday.", "Paolo Re")]
    [InlineData("Bermuda-based Hamilton Re said losses were contained.", "Hamilton Re")]
    public void A_modifier_that_locates_a_business_before_re_is_a_firm_clue(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    // F3: the "it" of reported speech is no firm clue; "it" opening a business's clause is.
    [Theory]
    [InlineData("Giovanni Re said it was too early to judge the reform.", "Giovanni Re")]
    [InlineData("Marco Re said it was a mistake to sell the club.", "Marco Re")]
    [InlineData("Former Milan defender Marco Re said it would take years to rebuild.", "Marco Re")]
    [InlineData("Speaking on local radio, Paolo Re said it felt like a betrayal.", "Paolo Re")]
    public void The_it_of_reported_speech_is_no_firm_clue(string text, string name) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == name);

    [Fact]
    public void An_it_opening_a_business_clause_is_a_firm_clue() =>
        Assert.Contains(Names("Luca Re said it would cut 200 jobs at its Milan office.").Organizations, m => m.Text == "Luca Re");

    // F4: a common noun opening a sentence before a copula, helper or modal is no body.
    [Theory]
    [InlineData("Crisis was averted late on Friday when the two sides agreed a deal.", "Crisis")]
    [InlineData("Shelter is in short supply after the earthquake, aid workers said.", "Shelter")]
    [InlineData("Shelter was scarce after the earthquake.", "Shelter")]
    [InlineData("Scouts have watched the midfielder at least six times this season.", "Scouts")]
    [InlineData("Theresa May said: \"Crisis is too strong a word.\"", "Crisis")]
    [InlineData("Refuge will be hard to find in the mountains this winter.", "Refuge")]
    public void A_common_noun_opening_a_sentence_before_a_helper_is_no_body(string text, string name) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == name);

    [Theory]
    [InlineData("Crisis said homelessness had risen by 14%.", "Crisis")]
    [InlineData("Shelter warned that rents would rise again next year.", "Shelter")]
    [InlineData("Mind found that one in four adults had sought help.", "Mind")]
    public void A_body_opening_a_sentence_as_actor_is_an_organization(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    // F5: a word alone inside quote marks is a title (brackets give a body's name: review 35n F6, Session35MendNameTests).
    [Theory]
    [InlineData("The band's new single 'Shelter' reached number five in the charts.", "Shelter")]
    [InlineData("The exhibition, titled ‘Refuge’, opens at the gallery on Friday.", "Refuge")]
    public void A_common_word_in_quote_marks_or_brackets_is_no_body(string text, string name) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == name);

    // F6: an underwriter may be a person away from "W Re".
    [Theory]
    [InlineData("Simon Beale, a veteran underwriter, said rates would rise in January.", "Simon Beale")]
    [InlineData("Lloyd's underwriter Simon Beale said rates would rise in January.", "Simon Beale")]
    public void An_underwriter_is_no_firm_noun_for_a_person(string text, string name) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == name);

    [Theory]
    [InlineData("Hamilton Re, a Bermuda underwriter, said losses were contained.", "Hamilton Re")]
    [InlineData("The underwriter Hamilton Re said losses were contained.", "Hamilton Re")]
    public void An_underwriter_around_re_is_a_firm_clue(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    // F7: the pronoun of an object's clause or a subordinate clause is not the subject's.
    [Theory]
    [InlineData("Acme, Globex and John Lewis said the customer she had served was rude.")]
    [InlineData("Acme, Globex and John Lewis said the shopper he had stopped was armed.")]
    public void A_pronoun_after_an_object_noun_phrase_does_not_make_a_person(string text) =>
        Assert.DoesNotContain(Names(text).Persons, m => m.Text == "John Lewis");

    [Theory]
    [InlineData("Kering bought Gucci, Prada and Tom Ford told the court he would retire.")]
    [InlineData("Kering bought Gucci, Prada and Tom Ford said after the meeting he would retire.")]
    public void A_pronoun_after_a_receiver_or_a_prepositional_phrase_still_makes_a_person(string text) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == "Tom Ford");

    // Controls of F1: a reinsurer named for a common surname or a place stays the reinsurer.
    [Theory]
    [InlineData("Hamilton Re said losses from the hurricane were contained.", "Hamilton Re")]
    [InlineData("Hamilton Re, a Bermuda-based reinsurer, said losses were contained.", "Hamilton Re")]
    [InlineData("The reinsurer Hamilton Re said it would cut jobs.", "Hamilton Re")]
    public void A_reinsurer_named_for_a_surname_stays_an_organization(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    [Theory]
    [InlineData("Giovanni Re said the ruling was unfair.", "Giovanni Re")]
    [InlineData("Marco Re, a lawyer in Milan, said the case was weak.", "Marco Re")]
    [InlineData("Marco Re said he would appeal the ruling.", "Marco Re")]
    public void A_person_named_re_stays_a_person(string text, string name) =>
        Assert.Contains(Names(text).Persons, m => m.Text == name);

    // F8: an apposition says person only with a person's role or age in it.
    [Fact]
    public void An_apposition_of_a_syndicate_says_no_person() =>
        Assert.DoesNotContain(Names("Hamilton Re, a Lloyd's syndicate, said losses were contained.").Persons, m => m.Text == "Hamilton Re");

    // F5: a settlement's name or a word placed by ", Region," is a place, not the body.
    [Theory]
    [InlineData("Flooding hit the town of Prospect, Kentucky, on Tuesday.", "Prospect")]
    [InlineData("Flooding hit the town of Prospect on Tuesday.", "Prospect")]
    public void A_common_word_put_on_the_map_is_no_body(string text, string name) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == name);

    // F4 control: a helper between the body and its verb.
    [Fact]
    public void A_body_opening_a_sentence_before_a_helper_and_its_verb_is_an_organization() =>
        Assert.Contains(Names("Shelter has warned that rents would rise again next year.").Organizations, m => m.Text == "Shelter");

    // Saint's-name places against saint's-name foundations.
    [Theory]
    [InlineData("St James's Palace hosted the reception on Tuesday.", "St James's Palace")]
    [InlineData("Residents of St John's Wood complained about parking.", "St John's Wood")]
    public void A_saints_name_ending_in_a_place_head_is_a_place(string text, string name) =>
        Assert.Contains(Names(text).Places, m => m.Text == name);

    [Theory]
    [InlineData("Volunteers from Crisis and St Mungo's handed out food at the station.", "St Mungo's")]
    [InlineData("St James's Place reported record flows.", "St James's Place")]
    public void A_saints_foundation_is_an_organization(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    // Foreign-language body names run on over an elided particle.
    [Theory]
    [InlineData("Parti Démocratique de Côte d'Ivoire contested the vote.", "Parti Démocratique de Côte d'Ivoire")]
    [InlineData("Banque Centrale des États de l'Afrique de l'Ouest held rates.", "Banque Centrale des États de l'Afrique de l'Ouest")]
    public void A_foreign_body_runs_on_over_an_elided_particle(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    // "vs" before a cause inside a body's name, against a case's parties.
    [Fact]
    public void A_body_named_against_a_cause_stays_whole() =>
        Assert.Contains(Names("Young Lives vs Cancer lost sponsors this year.").Organizations, m => m.Text == "Young Lives vs Cancer");

    [Theory]
    [InlineData("Roe v Wade was overturned in 2022.", "Roe", "Wade")]
    [InlineData("Google v Oracle reached the Supreme Court.", "Google", "Oracle")]
    public void A_case_name_still_splits_into_its_parties(string text, string left, string right)
    {
        NameMentions names = Names(text);
        var texts = names.Organizations.Select(m => m.Text).Concat(names.Persons.Select(m => m.Text)).ToList();
        Assert.Contains(left, texts);
        Assert.Contains(right, texts);
    }
}
