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

    /// <summary>At the linker, with LLOYDS left untagged: only the lists and the cells of the line name it.</summary>
    [Fact]
    public void A_listed_company_in_a_cell_of_a_line_in_capitals_is_linked_as_an_organization()
    {
        const string text = "BANK RESULTS: BARCLAYS BEATS; LLOYDS MISSES; NATWEST HOLDS; HSBC FLAT";
        NameMentions names = NameLinker.Link(Document.Create(text),
            [Recognized(text, "BARCLAYS"), Recognized(text, "NATWEST"), Recognized(text, "HSBC")]);
        Assert.Contains(names.Organizations, m => m.Text == "LLOYDS");
    }

    /// <summary>A cell opens at a separator, a verb of headlines or a share move, not after an auxiliary or adverb; a
    /// cell after a verb is its object and closes only at a separator, so a common word that names a firm (NEXT,
    /// TARGET, SHELL) is no organization there.</summary>
    [Theory]
    [InlineData("WHO IS NEXT?")]
    [InlineData("UK MISSES TARGET")]
    [InlineData("BANKS MISS TARGET AGAIN")]
    [InlineData("PRICES WILL ALSO FALL NEXT YEAR")]
    public void A_word_after_an_auxiliary_or_as_an_object_in_capitals_is_no_listed_company(string text)
    {
        NameMentions names = NameLinker.Link(Document.Create(text), []);
        Assert.DoesNotContain(names.Organizations, m => m.Text is "NEXT" or "TARGET" or "FALL" or "AGAIN");
    }

    /// <summary>One word on each side of "and", neither listed as an organization by itself, is one name after a list.</summary>
    [Theory]
    [InlineData("Insurers include Aviva, Legal and General.", "Aviva", "Legal and General")]
    [InlineData("Buyers were Unilever, Procter and Gamble.", "Unilever", "Procter and Gamble")]
    public void One_unlisted_word_each_side_stays_one_name(string text, string first, string pair)
    {
        NameMentions names = NameLinker.Link(Document.Create(text), [Recognized(text, first), Recognized(text, pair)]);
        Assert.True(names.Organizations.Any(m => m.Text == pair), string.Join(" | ", names.Organizations.Select(m => m.Text)));
    }

    /// <summary>The same word on each side is one name, even where the lists know that word as a firm.</summary>
    [Fact]
    public void The_same_word_each_side_stays_one_name()
    {
        const string text = "Drug makers Pfizer, Johnson and Johnson agreed.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Recognized(text, "Pfizer"), Recognized(text, "Johnson and Johnson")]);
        Assert.Contains(names.Organizations, m => m.Text == "Johnson and Johnson");
    }

    /// <summary>One unlisted word, then words ending in the head of a body named for its fields, which the two share.</summary>
    [Theory]
    [InlineData("Funders were UKRI, Engineering and Physical Sciences Research Council.", "UKRI", "Engineering and Physical Sciences Research Council")]
    [InlineData("Inspectors from Ofsted, Safety and Welfare Board came.", "Ofsted", "Safety and Welfare Board")]
    public void A_body_named_for_two_fields_sharing_a_head_stays_one(string text, string first, string body)
    {
        NameMentions names = NameLinker.Link(Document.Create(text), [Recognized(text, first), Recognized(text, body)]);
        Assert.Contains(names.Organizations, m => m.Text == body);
    }

    /// <summary>The list's own "and" still splits where a side is a listed firm.</summary>
    [Fact]
    public void A_listed_firm_at_the_end_of_a_list_is_split_off()
    {
        const string text = "Shares of Tesco, Sainsbury and Walmart fell.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Recognized(text, "Tesco"), Recognized(text, "Sainsbury and Walmart")]);
        Assert.Contains(names.Organizations, m => m.Text == "Walmart");
    }

    private static RecognizedName Recognized(string text, string name) =>
        AcronymLinkingTests.Recognized(text, name, NameType.Organization);
}
