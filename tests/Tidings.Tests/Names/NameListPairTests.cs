using Tidings.Names;
using Tidings.Recognition;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>The last "A and B" of a list of organizations is two names, and names in a line in capitals that the lists
/// know are organizations (session 29, names29; examples written for these tests).</summary>
public sealed class NameListPairTests
{
    [Fact]
    public void The_last_pair_of_a_list_of_organizations_is_two_names()
    {
        const string text = "Housing groups Clarion, Sanctuary, Orbit Homes and Flagstone cut rents.";
        NameMentions names = NameLinker.Link(Document.Create(text),
            [Recognized(text, "Clarion"), Recognized(text, "Sanctuary"), Recognized(text, "Orbit Homes and Flagstone")]);
        Assert.Contains(names.Organizations, m => m.Text == "Orbit Homes");
        Assert.Contains(names.Organizations, m => m.Text == "Flagstone");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Orbit Homes and Flagstone");
    }

    [Fact]
    public void A_body_named_for_its_fields_after_a_comma_stays_one()
    {
        const string text = "The Ministry of Trade, Industry and Energy said exports rose.";
        NameMentions names = NameLinker.Link(Document.Create(text),
            [Recognized(text, "Ministry of Trade"), Recognized(text, "Industry and Energy")]);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Industry");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Energy");
    }

    [Fact]
    public void A_firm_of_two_partners_at_the_end_of_a_list_stays_one()
    {
        const string text = "Advisers were Linklaters, Kirkland, Slater and Gordon.";
        NameMentions names = NameLinker.Link(Document.Create(text),
            [Recognized(text, "Linklaters"), Recognized(text, "Kirkland"), Recognized(text, "Slater and Gordon")]);
        Assert.Contains(names.Organizations, m => m.Text == "Slater and Gordon");
    }

    [Fact]
    public void A_listed_company_in_a_line_in_capitals_is_an_organization()
    {
        NameMentions names = News.Names("BANK RESULTS: BARCLAYS BEATS; LLOYDS MISSES; NATWEST HOLDS; HSBC FLAT");
        Assert.Contains(names.Organizations, m => m.Text == "LLOYDS");
    }

    private static RecognizedName Recognized(string text, string name) =>
        AcronymLinkingTests.Recognized(text, name, NameType.Organization);
}
