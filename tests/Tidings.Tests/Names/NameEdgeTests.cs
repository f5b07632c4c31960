using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 19 (names19a; examples written for these tests): no name begins with a symbol or punctuation the
/// recognizer read into it, and firms named like people that the hand-kept lists hold are organizations.</summary>
public sealed class NameEdgeTests
{
    [Theory]
    [InlineData("°Inc estimate 9")]
    [InlineData("4&Inc say to 5")]
    [InlineData("The deal, said &Inc, closed.")]
    [InlineData("Shares of *Vantor Corp fell 3%.")]
    public void No_name_begins_with_a_symbol(string text)
    {
        NameMentions names = News.Names(text);
        foreach ((int start, int end, string span) in names.Organizations.Select(m => (m.Start, m.End, m.Text))
            .Concat(names.Places.Select(m => (m.Start, m.End, m.Text)))
            .Concat(names.Persons.Select(m => (m.Start, m.End, m.Text))))
        {
            Assert.True(char.IsLetterOrDigit(span[0]) || span[0] is '\'' or '\u2019', span);
            Assert.Equal(text[start..end], span);
        }
    }

    [Theory]
    [InlineData("Nir Alon/ Look Press\n\n,Inc said on Monday.")]
    [InlineData("Photo: Acme Press\r\n\r\n, Ltd. shares rose.")]
    [InlineData("Acme Holdings\u2029, Inc. was fined.")]
    public void A_legal_form_after_a_line_break_is_not_joined_to_the_name_before_it(string text)
    {
        int end = text.IndexOfAny(['\n', '\r', '\u2029']);
        NameMentions names = News.Names(text);
        Assert.All(names.Organizations, m => Assert.True(m.End <= end || m.Start > end, m.Text));
    }

    [Fact]
    public void A_symbol_before_a_company_word_leaves_the_word()
    {
        NameMentions names = News.Names("°Inc estimate 9");
        Assert.DoesNotContain(names.Organizations, m => m.Text.StartsWith('°'));
    }

    [Theory]
    [InlineData("Sullivan & Cromwell advised the buyer, while Simpson Thacher acted for the seller.", "Simpson Thacher")]
    [InlineData("Houlihan Lokey is running the sale of the chain's stores.", "Houlihan Lokey")]
    public void A_listed_firm_named_like_a_person_is_an_organization(string text, string firm)
    {
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == firm);
        Assert.DoesNotContain(names.Persons, m => m.Text == firm);
    }
}
