using Tidings.Names;
using Tidings.Recognition;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 31 (names31b): public bodies named by an enumeration of their portfolios, and seats of government
/// that act (examples written for these tests).</summary>
public sealed class Session31bNameTests
{
    [Theory]
    [InlineData("A spokesperson for the Department for Transport, Housing and Local Government said the plan was sound.", "Department for Transport, Housing and Local Government")]
    [InlineData("The Ministry of Agriculture, Forestry and Fisheries will publish its figures on Monday.", "Ministry of Agriculture, Forestry and Fisheries")]
    [InlineData("Members of the Senate Energy, Science and Transportation Committee questioned the nominee.", "Senate Energy, Science and Transportation Committee")]
    [InlineData("Staff at HM Courts and Tribunals Service were told of the changes.", "HM Courts and Tribunals Service")]
    [InlineData("The rules are set by the Bureau of Alcohol, Tobacco, Firearms and Explosives in Washington.", "Bureau of Alcohol, Tobacco, Firearms and Explosives")]
    public void A_body_named_by_its_portfolios_is_one_organization(string text, string body)
    {
        ExtractionResult result = News.Extract(text);
        Assert.True(result.Mentions.Any(m => m.Kind == MentionKind.Organization && m.Text == body),
            string.Join(" | ", result.Mentions.Select(m => $"{m.Kind}:{m.Text}")));
    }

    [Theory]
    [InlineData("The Department for Education and Health Secretary Wes Streeting met on Tuesday.", "Department for Education and Health")]
    [InlineData("Officials from Treasury, Energy and Home Office teams met.", "Treasury, Energy and Home Office")]
    public void An_enumeration_that_runs_on_into_another_name_is_not_joined(string text, string joined)
    {
        ExtractionResult result = News.Extract(text);
        Assert.DoesNotContain(result.Mentions, m => m.Text == joined);
    }

    [Fact]
    public void A_seat_of_government_that_speaks_is_the_institution()
    {
        const string text = "Tourists queued in the rain. Downing Street said the talks would go on.";
        int at = text.IndexOf("Downing", StringComparison.Ordinal);
        NameMentions names = NameLinker.Link(Document.Create(text), [AcronymLinkingTests.Recognized(text, "Downing Street", NameType.Place)]);
        Assert.Contains(names.Organizations, m => m.Text == "Downing Street" && m.Start == at);
    }

    [Fact]
    public void A_seat_of_government_as_a_building_stays_a_place()
    {
        const string text = "Protesters gathered outside Downing Street on Friday.";
        NameMentions names = NameLinker.Link(Document.Create(text), [AcronymLinkingTests.Recognized(text, "Downing Street", NameType.Place)]);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Downing Street");
    }
}
