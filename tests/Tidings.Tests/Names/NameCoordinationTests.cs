using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Names run across a separator, organizations left out of a list of them, persons taken for organizations,
/// and companies run on from "X-based" (session 22, names22b; examples written for these tests).</summary>
public sealed class NameCoordinationTests
{
    private static IEnumerable<Mention> All(NameMentions names) =>
        names.Organizations.Cast<Mention>().Concat(names.Places).Concat(names.Persons);

    [Theory]
    [InlineData("Regulators fined Corvane Holdings; Brightwell Bank paid a smaller penalty.", "Corvane Holdings", "Brightwell Bank")]
    [InlineData("Lenders named Marrow Capital — Dunlin Partners in the filing.", "Marrow Capital", "Dunlin Partners")]
    public void A_name_never_runs_across_a_semicolon_or_an_em_dash(string text, string left, string right)
    {
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(All(names), m => m.Text.Contains(';', StringComparison.Ordinal) || m.Text.Contains('—', StringComparison.Ordinal));
        Assert.Contains(All(names), m => m.Text == left);
        Assert.Contains(All(names), m => m.Text == right);
    }

    [Fact]
    public void A_word_listed_with_an_organization_is_one()
    {
        const string text = "The start-up raised money from Sequoia Capital and Quillor in a round that valued it at $2 billion.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "Quillor");
    }

    [Fact]
    public void A_place_listed_with_an_organization_stays_a_place()
    {
        const string text = "The company sells through Walmart and in Canada, Mexico and Brazil.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text is "Canada" or "Mexico" or "Brazil");
    }

    [Theory]
    [InlineData("Maria Okafor, who ran Deltamar Foods for a decade, died on Sunday.", "Maria Okafor")]
    [InlineData("Peter Vannak's United Progress Party won the most seats in the vote.", "Peter Vannak")]
    public void An_organization_read_as_a_person_by_the_words_around_it_is_a_person(string text, string person)
    {
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == person);
    }

    [Fact]
    public void A_one_word_person_in_a_list_of_organizations_is_one()
    {
        const string text = "Revolut, Monzo, Tandaro and Melina all raised money this year.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "Melina");
        Assert.DoesNotContain(names.Persons, m => m.Text == "Melina");
    }

    [Fact]
    public void A_company_run_on_from_a_place_based_word_keeps_its_own_name()
    {
        const string text = "Kyiv-based Orvantis raised $10 million from local investors.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Places, m => m.Text == "Kyiv");
        Assert.Contains(names.Organizations, m => m.Text == "Orvantis");
    }
}
