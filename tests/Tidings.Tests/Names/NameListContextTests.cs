using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Names the linker types from the list or credit they stand in (session 18, names18r; examples written for
/// these tests): photo credits of the "AP Photo/Name" kind, lists after "firms including", families named by two
/// surnames, businesses located by "of" and a country, and works of infrastructure.</summary>
public sealed class NameListContextTests
{
    [Fact]
    public void An_agency_photo_credit_gives_the_agency_and_the_photographer()
    {
        const string text = "Residents queue for water in the city on Tuesday. (AP Photo/Tomas Kerrigan)";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "AP");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "AP Photo");
    }

    [Fact]
    public void The_hague_keeps_its_article_inside_a_sentence()
    {
        const string text = "The former president was flown to The Hague on Wednesday to face charges.";
        Assert.Contains(News.Names(text).Places, m => m.Text == "The Hague");
    }

    [Fact]
    public void Names_after_firms_including_are_organizations()
    {
        const string text = "Several U.S. law firms, including Harlan Brandt and Carver Lund, pay trainees more.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Persons, m => m.Text == "Harlan Brandt");
        Assert.DoesNotContain(names.Persons, m => m.Text == "Carver Lund");
    }

    [Fact]
    public void Names_listed_after_a_heading_of_firms_and_a_colon_are_organizations()
    {
        const string text = "Mexican start-ups that closed rounds in May: Clara, Kovi, Nelo, Tomas Ruiz and Jeeves. Investors said rounds were smaller.";
        NameMentions names = News.Names(text);
        Assert.Empty(names.Persons);
        Assert.Contains(names.Organizations, m => m.Text == "Clara");
        Assert.Contains(names.Organizations, m => m.Text == "Tomas Ruiz");
    }

    [Fact]
    public void A_business_group_of_a_country_is_the_business_then_the_place()
    {
        const string text = "The cement plant, now owned by Amsons Group of Tanzania, closed a kiln last year.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "Amsons Group");
        Assert.Contains(names.Places, m => m.Text == "Tanzania");
    }

    [Fact]
    public void A_pipeline_is_a_place()
    {
        const string text = "Protesters camped for months beside the Dakota Access Pipeline in North Dakota.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Dakota Access Pipeline");
    }
}
