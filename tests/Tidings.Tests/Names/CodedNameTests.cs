using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Companies whose names are coded with digits (session 27; examples written for these tests, with invented
/// firms where the shape allows): a figure and a word or a capital, a word and a figure, kept as organizations where
/// a firm's verb, a firm's noun or a list of firms stands beside them, and left alone as quantities elsewhere.</summary>
public sealed class CodedNameTests
{
    [Theory]
    [InlineData("9Vault said on Tuesday that quarterly revenue rose 12%.", "9Vault")]
    [InlineData("Shares of 4M rose after the results.", "4M")]
    [InlineData("Analysts expect 5U posted a loss for the year.", "5U")]
    [InlineData("The owner of 6-Elmore rejected the bid as too low.", "6-Elmore")]
    [InlineData("Regulators fined 41andUs for the data breach.", "41andUs")]
    [InlineData("Betting group wager77 posted record revenue on Monday.", "wager77")]
    [InlineData("52crafts, the software firm, filed for bankruptcy in Delaware.", "52crafts")]
    public void A_coded_name_beside_a_firm_s_words_is_an_organization(string text, string name) =>
        NameShapeTests.AssertOrganization(News.Names(text), text, name);

    [Fact]
    public void Coded_names_in_a_list_with_a_firm_are_organizations_one_after_another()
    {
        const string text = "Security firms CrowdStrike, 3Lock, 21vaults and 7x7 all said they saw more attacks.";
        NameMentions names = News.Names(text);
        NameShapeTests.AssertOrganization(names, text, "3Lock");
        NameShapeTests.AssertOrganization(names, text, "21vaults");
        NameShapeTests.AssertOrganization(names, text, "7x7");
    }

    [Theory]
    [InlineData("The 5G rollout said little about prices; 3D printers rose 4% and 4K screens fell.")]
    [InlineData("The company raised 50M in a round and said 10km of track was finished by the 1980s.")]
    [InlineData("A 25-year-old said the 12million figure was wrong; sales fell in the 19th week.")]
    [InlineData("The charity said it raised $3M for the appeal.")]
    public void Quantities_ordinals_and_decades_are_no_coded_names(string text) =>
        Assert.DoesNotContain(News.Names(text).Organizations, m => m.Text.Any(char.IsAsciiDigit));
}
