using Tidings.Names;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 37 (land37n, with mend36n's patch, review 36n): names36's regressions mended as classes. "X and Y"
/// is read as the lists' "X &amp; Y" only with the whole listed as one organization and no evidence that either side is a
/// person or both are places, and a company-only entry (the lists' partnerships of surnames) needs a firm's clue too (F1);
/// a verb of speech is no title and a pronoun opening an appointment is no person's clue, nor one where W is a place or
/// nationality (F2); a title before "Re" speaks of that mention only (F3); only strong clues type the document's other
/// mentions (F4); a perfect makes a common word opening a sentence a body only with a body's act (F5).</summary>
public sealed class Session37NameTests
{
    private static NameMentions Names(string text) => NameExtractor.Default.Extract(Document.Create(text));

    // F1: two persons' surnames joined by "and" stay apart, though the lists hold "X & Y" as a firm. (Left: "Rents in
    // Brighton and Hove rose" is still one organization, the lists' club "Brighton & Hove"; see docs/notes/names.md.)
    [Theory]
    [InlineData("Second-half goals from Williams and Connolly sealed the win.", "Williams and Connolly")]
    [InlineData("The jury heard from King and Spalding, two neighbours of the victim.", "King and Spalding")]
    [InlineData("Ropes and Gray are the best hookers at the club.", "Ropes and Gray")]
    [InlineData("Late goals from Latham and Watkins sealed the win for Rovers.", "Latham and Watkins")]
    [InlineData("Late goals from Kirkland and Ellis sealed the win for Rovers.", "Kirkland and Ellis")]
    [InlineData("The parish council thanked Sullivan and Cromwell, who had cleared the churchyard.", "Sullivan and Cromwell")]
    public void Two_surnames_or_places_joined_by_and_are_no_listed_firm(string text, string joined) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == joined);

    // F2: a reinsurer's appointment notice, and a verb of speech before it, make no person.
    [Theory]
    [InlineData("Swiss Re said she would take up the post in July.", "Swiss Re")]
    [InlineData("Munich Re said he would succeed the chief executive next year.", "Munich Re")]
    [InlineData("Hannover Re said he had agreed to stay until 2028.", "Hannover Re")]
    [InlineData("Swiss Re announced on Monday that she would join the board.", "Swiss Re")]
    [InlineData("Analysts said Swiss Re would raise rates.", "Swiss Re")]
    [InlineData("Analysts said Swiss Re, the Zurich-based reinsurer, could be sold.", "Swiss Re")]
    [InlineData("The chairman said Munich Re had done well.", "Munich Re")]
    [InlineData("Analysts added Swiss Re would raise rates.", "Swiss Re")]
    [InlineData("Analysts told Swiss Re to raise rates.", "Swiss Re")]
    [InlineData("Regulators said Munich Re had paid the claim in full.", "Munich Re")]
    [InlineData("Korean Re said he would join the company in May.", "Korean Re")]
    public void A_reinsurer_announcing_an_appointment_or_after_said_is_no_person(string text, string name) =>
        Assert.DoesNotContain(Names(text).Persons, m => m.Text == name);

    // F3: "Mr Re" or "Cardinal Re" elsewhere makes no person of a W that cannot be a given name.
    [Theory]
    [InlineData("Mr Re, a former underwriter, is suing Hamilton Re for unfair dismissal. Hamilton Re denies the claim.", "Hamilton Re")]
    [InlineData("Cardinal Re celebrated Mass. Vatican investments in Swiss Re and Munich Re were questioned.", "Swiss Re")]
    [InlineData("Cardinal Re celebrated Mass. Vatican investments in Swiss Re and Munich Re were questioned.", "Munich Re")]
    [InlineData("He said Re would raise rates. Swiss Re paid.", "Swiss Re")]
    public void A_title_before_re_elsewhere_makes_no_person_of_a_firm(string text, string name) =>
        Assert.DoesNotContain(Names(text).Persons, m => m.Text == name);

    // F4: a weak clue types its own mention only.
    [Fact]
    public void A_pronoun_after_said_does_not_type_the_other_mentions()
    {
        NameMentions names = Names("Aspen Re said she would join the board in March. Aspen Re is owned by Apollo.");
        Assert.DoesNotContain(names.Persons, m => m.Text == "Aspen Re");
    }

    // F5: an event's or a copula's perfect after a common word opening a sentence is the noun's; a body's act is the body's.
    [Theory]
    [InlineData("Crisis has engulfed the governing party.", "Crisis")]
    [InlineData("Crisis has overshadowed the election campaign.", "Crisis")]
    [InlineData("Crisis has spilled over into the bond market.", "Crisis")]
    [InlineData("Shelter has proved hard to find for the refugees.", "Shelter")]
    [InlineData("Redress has remained out of reach for most victims.", "Redress")]
    [InlineData("Refuge has proven elusive for many migrants.", "Refuge")]
    [InlineData("Mind has changed on the issue, ministers said.", "Mind")]
    public void A_plain_noun_before_a_perfect_of_events_or_states_is_no_body(string text, string name) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == name);

    [Theory]
    [InlineData("Shelter has helped 5,000 families this year.", "Shelter")]
    [InlineData("Mind has opened 20 new centres.", "Mind")]
    [InlineData("Samaritans has trained 2,000 volunteers.", "Samaritans")]
    [InlineData("Unison has balloted its members over pay.", "Unison")]
    public void A_body_before_a_perfect_of_its_acts_is_an_organization(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    // F1 controls: the brand, club or firm written with "and" stays one organization.
    [Theory]
    [InlineData("Marks and Spencer reported a rise in clothing sales.", "Marks and Spencer")]
    [InlineData("Shoppers at Marks and Spencer, Next and Tesco spent more.", "Marks and Spencer")]
    [InlineData("Brighton and Hove Albion beat Chelsea 2-1.", "Brighton and Hove Albion")]
    [InlineData("Abercrombie and Fitch shares fell 5%.", "Abercrombie and Fitch")]
    public void A_listed_brand_or_club_written_with_and_is_one_organization(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    [Theory]
    [InlineData("Mr Marks and Mr Spencer met in Leeds.", "Marks and Spencer")]
    [InlineData("Michael Marks opened a stall in Leeds. Later, Marks and Spencer were partners.", "Marks and Spencer")]
    [InlineData("Late goals from Hellman and Friedman sealed the win for Rovers.", "Hellman and Friedman")]
    public void Persons_named_alike_elsewhere_or_titled_are_no_listed_firm(string text, string joined) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == joined);

    // F3: a title before "Re" speaks of that mention only.
    [Theory]
    [InlineData("Mr Re joined Everest Re in 2010. Everest Re declined to comment.", "Everest Re")]
    [InlineData("Ms Re, 45, a teacher, was cleared. Everest Re paid the claim in full.", "Everest Re")]
    [InlineData("Mr Re was cleared by the jury. Munich Re said the ruling did not affect it.", "Munich Re")]
    [InlineData("Dr Re treated the patient. Aspen Re paid the claim.", "Aspen Re")]
    public void A_title_before_re_makes_no_person_of_another_re_name(string text, string name) =>
        Assert.DoesNotContain(Names(text).Persons, m => m.Text == name);

    // F4: a firm's clue elsewhere is not outvoted by a pronoun after "said".
    [Fact]
    public void A_reinsurer_announcing_a_departure_stays_a_firm_in_the_next_sentence()
    {
        NameMentions names = Names("Hamilton Re said he would step down in May. Analysts expect Hamilton Re to name a successor soon.");
        Assert.Contains(names.Organizations, m => m.Text == "Hamilton Re");
    }
}
