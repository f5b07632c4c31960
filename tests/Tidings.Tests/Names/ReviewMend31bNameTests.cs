using Tidings.Names;
using Tidings.Recognition;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 31 (mend31f): the review of names31b (findings 4, 8, 9) — seats of government become the
/// institution only when they speak or decide, honorifics that are also given names stay in the name, and a title-case
/// headline does not close an enumerated body (examples written for these tests).</summary>
public sealed class ReviewMend31bNameTests
{
    private static string Shown(ExtractionResult result) => string.Join(" | ", result.Mentions.Select(m => $"{m.Kind}:{m.Text}"));

    [Theory]
    [InlineData("Buckingham Palace was built in 1703.", "Buckingham Palace")]
    [InlineData("Westminster's streets were closed for the parade.", "Westminster")]
    [InlineData("Miraflores is Lima's seaside district.", "Miraflores")]
    [InlineData("Dr Langley said the results were clear.", "Langley")]
    public void A_seat_as_a_building_or_a_place_keeps_its_type(string text, string seat)
    {
        ExtractionResult result = News.Extract(text);
        Assert.DoesNotContain(result.Mentions, m => m.Kind == MentionKind.Organization && m.Text == seat);
    }

    [Theory]
    [InlineData("Tourists queued in the rain. Downing Street said the talks would go on.", "Downing Street")]
    [InlineData("Reporters waited for hours. The Kremlin has denied the report.", "Kremlin")]
    [InlineData("The Kremlin's spokesman rejected the claim.", "Kremlin")]
    public void A_seat_that_speaks_is_the_institution(string text, string seat)
    {
        // Through the linker with the seat recognized as a place, as the recognizer most often types it.
        NameMentions names = NameLinker.Link(Document.Create(text), [AcronymLinkingTests.Recognized(text, seat, NameType.Place)]);
        Assert.Contains(names.Organizations, m => m.Text == seat);
    }

    [Theory]
    [InlineData("Buckingham Palace was built in 1703.", "Buckingham Palace")]
    [InlineData("Downing Street's front door was painted.", "Downing Street")]
    public void A_seat_that_does_not_speak_stays_a_place_in_the_linker(string text, string seat)
    {
        NameMentions names = NameLinker.Link(Document.Create(text), [AcronymLinkingTests.Recognized(text, seat, NameType.Place)]);
        Assert.DoesNotContain(names.Organizations, m => m.Text == seat);
    }

    [Theory]
    [InlineData("Sultan Ahmed bin Sulayem, DP World's chairman, said volumes rose.", "Ahmed bin Sulayem")]
    [InlineData("Master P said the album would come out in March.", "P")]
    [InlineData("Mufti Mohammad Sayeed led the party for years.", "Mohammad Sayeed")]
    public void An_honorific_that_is_also_a_given_name_is_not_cut(string text, string cut)
    {
        ExtractionResult result = News.Extract(text);
        Assert.DoesNotContain(result.Mentions, m => m.Kind == MentionKind.Person && m.Text == cut);
    }

    [Theory]
    [InlineData("Sultan Ahmed bin Sulayem, DP World's chairman, said volumes rose.", "Sultan Ahmed bin Sulayem")]
    [InlineData("Master P said the album would come out in March.", "Master P")]
    public void An_honorific_that_is_also_a_given_name_stays_in_the_linked_name(string text, string person)
    {
        NameMentions names = NameLinker.Link(Document.Create(text), [AcronymLinkingTests.Recognized(text, person, NameType.Person)]);
        Assert.Contains(names.Persons, p => p.Text == person);
    }

    [Fact]
    public void A_court_master_before_a_surname_is_cut()
    {
        const string text = "The claim was heard before Master Kaye on Monday.";
        NameMentions names = NameLinker.Link(Document.Create(text), [AcronymLinkingTests.Recognized(text, "Master Kaye", NameType.Person)]);
        Assert.Contains(names.Persons, p => p.Text == "Kaye");
    }

    [Fact]
    public void A_closing_head_in_a_title_case_headline_does_not_close_a_body()
    {
        ExtractionResult result = News.Extract("Bus and Rail Services Cut in Budget Squeeze");
        Assert.DoesNotContain(result.Mentions, m => m.Kind == MentionKind.Organization && m.Text == "Bus and Rail Services");
    }

    [Fact]
    public void A_closing_head_in_prose_still_closes_a_body()
    {
        ExtractionResult result = News.Extract("Members of the Culture, Media and Sport Committee questioned the chief executive.");
        Assert.Contains(result.Mentions, m => m.Kind == MentionKind.Organization && m.Text.EndsWith("Culture, Media and Sport Committee", StringComparison.Ordinal));
    }
}
