using Tidings.Names;
using Tidings.Recognition;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 30 (names30): no name across a paragraph break, party letters glued to a short name, numbers that
/// end a listed name, firms named for people in long lists of firms, and a nationality a listed name takes in (examples
/// written for these tests).</summary>
public sealed class Session30NameTests
{
    /// <summary>The counterexample FsCheck found for <c>Paragraph_prefix_shifts_every_pipeline_mention</c>: a blank
    /// line holding a space ends the paragraph, and no mention may run across it.</summary>
    [Theory]
    [InlineData("\U0001F600 \U0001D400\n \nSeNer 1.Rute")]
    [InlineData("\U0001F600 \U0001D400\n\nSeNer 1.Rute")]
    [InlineData("Acme\r\n \r\nHoldings said it would cut jobs.")]
    [InlineData("ACME\n\t\nHOLDINGS SAID")]
    public void No_mention_runs_across_a_blank_line(string text)
    {
        ExtractionResult result = News.Extract(text);
        int blank = BlankLineEnd(text);
        Assert.All(result.Mentions, m => Assert.False(m.Start < blank && m.End > blank, $"\"{m.Text}\" runs across the blank line"));
    }

    /// <summary>At the linker: whatever joined the parts, the name is cut at the paragraph break.</summary>
    [Fact]
    public void A_recognized_name_across_a_blank_line_is_cut_into_its_parts()
    {
        const string text = "Northwind\n \nTraders said profits rose.";
        NameMentions names = NameLinker.Link(Document.Create(text), [AcronymLinkingTests.Recognized(text, "Northwind\n \nTraders", NameType.Organization)]);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains('\n', StringComparison.Ordinal));
        Assert.Contains(names.Organizations, m => m.Text == "Northwind");
        Assert.Contains(names.Organizations, m => m.Text == "Traders");
    }

    [Theory]
    [InlineData("In Bihar, the alliance of the BJP and JD(U) won 202 seats.", "JD", "U", "JD(U)")]
    [InlineData("The CPI(M) and the Congress shared seats in Tamil Nadu.", "M", null, "CPI(M)")]
    [InlineData("BJP FALLS SHORT, NEEDS TDP AND JD(U) TO GOVERN", "U", null, "JD(U)")]
    public void Party_letters_glued_to_a_short_name_are_one_organization(string text, string part, string? other, string party)
    {
        List<RecognizedName> found = [AcronymLinkingTests.Recognized(text, part, NameType.Organization, last: part.Length == 1)];
        if (other is not null)
        {
            found.Add(AcronymLinkingTests.Recognized(text, other, NameType.Organization, last: true));
        }

        NameMentions names = NameLinker.Link(Document.Create(text), [.. found.OrderBy(n => n.FirstToken)]);
        Assert.True(names.Organizations.Any(m => m.Text == party), string.Join(" | ", names.Organizations.Select(m => m.Text)));
        Assert.DoesNotContain(names.Organizations, m => m.Text is "U" or "M");
    }

    [Fact]
    public void A_number_closing_an_item_of_a_list_belongs_to_the_name()
    {
        const string text = "Retail brokers: Robinhood, AJ Bell, Trading 212, Freetrade and Degiro.";
        NameMentions names = NameLinker.Link(Document.Create(text),
            [Org(text, "Robinhood"), Org(text, "AJ Bell"), Org(text, "Trading"), Org(text, "Freetrade"), Org(text, "Degiro")]);
        Assert.Contains(names.Organizations, m => m.Text == "Trading 212");
    }

    /// <summary>Another number in the sentence makes the numbers a tally written as prose.</summary>
    [Theory]
    [InlineData("The Partido Popular won 137 seats and Vox 33, but the PSOE governs.", "Partido Popular", "Vox")]
    [InlineData("The AfD holds 152; Die Linke 64; the SSW one.", "AfD", "Die Linke")]
    public void A_number_in_a_tally_stays_apart(string text, string first, string second)
    {
        NameMentions names = NameLinker.Link(Document.Create(text), [Org(text, first), Org(text, second)]);
        Assert.Contains(names.Organizations, m => m.Text == second);
    }

    [Fact]
    public void Firms_named_for_people_in_a_long_list_of_firms_are_organizations()
    {
        const string text = "Contracts went to Balfour Beatty, Kier, Morgan Sindall, Costain, Amey, Siemens Mobility, Alstom and Mott MacDonald.";
        NameMentions names = NameLinker.Link(Document.Create(text),
            [Per(text, "Balfour Beatty"), Per(text, "Kier"), Per(text, "Morgan Sindall"), Org(text, "Costain"), Org(text, "Amey"),
             Org(text, "Siemens Mobility"), Org(text, "Alstom"), Per(text, "Mott MacDonald")]);
        Assert.Contains(names.Organizations, m => m.Text == "Morgan Sindall");
        Assert.Contains(names.Organizations, m => m.Text == "Kier");
        Assert.Contains(names.Organizations, m => m.Text == "Mott MacDonald");
    }

    /// <summary>A person who goes on to act after the list is a person, and so is every person of that list.</summary>
    [Fact]
    public void A_person_acting_after_a_list_of_firms_stays_a_person()
    {
        const string text = "Berkshire raised its stakes in Mitsui & Co, Itochu, Marubeni and Sumitomo Corp, Warren Buffett wrote.";
        NameMentions names = NameLinker.Link(Document.Create(text),
            [Org(text, "Berkshire"), Org(text, "Mitsui & Co"), Org(text, "Itochu"), Org(text, "Marubeni"), Org(text, "Sumitomo Corp"), Per(text, "Warren Buffett")]);
        Assert.Contains(names.Persons, m => m.Text == "Warren Buffett");
    }

    private static int BlankLineEnd(string text)
    {
        int first = text.IndexOf('\n', StringComparison.Ordinal);
        return text.IndexOf('\n', first + 1);
    }

    private static RecognizedName Org(string text, string name) => AcronymLinkingTests.Recognized(text, name, NameType.Organization);

    private static RecognizedName Per(string text, string name) => AcronymLinkingTests.Recognized(text, name, NameType.Person);
}
