using Tidings.Names;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Edges of names in tables, calendars, lists and headlines (session 28): a glued price or a bracketed day is no
/// part of the name before it, two headed organizations joined by "and" are two, and a capitalised preposition makes a
/// short segment a title-case headline.</summary>
public sealed class NameTableEdgeTests
{
    private static NameMentions Names(string text) => NameExtractor.Default.Extract(Document.Create(text));

    private static IEnumerable<string> All(NameMentions names) =>
        names.Organizations.Select(o => o.Text).Concat(names.Persons.Select(p => p.Text)).Concat(names.Places.Select(p => p.Text));

    [Fact]
    public void A_code_that_is_no_currency_stays_in_the_name()
    {
        NameMentions names = Names("Shares of Jet2 and Team17 rose on Monday after both companies raised guidance.");
        Assert.DoesNotContain(names.Organizations, o => o.Text is "Jet" or "Team");
    }

    [Fact]
    public void A_capitalised_preposition_makes_a_short_segment_a_headline()
    {
        NameMentions names = Names("Think-Tank Watch: Brookings On Housing; Bruegel On Tariffs");
        Assert.DoesNotContain(All(names), n => n.Contains(" On ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_entry_dated_by_a_weekday_is_a_company()
    {
        NameMentions names = Names("Results due: Tesco (Thu), Halma (Thu), Wizz Air (Wed), Berkeley Group (Fri).");
        Assert.Empty(names.Persons);
        Assert.Contains(names.Organizations, o => o.Text == "Tesco");
    }

    [Theory]
    [InlineData("The Department of Health and Human Services said on Tuesday it would review the rule.", "Human Services")]
    [InlineData("Lecturers in the University and College Union voted to strike at 42 universities.", "College Union")]
    [InlineData("Members of the Association of Dockworkers and Harbour Union walked out in Durban on Monday.", "Harbour Union")]
    public void A_head_shared_over_and_keeps_one_body(string text, string part) =>
        Assert.DoesNotContain(Names(text).Organizations, o => o.Text == part);

    [Theory]
    [InlineData("Nairobi close: Tamu Holdings KSh42.25; Baraka Group KSh18.30; Jamii Bank KSh7.10.", "KSh", "Tamu Holdings")]
    [InlineData("Nairobi close: Tamu Holdings KSh42.25; Baraka Group KSh18.30; Jamii Bank KSh7.10.", "KSh", "Jamii Bank")]
    [InlineData("Johannesburg movers: Standard Bank R221 (-0.3%); Old Mutual R12,40 (+0.1%).", "R221", "Standard Bank")]
    [InlineData("Retail results due this week: Home Depot (Tue), Lowe's (Wed), Best Buy (Thu), Dollar Tree (Fri).", "(", "Home Depot")]
    [InlineData("Retail results due this week: Home Depot (Tue), Lowe's (Wed), Best Buy (Thu), Dollar Tree (Fri).", "(", "Best Buy")]
    public void A_table_entry_ends_before_its_price_or_day(string text, string tail, string entry)
    {
        NameMentions names = Names(text);
        Assert.DoesNotContain(All(names), n => n.Contains(tail, StringComparison.Ordinal));
        Assert.Contains(names.Organizations, o => o.Text == entry);
    }

    [Theory]
    [InlineData("Scientists at the Kellerman Institute and Ashdown Research Institute published the results on Friday.", "Ashdown Research Institute")]
    [InlineData("The British Chambers of Commerce and the Federation of Small Businesses both warned about costs.", "British Chambers of Commerce")]
    [InlineData("The British Chambers of Commerce and the Federation of Small Businesses both warned about costs.", "Federation of Small Businesses")]
    public void Two_headed_bodies_joined_by_and_are_two(string text, string body)
    {
        NameMentions names = Names(text);
        Assert.DoesNotContain(names.Organizations, o => o.Text.Contains(" and ", StringComparison.Ordinal));
        Assert.Contains(names.Organizations, o => o.Text == body);
    }
}
