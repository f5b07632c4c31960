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
}
