using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Foreign place names the gazetteer knows whole, which the recognizer may take for persons (session 20,
/// names20b; examples written for these tests).</summary>
public sealed class KnownPlaceTests
{
    [Fact]
    public void A_region_the_gazetteer_knows_is_no_person()
    {
        const string text = "Coffee growers said frost had hit farms across Minas Gerais and Espirito Santo this week.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Persons, m => m.Text is "Minas Gerais" or "Espirito Santo");
    }

    [Fact]
    public void A_city_the_gazetteer_knows_is_no_person()
    {
        const string text = "The airline added three weekly flights from Seoul to Nha Trang, the carrier said on Monday.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Persons, m => m.Text == "Nha Trang");
    }

    [Fact]
    public void A_person_after_a_title_stays_a_person()
    {
        const string text = "Mayor Paul Smith opened the new bridge on Friday, and Smith said traffic would ease.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Persons, m => m.Text == "Paul Smith");
    }
}
