using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Datelines, bylines, credit lines and photo credits: the city a place, the agency an organization, the
/// reporter or photographer a person, whatever the recognizer said of those words.</summary>
public sealed class DatelineTests
{
    private static (string Kind, string Text)[] Names(string text)
    {
        NameMentions names = News.Names(text);
        return [.. names.Organizations.Select(m => ("organization", m.Text))
            .Concat(names.Places.Select(m => ("place", m.Text)))
            .Concat(names.Persons.Select(m => ("person", m.Text)))];
    }

    [Theory]
    [InlineData("ANKARA (Reuters) - Turkey's central bank raised rates on Thursday.", "ANKARA", "Reuters")]
    [InlineData("SAN FRANCISCO, May 4 (Reuters) - Shares of the company fell.", "SAN FRANCISCO", "Reuters")]
    [InlineData("Headline here\nKYIV, Ukraine (AP) — Officials said on Monday that power was restored.", "KYIV", "AP")]
    [InlineData("NEW DELHI (Reuters) - India's economy grew.", "NEW DELHI", "Reuters")]
    public void A_dateline_is_a_place_and_an_agency(string text, string city, string agency)
    {
        var names = Names(text);
        Assert.Contains(("place", city), names);
        Assert.Contains(("organization", agency), names);
        Assert.DoesNotContain(names, n => n.Kind != "place" && n.Text.Contains(city, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("KISUMU - The county government closed two markets after the floods.", "KISUMU")]
    [InlineData("MOOSONEE, Ontario - Ferry service to the island resumed on Friday.", "MOOSONEE")]
    [InlineData("SANTA CRUZ DE TENERIFE - Harbour workers went on strike.", "SANTA CRUZ DE TENERIFE")]
    [InlineData("KOUROU (AFP) - The rocket lifted off before dawn.", "KOUROU")]
    public void A_city_in_capitals_before_a_dash_is_a_place_even_when_no_list_knows_it(string text, string city)
    {
        var names = Names(text);
        Assert.Contains(("place", city), names);
        Assert.DoesNotContain(names, n => n.Kind != "place" && n.Text.Contains(city, StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_in_capitals_before_a_dash_is_no_dateline()
    {
        var names = Names("SOCCER - ENGLISH PREMIER LEAGUE RESULTS\nArsenal beat Chelsea 2-1 on Saturday.");
        Assert.DoesNotContain(names, n => n.Text == "SOCCER");
    }

    [Fact]
    public void A_region_after_the_city_is_a_place_too()
    {
        var names = Names("KYIV, Ukraine (AP) — Officials said power was restored.");
        Assert.Contains(("place", "Ukraine"), names);
    }

    [Fact]
    public void Credit_lines_name_persons_and_the_place_of_reporting()
    {
        var names = Names("The talks ended without a deal.\n(Reporting by Jane Smith in London; Editing by Mark Potter)");
        Assert.Contains(("person", "Jane Smith"), names);
        Assert.Contains(("place", "London"), names);
        Assert.Contains(("person", "Mark Potter"), names);
    }

    [Fact]
    public void A_byline_names_its_author()
    {
        var names = Names("By Kalea Hall\nDETROIT (Reuters) - The carmaker cut prices.");
        Assert.Contains(("person", "Kalea Hall"), names);
        Assert.Contains(("place", "DETROIT"), names);
    }

    [Theory]
    [InlineData("A worker walks past the plant. REUTERS/Dado Ruvic", "REUTERS", "Dado Ruvic")]
    [InlineData("Protesters gather in the square. Photo: Emilio Morenatti/AP", "AP", "Emilio Morenatti")]
    public void A_photo_credit_is_an_agency_and_a_photographer(string text, string agency, string photographer)
    {
        var names = Names(text);
        Assert.Contains(("organization", agency), names);
        Assert.Contains(("person", photographer), names);
    }

    [Fact]
    public void Offsets_are_exact_and_nothing_overlaps()
    {
        string text = "WASHINGTON, Jan 6 (Reuters) - Lawmakers met. REUTERS/Evelyn Hockstein\n(Reporting by David Morgan; Editing by Scott Malone)";
        NameMentions names = News.Names(text);
        var all = names.Organizations.Cast<Mention>().Concat(names.Places).Concat(names.Persons).OrderBy(m => m.Start).ToList();
        foreach (Mention m in all)
        {
            Assert.Equal(m.Text, text[m.Start..m.End]);
        }

        for (int i = 1; i < all.Count; i++)
        {
            Assert.True(all[i - 1].End <= all[i].Start, $"{all[i - 1].Text} overlaps {all[i].Text}");
        }
    }
}
