using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Rivers, pipelines and rail lines named by the noun after them, and bodies named like a place's centre
/// (session 19, names19c; examples written for these tests).</summary>
public sealed class WorksPlaceTests
{
    [Fact]
    public void Names_before_a_plural_river_noun_are_places()
    {
        const string text = "Illegal dredging has silted the Okwero and Tamsa rivers, the ministry said.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text is "Okwero" or "Tamsa");
    }

    [Fact]
    public void A_name_before_pipeline_is_no_organization()
    {
        const string text = "Protesters camped for months along the route of the Marrow Ridge pipeline in 2019.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Marrow Ridge");
    }

    [Fact]
    public void A_centre_named_for_a_country_that_acts_is_an_organization()
    {
        const string text = "Cases rose in the north. The Malawi Genomics Centre began testing samples from clinics on Monday.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Places, m => m.Text.Contains("Genomics", StringComparison.Ordinal));
    }

    [Fact]
    public void A_field_word_opening_a_describing_phrase_is_no_organization()
    {
        const string text = "Markets were calm. Crypto lender Velmora froze withdrawals on Monday, citing a hack.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Crypto");
    }
}
