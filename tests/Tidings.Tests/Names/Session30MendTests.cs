using Tidings.Names;
using Tidings.Recognition;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 30 (mend30a, after review30a of names30): glued party letters never throw nor invent names,
/// product numbers and dates are no name tails, only a verb or an owner's "'s" says a listed person acts, and pieces cut
/// at a paragraph break lose their punctuation (examples written for these tests).</summary>
public sealed class Session30MendTests
{
    /// <summary>A found name holding words before the glued short name keeps them as a name of their own, without
    /// writing past the names (this threw <c>ArgumentOutOfRangeException</c>).</summary>
    [Theory]
    [InlineData("The BJP & JD(U) alliance won.", "BJP & JD(U)", "BJP", false)]
    [InlineData("Friends of JD(U) met.", "Friends of JD(U)", "Friends", false)]
    [InlineData("The BJP & JD(U) alliance beat Congress.", "BJP & JD(U)", "BJP", true)]
    [InlineData("Friends of JD(U) met Congress.", "Friends of JD(U)", "Friends", true)]
    public void Words_before_a_glued_party_stay_a_name_of_their_own(string text, string found, string before, bool congress)
    {
        List<RecognizedName> names = [AcronymLinkingTests.Recognized(text, found, NameType.Organization)];
        if (congress)
        {
            names.Add(AcronymLinkingTests.Recognized(text, "Congress", NameType.Organization));
        }

        NameMentions linked = NameLinker.Link(Document.Create(text), [.. names.OrderBy(n => n.FirstToken)]);
        string all = string.Join(" | ", linked.Organizations.Select(m => m.Text));
        Assert.True(linked.Organizations.Any(m => m.Text == "JD(U)"), all);
        Assert.True(linked.Organizations.Any(m => m.Text == before), all);
        Assert.True(!congress || linked.Organizations.Any(m => m.Text == "Congress"), all);
    }

    [Theory]
    [InlineData("The BJP & JD(U) alliance won.")]
    [InlineData("Friends of JD(U) met.")]
    [InlineData("Friends of JD(U) met Congress leaders in Patna.")]
    public void Glued_party_letters_never_throw(string text)
    {
        _ = News.Extract(text);
        _ = NameExtractor.Default.Extract(Document.Create(text));
    }

    /// <summary>Trademark and plural marks, and words no name was found on, make no organization.</summary>
    [Theory]
    [InlineData("NAME(S) OF VICTIM(S): JOHN SMITH")]
    [InlineData("Sales of IBM(R) servers rose.")]
    [InlineData("The XBOX(TM) console sold well.")]
    public void Glued_marks_and_unfound_words_make_no_organization(string text)
    {
        ExtractionResult result = News.Extract(text);
        Assert.DoesNotContain(result.Mentions, m => m.Text.EndsWith(')') && m.Text.Contains('(', StringComparison.Ordinal));
    }

    [Fact]
    public void A_trademark_mark_is_not_taken_into_a_found_name()
    {
        const string text = "The XBOX(TM) console sold well.";
        NameMentions names = NameLinker.Link(Document.Create(text), [AcronymLinkingTests.Recognized(text, "XBOX", NameType.Miscellaneous)]);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains("(TM)", StringComparison.Ordinal));
    }

    /// <summary>A listed maker's number is its product, not part of its name.</summary>
    [Fact]
    public void A_model_number_after_a_listed_maker_is_no_name_tail()
    {
        const string text = "It ordered jets from Airbus, Embraer and Boeing 737.";
        NameMentions names = NameLinker.Link(Document.Create(text), [Org(text, "Airbus"), Org(text, "Embraer"), Org(text, "Boeing")]);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Boeing 737");
        Assert.DoesNotContain(News.Extract("The airline flies the Airbus A350 and Boeing 777.").Mentions, m => m.Text == "Boeing 777");
    }

    /// <summary>A date elsewhere in the sentence is no tally.</summary>
    [Theory]
    [InlineData("On 12 March the brokers Robinhood, AJ Bell, Trading 212 and Freetrade cut fees.")]
    [InlineData("The brokers Robinhood, AJ Bell, Trading 212 and Freetrade cut fees by 5% on 12 March.")]
    public void A_date_in_the_sentence_leaves_a_listed_name_its_number(string text)
    {
        NameMentions names = NameLinker.Link(Document.Create(text),
            [Org(text, "Robinhood"), Org(text, "AJ Bell"), Org(text, "Trading"), Org(text, "Freetrade")]);
        Assert.True(names.Organizations.Any(m => m.Text == "Trading 212"), string.Join(" | ", names.Organizations.Select(m => m.Text)));
    }

    /// <summary>What follows the list ("in March") does not decide whether its firms are firms.</summary>
    [Theory]
    [InlineData("Contracts went to Balfour Beatty, Kier, Costain, Amey, Siemens Mobility, Alstom and Morgan Sindall.")]
    [InlineData("Contracts went to Balfour Beatty, Kier, Costain, Amey, Siemens Mobility, Alstom and Morgan Sindall in March.")]
    public void A_list_of_firms_reads_the_same_whatever_follows(string text)
    {
        NameMentions names = NameLinker.Link(Document.Create(text),
            [Per(text, "Balfour Beatty"), Per(text, "Kier"), Org(text, "Costain"), Org(text, "Amey"), Org(text, "Siemens Mobility"),
             Org(text, "Alstom"), Per(text, "Morgan Sindall")]);
        string all = string.Join(" | ", names.Organizations.Select(m => m.Text));
        Assert.True(names.Organizations.Any(m => m.Text == "Morgan Sindall"), all);
        Assert.True(names.Organizations.Any(m => m.Text == "Kier"), all);
    }

    /// <summary>Pieces of a name cut at a paragraph break lose the punctuation at their ends; a piece of punctuation
    /// alone is dropped.</summary>
    [Theory]
    [InlineData("Acme Holdings (\n\nUK) said profits rose.", "Acme Holdings (\n\nUK)", "Acme Holdings", "UK")]
    [InlineData("Acme Holdings\n\n- Northwind said profits rose.", "Acme Holdings\n\n- Northwind", "Acme Holdings", "Northwind")]
    public void Pieces_cut_at_a_paragraph_lose_their_punctuation(string text, string found, string first, string second)
    {
        NameMentions names = NameLinker.Link(Document.Create(text), [AcronymLinkingTests.Recognized(text, found, NameType.Organization)]);
        string all = string.Join(" | ", names.Organizations.Select(m => m.Text));
        Assert.True(names.Organizations.Any(m => m.Text == first), all);
        Assert.True(names.Organizations.Any(m => m.Text == second), all);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains('(', StringComparison.Ordinal) || m.Text.Contains(')', StringComparison.Ordinal)
            || m.Text.Contains('-', StringComparison.Ordinal));
    }

    /// <summary>A listed name takes in a MISC name right before it whole ("Saudi Aramco"), never a part of one.</summary>
    [Fact]
    public void A_listed_name_takes_in_a_misc_name_whole()
    {
        const string text = "Saudi Aramco raised its dividend.";
        NameMentions names = NameLinker.Link(Document.Create(text),
            [AcronymLinkingTests.Recognized(text, "Saudi", NameType.Miscellaneous), Org(text, "Aramco")]);
        Assert.Contains(names.Organizations, m => m.Text == "Saudi Aramco");
    }

    [Fact]
    public void A_listed_name_never_takes_in_part_of_a_misc_name()
    {
        const string text = "The South Korean Aramco deal was signed.";
        NameMentions names = NameLinker.Link(Document.Create(text),
            [AcronymLinkingTests.Recognized(text, "South Korean", NameType.Miscellaneous), Org(text, "Aramco")]);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Korean Aramco");
    }

    private static RecognizedName Org(string text, string name) => AcronymLinkingTests.Recognized(text, name, NameType.Organization);

    private static RecognizedName Per(string text, string name) => AcronymLinkingTests.Recognized(text, name, NameType.Person);
}
