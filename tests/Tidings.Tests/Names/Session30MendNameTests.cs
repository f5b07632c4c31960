using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Mends to names30b's legal forms and line-ups from review 30d (session 30, mend30e; examples written for these
/// tests).</summary>
public sealed class Session30MendNameTests
{
    [Theory]
    [InlineData("Starters: soup, salad, bread and olives.")]
    [InlineData("Subs: soup, salad, bread and olives.")]
    public void A_line_up_makes_no_persons_of_lower_case_words(string text)
    {
        NameMentions names = News.Names(text);
        Assert.Empty(names.Persons);
    }

    [Theory]
    [InlineData("Glastonbury's line-up: Coldplay, Dua Lipa, Fontaines D.C. and Burna Boy.", "Coldplay")]
    [InlineData("The agency's client roster: Google, Amazon, Meta and Apple.", "Google")]
    [InlineData("The agency's client roster: Google, Amazon, Meta and Apple.", "Amazon")]
    public void An_ordinary_heading_word_alone_makes_no_line_up(string text, string name)
    {
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Persons, m => m.Text == name);
    }

    [Theory]
    [InlineData("The Microsoft SE Asia head resigned on Monday.", "Microsoft SE")]
    [InlineData("Harry Kane Limited To Bench Role", "Harry Kane Limited")]
    public void Words_that_only_look_like_a_legal_form_do_not_join_the_name(string text, string joined)
    {
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == joined);
    }

    [Fact]
    public void A_name_in_capitals_in_ordinary_text_takes_its_form()
    {
        const string text = "DNB ASA reported higher profit on Tuesday, and ADNOC PJSC said it would expand.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "DNB ASA");
        Assert.Contains(names.Organizations, m => m.Text == "ADNOC PJSC");
    }

    [Fact]
    public void A_bare_form_does_not_swallow_a_place_before_it()
    {
        const string text = "New York AG Letitia James sued the company on Tuesday.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "New York AG");
    }
}
