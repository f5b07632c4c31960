using Tidings.Names;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Review 38n (mend-names38): the objects of headlines in capitals read alone only where the lexicon or the
/// article itself knows the word (F1); tests that fail when the feature they name is gone (F2); a firm listed before the pair outweighs "both" after it (F4).</summary>
public sealed class ReviewMend38nNameTests
{
    private static NameMentions Names(string text) => NameExtractor.Default.Extract(Document.Create(text));

    [Theory]
    [InlineData("MINISTER SIGNS DEAL", "DEAL")]
    [InlineData("PRICES RISE ON HOPE", "HOPE")]
    [InlineData("SHARES FALL IN MARCH", "MARCH")]
    public void A_common_word_alone_after_a_break_of_a_headline_in_capitals_is_no_name(string text, string word)
    {
        NameMentions names = Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == word);
        Assert.DoesNotContain(names.Places, m => m.Text == word);
        Assert.DoesNotContain(names.Persons, m => m.Text == word);
    }

    [Fact]
    public void A_word_alone_in_a_headline_in_capitals_is_read_where_the_article_names_it() =>
        Assert.Contains(Names("TESCO BUYS NEXT\nTesco has agreed to buy Next, the fashion chain, for £3.7bn.").Organizations, m => m.Text == "NEXT");

    [Fact]
    public void A_listed_city_alone_in_a_headline_in_capitals_is_read() =>
        Assert.Contains(Names("FLOODS CUT ROADS TO GLASGOW").Places, m => m.Text == "GLASGOW");

    [Fact]
    public void An_article_dropped_before_a_listed_body_leaves_the_body() =>
        Assert.Contains(Names("FEAR AT THE FED").Organizations, m => m.Text == "FED");

    [Fact]
    public void Two_bodies_of_one_head_over_and_are_both_read()
    {
        NameMentions names = Names("The University of Leeds and University of York signed a research pact.");
        Assert.Contains(names.Organizations, m => m.Text == "University of Leeds");
        Assert.Contains(names.Organizations, m => m.Text == "University of York");
    }

    [Fact]
    public void A_listed_pair_after_a_firm_and_and_is_the_firm_before_both() =>
        Assert.Contains(Names("Unilever and Procter and Gamble both raised prices in the quarter.").Organizations, m => m.Text == "Procter and Gamble");
}
