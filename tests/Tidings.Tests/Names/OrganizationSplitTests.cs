using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Organizations run together by "and" or located by "of", and partnerships named for their partners
/// (session 21, names21; examples written for these tests).</summary>
public sealed class OrganizationSplitTests
{
    [Fact]
    public void A_coined_name_and_a_bank_are_two_organizations()
    {
        const string text = "Customers moved their savings, and Zorvex and Harland Bank added accounts in the quarter.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Zorvex and Harland Bank");
        Assert.Contains(names.Organizations, m => m.Text == "Harland Bank");
    }

    [Fact]
    public void Two_companies_ending_in_business_heads_are_split_at_and()
    {
        const string text = "Demand for engineers grew, while Tellmark Systems and Quorvane Technologies hired in Pune.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains(" and ", StringComparison.Ordinal));
        Assert.Contains(names.Organizations, m => m.Text == "Quorvane Technologies");
    }

    [Fact]
    public void An_official_name_complete_with_its_place_is_split_from_the_next_bank()
    {
        const string text = "Profits rose at Kuwait Finance House, National Bank of Kuwait and Gulf Bank last year.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "National Bank of Kuwait");
        Assert.Contains(names.Organizations, m => m.Text == "Gulf Bank");
    }

    [Fact]
    public void A_body_named_for_its_fields_keeps_its_and()
    {
        const string text = "The Australian Securities and Investments Commission sued the lender on Monday.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Investments Commission");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Australian Securities");
    }

    [Fact]
    public void A_coined_bank_of_a_country_is_the_bank_and_the_place()
    {
        const string text = "A Gulf lender agreed to buy a controlling stake in QPB Bank of India for $2 billion.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "QPB Bank of India");
        Assert.Contains(names.Organizations, m => m.Text == "QPB Bank");
        Assert.Contains(names.Places, m => m.Text == "India");
    }

    [Fact]
    public void A_bank_named_with_an_ordinary_word_keeps_its_country()
    {
        const string text = "The State Bank of India raised its lending rates on Friday.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "State Bank of India");
    }

    [Fact]
    public void A_partnership_named_for_its_partners_is_one_organization()
    {
        const string text = "Junior lawyers at Cravath, Swaine & Moore were paid more this year, the firm said.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "Cravath, Swaine & Moore");
    }

    [Fact]
    public void A_name_written_after_letters_and_an_ampersand_keeps_them()
    {
        const string text = "Bankers at K&B Lorrimer advised the buyer, and Dellow, Marsh & Finch advised the seller.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "B Lorrimer");
        Assert.Contains(names.Organizations, m => m.Text == "Dellow, Marsh & Finch");
    }

    [Fact]
    public void Companies_listed_with_an_ampersand_stay_apart()
    {
        const string text = "Shares of Google, Apple & Meta rose on Tuesday.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.StartsWith("Google,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_business_after_its_with_a_modifier_makes_the_name_a_company()
    {
        const string text = "Halvard Quist agreed to sell its catalyst business to a rival for 1.2 billion pounds.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Persons, m => m.Text == "Halvard Quist");
    }
}
