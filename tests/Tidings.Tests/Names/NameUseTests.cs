using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Organizations known from the name lists and used as organizations, names with "'s", coordinated names,
/// headlines in capitals and places named by a preposition (examples written for these tests).</summary>
public sealed class NameUseTests
{
    [Theory]
    [InlineData("Costco agreed to buy a warehouse operator in Ohio for $200 million.", "Costco")]
    [InlineData("Kroger said sales fell in the quarter as shoppers traded down.", "Kroger")]
    [InlineData("Customers moved their photos to Adobe after the price rise.", "Adobe")]
    public void A_listed_organization_used_as_one_is_an_organization(string text, string name)
    {
        NameMentions names = News.Names(text);
        OrganizationMention mention = Assert.Single(names.Organizations, m => m.Text == name);
        Assert.Equal(text.IndexOf(name, StringComparison.Ordinal), mention.Start);
    }

    [Fact]
    public void Chief_executive_after_a_name_makes_it_an_organization_but_not_a_role_word()
    {
        NameMentions names = News.Names("Brontar has agreed to buy a rival. Brontar chief executive Lena Voss said the deal made sense.");
        Assert.Contains(names.Organizations, m => m.Text == "Brontar");
        Assert.DoesNotContain(names.Persons, m => m.Text == "Brontar");

        NameMentions interim = News.Names("Sales fell. Interim chief executive Lena Voss said the plan would change.");
        Assert.DoesNotContain(interim.Organizations, m => m.Text.Contains("Interim", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Pemberton's said its Christmas sales were the best in a decade.", "Pemberton's")]
    [InlineData("The painting sold for $4 million at Haddow's in London on Tuesday.", "Haddow's")]
    public void A_name_with_s_that_no_possessive_fits_is_one_organization(string text, string name)
    {
        OrganizationMention mention = Assert.Single(News.Names(text).Organizations, m => m.Text == name);
        Assert.Equal(text.IndexOf(name, StringComparison.Ordinal), mention.Start);
    }

    [Fact]
    public void A_possessive_stays_a_possessive() =>
        Assert.DoesNotContain(News.Names("Kroger's chief executive said margins would improve.").Organizations, m => m.Text.EndsWith("'s", StringComparison.Ordinal));

    [Fact]
    public void Organizations_listed_together_share_their_type()
    {
        NameMentions names = News.Names("Investors in the round include Apple, Amazon and Nvidia, the company said.");
        Assert.Contains(names.Organizations, m => m.Text == "Amazon");
        Assert.DoesNotContain(names.Places, m => m.Text == "Amazon");
    }

    [Fact]
    public void Names_introduced_as_several_are_split()
    {
        NameMentions names = News.Names("Investors in London sold shares of Kroger and Costco on Monday.");
        Assert.Contains(names.Organizations, m => m.Text == "Kroger");
        Assert.Contains(names.Organizations, m => m.Text == "Costco");
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_in_capitals_takes_the_types_of_the_body()
    {
        string text = "KROGER CUTS FORECAST AS SHOPPERS TRADE DOWN\nKroger lowered its outlook on Thursday, the company said.";
        NameMentions names = News.Names(text);
        OrganizationMention headline = Assert.Single(names.Organizations, m => m.Text == "KROGER");
        Assert.Equal(0, headline.Start);
        Assert.DoesNotContain(names.Organizations, m => m.Text is "FORECAST" or "SHOPPERS");
    }

    [Theory]
    [InlineData("A fishing boat sank off Kalvros on Sunday, the coastguard said.", "Kalvros")]
    [InlineData("Temperatures reached 38 degrees at Wexcombe in Norfolk on Tuesday.", "Wexcombe")]
    [InlineData("Residents of Brindlecote have painted faces around the potholes.", "Brindlecote")]
    public void A_preposition_of_place_makes_an_unlisted_name_a_place(string text, string place)
    {
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == place);
        Assert.Contains(names.Places, m => m.Text == place);
    }

    [Fact]
    public void A_company_named_in_full_is_named_by_its_short_form()
    {
        NameMentions names = News.Names("Investors put $40 million into Quillow AI on Monday. Regulators said Quillow used customer data without consent.");
        Assert.Contains(names.Organizations, m => m.Text == "Quillow");
        Assert.DoesNotContain(names.Persons, m => m.Text == "Quillow");
    }

    [Fact]
    public void A_stake_in_a_name_is_no_place() =>
        Assert.DoesNotContain(News.Names("The fund bought a stake of about 10% in Veltrano last year.").Places, m => m.Text == "Veltrano");
}

/// <summary>Tickers, photo credits and bylines (examples written for these tests).</summary>
public sealed class NameConventionTests
{
    [Fact]
    public void A_ticker_after_its_exchange_is_no_name()
    {
        NameMentions names = News.Names("Brontar Holdings Inc. (NYSE: BRNT) rose 4% on its first day of trading.");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "BRNT");
    }

    [Fact]
    public void A_photo_credit_ends_at_the_sentence()
    {
        string text = "A car is displayed at a showroom in Oslo, March 3, 2024. REUTERS/Anna Lindqvist. Volvo shares fell 3% the next day.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Persons, m => m.Text == "Anna Lindqvist");
        Assert.DoesNotContain(names.Persons, m => m.Text.Contains("Volvo", StringComparison.Ordinal));
    }

    [Fact]
    public void An_agency_in_capitals_after_the_writer_is_an_organization()
    {
        NameMentions names = News.Names("By Tom Harding, PA. Leeds beat Hull 3-1 on Saturday.");
        Assert.Contains(names.Persons, m => m.Text == "Tom Harding");
        Assert.DoesNotContain(names.Persons, m => m.Text == "PA");
    }
}
