using Tidings.Names;
using Tidings.Recognition;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 32 (mend32e): the review of names32b's linker rules — a brand's "'s" never takes a person's
/// possessive, "cartel" after a nationality names no group, a women's side needs a club, plural families skip teams
/// and parties, a site after a preposition stays a place, a closing quote is no second possessive (examples written
/// for these tests).</summary>
public sealed class ReviewMend32bNameTests
{
    [Fact]
    public void A_persons_possessive_stays_the_persons_though_a_brand_bears_the_name()
    {
        const string text = "Chancellor Helmut Kohl died in 2017. Merkel praised Kohl's legacy. Claire's mother told the inquest. Smith's lawyer said nothing.";
        NameMentions names = NameLinker.Link(Document.Create(text),
            [Per(text, "Helmut Kohl"), Per(text, "Merkel"), Per(text, "Kohl", last: true)]);
        Assert.DoesNotContain(names.Organizations, m => m.Text is "Kohl's" or "Claire's" or "Smith's");
    }

    [Fact]
    public void A_brand_written_with_its_s_is_still_the_organization()
    {
        const string text = "Chili's owner Brinker raised its forecast.";
        NameMentions names = NameLinker.Link(Document.Create(text), []);
        Assert.Contains(names.Organizations, m => m.Text == "Chili's");
    }

    [Fact]
    public void Cartel_after_a_nationality_or_a_listed_body_names_no_group()
    {
        const string text = "Officials blamed a Mexican cartel for the attack. The German cartel office said the EU cartel fine stands.";
        NameMentions names = NameLinker.Link(Document.Create(text),
            [Misc(text, "Mexican"), Misc(text, "German"), Loc(text, "EU")]);
        Assert.DoesNotContain(names.Organizations, m => m.Text.EndsWith("cartel", StringComparison.Ordinal));
    }

    [Fact]
    public void Cartel_after_a_place_still_names_the_group()
    {
        const string text = "Police said the Durango cartel ran the route.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Loc(text, "Durango")]);
        Assert.Contains(names.Organizations, m => m.Text == "Durango cartel");
    }

    [Fact]
    public void A_work_ending_in_women_keeps_its_type_and_a_club_side_is_the_club()
    {
        const string text = "Greta Gerwig said Little Women was nominated. Delegates met at the Fourth World Conference on Women.";
        NameMentions names = NameLinker.Link(Document.Create(text),
            [Per(text, "Greta Gerwig"), Per(text, "Little Women"), Loc(text, "Fourth World Conference on Women")]);
        Assert.DoesNotContain(names.Organizations, m => m.Text is "Little Women" or "Fourth World Conference on Women");

        const string side = "Chelsea Women won the match on Sunday.";
        NameMentions club = NameLinker.Link(Document.Create(side), [Per(side, "Chelsea Women")]);
        Assert.Contains(club.Organizations, m => m.Text == "Chelsea Women");
    }

    [Fact]
    public void A_plural_surname_that_is_a_side_beside_a_result_keeps_its_type()
    {
        const string text = "Jim Brown watched from the stands. The Browns beat the Steelers 24-10.";
        NameMentions names = NameLinker.Link(Document.Create(text),
            [Per(text, "Jim Brown"), Org(text, "Browns", last: true), Org(text, "Steelers")]);
        Assert.DoesNotContain(names.Persons, m => m.Text == "Browns");

        const string family = "Peter Okafor ran the firm for years. The Okafors sold their stake in May.";
        NameMentions kin = NameLinker.Link(Document.Create(family), [Per(family, "Peter Okafor"), Org(family, "Okafors")]);
        Assert.Contains(kin.Persons, m => m.Text == "Okafors");
    }

    [Fact]
    public void A_site_after_a_preposition_stays_a_place_though_a_speech_verb_follows()
    {
        const string text = "Passengers at Kestrel Airport said they were stuck for hours.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Loc(text, "Kestrel Airport")]);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Kestrel Airport");

        const string speaks = "Kestrel Airport said it would expand.";
        NameMentions operator_ = NameLinker.Link(Document.Create(speaks), [Loc(speaks, "Kestrel Airport")]);
        Assert.Contains(operator_.Organizations, m => m.Text == "Kestrel Airport");

        const string works = "Workers at the Fenwold Deep Sea Port said wages were late.";
        NameMentions facility = NameLinker.Link(Document.Create(works), [Org(works, "Fenwold Deep Sea Port")]);
        Assert.DoesNotContain(facility.Organizations, m => m.Text == "Fenwold Deep Sea Port");
    }

    [Fact]
    public void A_closing_single_quote_after_s_is_no_second_possessive()
    {
        const string text = "He said the mistake was 'Boeing's'.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Org(text, "Boeing")]);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Boeing's");

        const string own = "Harrow's's owner sold the chain last year.";
        NameMentions owned = NameLinker.Link(Document.Create(own), [Org(own, "Harrow")]);
        Assert.Contains(owned.Organizations, m => m.Text == "Harrow's");
    }

    private static RecognizedName Org(string text, string name, bool last = false) => AcronymLinkingTests.Recognized(text, name, NameType.Organization, last);

    private static RecognizedName Per(string text, string name, bool last = false) => AcronymLinkingTests.Recognized(text, name, NameType.Person, last);

    private static RecognizedName Loc(string text, string name) => AcronymLinkingTests.Recognized(text, name, NameType.Place);

    private static RecognizedName Misc(string text, string name) => AcronymLinkingTests.Recognized(text, name, NameType.Miscellaneous);
}
