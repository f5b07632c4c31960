using Tidings.Recognition;
using Tidings.Names;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Acronyms the text defines name every use of the acronym by the long form; surnames are named by the full name.</summary>
public sealed class AcronymLinkingTests
{
    private static NameMentions Names(string text) => NameExtractor.Default.Extract(Document.Create(text));

    [Fact]
    public void A_bracketed_acronym_names_every_use_by_the_long_form()
    {
        const string text = "Members of the Armenian National Committee of America (ANCA) marched. Later ANCA said the march was peaceful, and ANCA’s council agreed.";
        NameMentions names = Names(text);
        var anca = names.Organizations.Where(o => o.Text == "ANCA").ToList();
        Assert.Equal(3, anca.Count);
        Assert.All(anca, o =>
        {
            Assert.Equal("Armenian National Committee of America", o.Name);
            Assert.Equal("ANCA", o.Acronym);
        });
        OrganizationMention full = Assert.Single(names.Organizations, o => o.Text == "Armenian National Committee of America");
        Assert.Equal("ANCA", full.Acronym);
        Assert.Equal(text.IndexOf("Armenian National", StringComparison.Ordinal), full.Start);
    }

    [Fact]
    public void A_long_form_with_lower_case_connectors_is_found_by_its_initials()
    {
        NameMentions names = Names("Staff of the International Organization for Migration (IOM) left, and IOM closed the office.");
        Assert.Contains(names.Organizations, o => o.Text == "International Organization for Migration" && o.Acronym == "IOM");
        Assert.Equal(2, names.Organizations.Count(o => o.Text == "IOM" && o.Name == "International Organization for Migration"));
    }

    [Fact]
    public void A_mixed_case_short_form_links_by_its_capitals()
    {
        NameMentions names = Names("The Turkish Statistical Institute (TurkStat) said prices rose. TurkStat revised its figures.");
        Assert.Equal(2, names.Organizations.Count(o => o.Text == "TurkStat" && o.Name == "Turkish Statistical Institute" && o.Acronym == "TurkStat"));
    }

    [Fact]
    public void Brackets_that_do_not_spell_the_long_form_are_not_acronyms()
    {
        NameMentions names = Names("Shares of Apple Inc. (NASDAQ) rose, while Google Maps (GM) did not.");
        Assert.DoesNotContain(names.Organizations, o => o.Acronym == "NASDAQ");
        Assert.DoesNotContain(names.Organizations, o => o.Acronym == "GM" && o.Name == "Apple Inc.");
    }

    [Fact]
    public void A_place_keeps_its_type_when_it_defines_an_acronym()
    {
        NameMentions names = Names("Oil output in the United Arab Emirates (UAE) rose, and the UAE plans more.");
        Assert.DoesNotContain(names.Organizations, o => o.Text == "UAE");
        Assert.Contains(names.Places, p => p.Text == "UAE" && p.Name == "United Arab Emirates");
    }

    [Fact]
    public void A_later_surname_is_named_by_the_full_name()
    {
        NameMentions names = Names("Prime Minister Nikol Pashinyan spoke in Yerevan. Later, Pashinyan met the president of France.");
        Assert.Contains(names.Persons, p => p.Text == "Pashinyan" && p.Name == "Nikol Pashinyan");
    }

    [Fact]
    public void Names_fold_white_space()
    {
        Assert.Equal("Los Angeles", NameLinkerFold("Los\r\n  Angeles"));
        Assert.Equal("Moscow", NameLinkerFold("Moscow"));
    }

    private static string NameLinkerFold(string text) => NameLinker.Fold(text);

    [Theory]
    [InlineData("On Friday the Congress of Azerbaijanis of Moldova marched.", "Congress of Azerbaijanis", "Moldova", "Congress of Azerbaijanis of Moldova")]
    [InlineData("A letter from the Union of Journalists of Armenia arrived.", "Union of Journalists", "Armenia", "Union of Journalists of Armenia")]
    public void An_organization_of_a_place_is_one_organization(string text, string organization, string place, string expected)
    {
        // The recognizer's output is given, so that the rule is tested apart from any model.
        NameMentions names = NameLinker.Link(Document.Create(text), [Recognized(text, organization, NameType.Organization), Recognized(text, place, NameType.Place)]);
        OrganizationMention joined = Assert.Single(names.Organizations);
        Assert.Equal(expected, joined.Text);
        Assert.Empty(names.Places);
    }

    [Theory]
    [InlineData("The Armenian Foundation of Glendale said it would march.", "Armenian", NameType.Miscellaneous, "Glendale")]
    [InlineData("Police of Moldova said Lopez of Moldova left.", "Lopez", NameType.Person, "Moldova")]
    [InlineData("A REPORT BY REUTERS\n\nof Moldova little was said.", "REUTERS", NameType.Organization, "Moldova")]
    public void Only_an_organization_then_of_then_a_place_in_one_sentence_is_joined(string text, string first, NameType type, string place)
    {
        NameMentions names = NameLinker.Link(Document.Create(text), [Recognized(text, first, type), Recognized(text, place, NameType.Place, last: true)]);
        Assert.Single(names.Places);
    }

    /// <summary>The recognizer's name: the first (or last) occurrence of <paramref name="name"/> in <paramref name="text"/>, typed <paramref name="type"/>.</summary>
    internal static RecognizedName Recognized(string text, string name, NameType type, bool last = false)
    {
        Document document = Document.Create(text);
        int start = last ? text.LastIndexOf(name, StringComparison.Ordinal) : text.IndexOf(name, StringComparison.Ordinal);
        int end = start + name.Length;
        int first = -1, count = 0;
        for (int i = 0; i < document.Tokens.Length; i++)
        {
            if (document.Tokens[i].Start >= start && document.Tokens[i].End <= end)
            {
                first = first < 0 ? i : first;
                count++;
            }
        }

        return new RecognizedName(start, end, type, first, count);
    }
}
