using Tidings.Names;
using Tidings.Recognition;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 33 (names33b): names coordinated before a shared lower-case head ("the Whig and Liberal parties",
/// "Durham and Cleveland police") places whose own name holds "and"; owners run into the titles of their reports (examples written for these tests).</summary>
public sealed class Session33bNameTests
{
    [Fact]
    public void Names_before_a_shared_party_head_are_each_an_organization()
    {
        const string text = "Officials of the Whig and Liberal parties met on Tuesday.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Org(text, "Whig and Liberal parties")]);
        Assert.Contains(names.Organizations, m => m.Text == "Whig");
        Assert.Contains(names.Organizations, m => m.Text == "Liberal");
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains("parties", StringComparison.Ordinal));
    }

    [Fact]
    public void Cities_before_a_shared_university_head_are_the_universities()
    {
        const string text = "Researchers at the Leeds, York and Durham universities said the grant was cut.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Loc(text, "Leeds"), Loc(text, "York"), Loc(text, "Durham")]);
        Assert.Contains(names.Organizations, m => m.Text == "Leeds");
        Assert.Contains(names.Organizations, m => m.Text == "York");
        Assert.Contains(names.Organizations, m => m.Text == "Durham");
    }

    [Fact]
    public void Places_before_a_shared_police_head_stay_places_and_nationalities_give_nothing()
    {
        const string text = "Officers from the Durham and Cumbria police joined. The Danish and Swedish governments agreed.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Org(text, "Durham"), Org(text, "Cumbria"), Org(text, "Danish and Swedish")]);
        Assert.Contains(names.Places, m => m.Text == "Durham");
        Assert.Contains(names.Places, m => m.Text == "Cumbria");
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains("Danish", StringComparison.Ordinal));
    }

    [Fact]
    public void A_single_name_with_and_before_no_shared_head_is_left_alone()
    {
        const string text = "Slaughter and May advised the buyer.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Org(text, "Slaughter and May")]);
        Assert.Contains(names.Organizations, m => m.Text == "Slaughter and May");
    }

    [Fact]
    public void A_country_named_with_and_is_one_place()
    {
        const string text = "Talks in Bosnia and Herzegovina resumed on Monday.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Loc(text, "Bosnia"), Loc(text, "Herzegovina")]);
        Assert.Contains(names.Places, m => m.Text == "Bosnia and Herzegovina");
    }

    [Fact]
    public void An_owner_run_into_its_report_title_is_cut_back_to_its_name()
    {
        const string text = "The Harbury Institute Global Media Report found trust fell. The KDB Living Costs Outlook was bleak.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Org(text, "Harbury Institute Global Media Report"), Org(text, "KDB Living Costs Outlook")]);
        Assert.Contains(names.Organizations, m => m.Text == "Harbury Institute");
        Assert.Contains(names.Organizations, m => m.Text == "KDB");
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains("Report", StringComparison.Ordinal) || m.Text.Contains("Outlook", StringComparison.Ordinal));
    }

    [Fact]
    public void An_organization_whose_name_ends_in_a_title_word_with_no_owner_inside_stays_whole()
    {
        const string text = "The Drudge Report linked to the story.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Org(text, "Drudge Report")]);
        Assert.Contains(names.Organizations, m => m.Text == "Drudge Report");
    }

    // Review 33n F1: a list after "the clubs/companies" whose verb ends the clause or takes an adverbial is a relative
    // clause's subject, so its persons stay persons.
    [Theory]
    [InlineData("He compared the clubs Messi, Ronaldo and Neymar joined.", "Neymar")]
    [InlineData("He compared the teams Messi, Ronaldo and Neymar left behind.", "Ronaldo")]
    [InlineData("Fans recalled the clubs Lionel Messi, Cristiano Ronaldo and Neymar joined.", "Lionel Messi")]
    [InlineData("Pundits ranked the clubs Harry Kane, Jude Bellingham and Declan Rice joined last summer.", "Declan Rice")]
    public void Persons_in_a_relative_clause_after_a_plural_noun_stay_persons(string text, string name) =>
        Assert.DoesNotContain(NameExtractor.Default.Extract(Document.Create(text)).Organizations, m => m.Text == name);

    private static RecognizedName Org(string text, string name) => AcronymLinkingTests.Recognized(text, name, NameType.Organization);

    private static RecognizedName Loc(string text, string name) => AcronymLinkingTests.Recognized(text, name, NameType.Place);
}
