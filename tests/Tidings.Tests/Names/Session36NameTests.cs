using Tidings.Names;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 36 (names36): "W Re" read from the evidence around it and in the document, not from the type the
/// recognizer gave W (review 35n F1, F4): a person's clues after the name ("said she", ", a nurse") make a person of a
/// given name the recognizer put on the map; a firm's clues anywhere in the document type its other mentions; a
/// common given name is a person's and a listed firm a firm. A common-word body opening a sentence before a perfect
/// whose helper agrees with a name rather than a plain plural ("Unite have called", "Shelter has helped") is the body
/// (review 35n F2).</summary>
public sealed class Session36NameTests
{
    private static NameMentions Names(string text) => NameExtractor.Default.Extract(Document.Create(text));

    // F4: a person's clues make a person, whatever the recognizer read in W.
    [Theory]
    [InlineData("Victoria Re said she had waited four hours for an ambulance.", "Victoria Re")]
    [InlineData("Chelsea Re told reporters she was leaving the club.", "Chelsea Re")]
    [InlineData("Georgia Re, a nurse from Bergamo, died of the virus.", "Georgia Re")]
    [InlineData("Florence Re said the verdict had left her family devastated.", "Florence Re")]
    [InlineData("Marco Re said the ruling was unfair.", "Marco Re")]
    [InlineData("Maria Re, a 40-year-old teacher, said the school was closed.", "Maria Re")]
    public void A_person_whose_surname_is_re_is_a_person_by_the_words_around(string text, string name) =>
        Assert.Contains(Names(text).Persons, m => m.Text == name);

    // F1: reinsurers named for given names, by their clauses and by the document's other mentions.
    [Theory]
    [InlineData("Aspen Re could be sold, analysts at Jefferies think.", "Aspen Re")]
    [InlineData("Ariel Re reported a pre-tax profit of $120 million for the year.", "Ariel Re")]
    [InlineData("Ariel Re, a Bermuda reinsurer backed by Blackstone, renewed its property book. Ariel Re expects rates to rise again.", "Ariel Re")]
    [InlineData("Aspen Re renewed its catastrophe programme in January.", "Aspen Re")]
    [InlineData("Swiss Re said it expects claims of $1 billion from the hurricane.", "Swiss Re")]
    [InlineData("Munich Re raised its profit target for 2026.", "Munich Re")]
    [InlineData("Hannover Re shares fell 3% in Frankfurt.", "Hannover Re")]
    [InlineData("Everest Re said on Tuesday it would raise $1.5 billion.", "Everest Re")]
    [InlineData("Hamilton Re said losses were contained.", "Hamilton Re")]
    [InlineData("Losses at carriers such as Hamilton Re were contained.", "Hamilton Re")]
    public void A_reinsurer_is_an_organization(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    [Fact]
    public void Every_mention_of_a_reinsurer_takes_the_type_its_clearest_mention_gives()
    {
        NameMentions names = Names("Ariel Re, a Bermuda reinsurer backed by Blackstone, renewed its property book. Ariel Re expects rates to rise again.");
        Assert.Equal(2, names.Organizations.Count(m => m.Text == "Ariel Re"));
        Assert.DoesNotContain(names.Persons, m => m.Text.Contains("Re", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_listed_reinsurers_stay_organizations() =>
        Assert.Equal(2, Names("Swiss Re and Munich Re both cut their exposure.").Organizations.Count(m => m.Text.EndsWith(" Re", StringComparison.Ordinal)));

    [Fact]
    public void A_cardinal_named_re_is_no_firm() =>
        Assert.DoesNotContain(Names("Cardinal Giovanni Battista Re celebrated the funeral Mass.").Organizations, m => m.Text.EndsWith("Re", StringComparison.Ordinal));

    // F2: a perfect after a common-word body opening a sentence.
    [Theory]
    [InlineData("Unite have called a ballot of bus drivers.", "Unite")]
    [InlineData("Unite has called a strike at the port.", "Unite")]
    [InlineData("Shelter has helped more families this winter than ever.", "Shelter")]
    public void A_body_opening_a_sentence_before_a_perfect_is_an_organization(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    [Theory]
    [InlineData("Crisis has deepened across the region.", "Crisis")]
    [InlineData("Crisis has hit the farming towns hardest.", "Crisis")]
    [InlineData("Scouts have been asked to help.", "Scouts")]
    [InlineData("Scouts have watched the striker all season.", "Scouts")]
    public void A_plain_noun_opening_a_sentence_before_a_perfect_of_events_is_no_body(string text, string name) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == name);

    // A company's or a brand's name written with "and" where the lists hold "&" (and the other way round).
    [Theory]
    [InlineData("Shoppers returned to Marks and Spencer stores in December.", "Marks and Spencer")]
    [InlineData("Marks and Spencer said sales of clothing rose 5%.", "Marks and Spencer")]
    [InlineData("Shoppers returned to Marks & Spencer stores in December.", "Marks & Spencer")]
    public void A_listed_name_joined_by_and_is_one_organization(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);
}
