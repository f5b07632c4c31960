using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Names the linker reads from the words around them (session 16; examples written for these tests): a
/// headline in title case read by the body's names, venues as places, and groups named by a group noun, an
/// apposition or a leader.</summary>
public sealed class NameHeadlineVenueTests
{
    [Fact]
    public void A_title_case_headline_is_read_by_the_names_of_the_body()
    {
        const string text = "Norvane Halts Buyback, Cuts 10% of Staff as Orders Slide\n"
            + "Norvane shares fell 12% on Tuesday after the chipmaker said it would cut about 4,000 jobs.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "Norvane" && m.Start == 0);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains("Halts", StringComparison.Ordinal) || m.Text == "Cuts");
    }

    [Fact]
    public void A_venue_after_at_is_a_place()
    {
        const string text = "The Hornets, owned by a group of investors, play their home games at Fenwick Center in Leeds.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Places, m => m.Text == "Fenwick Center");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Fenwick Center");
    }

    [Fact]
    public void A_name_before_a_group_noun_or_after_a_party_and_a_comma_is_an_organization()
    {
        const string grouped = "It was a blow to Prime Minister Anwar Ibrahim's Rakyat Bersatu coalition, analysts said.";
        NameShapeTests.AssertOrganization(News.Names(grouped), grouped, "Rakyat Bersatu");

        const string apposed = "The film star held the first rally of his new party, Makkal Nalam Kazhagam, near Madurai on Sunday.";
        NameShapeTests.AssertOrganization(News.Names(apposed), apposed, "Makkal Nalam Kazhagam");
    }

    [Fact]
    public void Two_names_after_a_plural_group_noun_split_at_and()
    {
        const string text = "Campaign groups Parents for Fairness and Rising Voices USA held rallies in Ohio on Saturday.";
        NameMentions names = News.Names(text);
        NameShapeTests.AssertOrganization(names, text, "Parents for Fairness");
        NameShapeTests.AssertOrganization(names, text, "Rising Voices USA");
    }

    [Fact]
    public void A_person_in_a_gapped_clause_after_an_organization_stays_a_person()
    {
        const string text = "Abebe Kebede signed for the OLF and Tesfaye Alemu for the government, officials said.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Tesfaye Alemu");
    }

    [Fact]
    public void A_short_title_case_headline_ends_a_name_before_its_verb()
    {
        const string text = "Zentro Plans Paris Listing\nZentro, the Seoul payments firm, hired banks for the listing, the company said.\n";
        NameMentions names = News.Names(text);
        Assert.Equal(2, names.Organizations.Count(m => m.Text == "Zentro"));
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains("Plans", StringComparison.Ordinal));
    }
}
