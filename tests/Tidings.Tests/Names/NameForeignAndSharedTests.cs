using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Bodies named in other languages with their head first, councils and forces two areas share, two firms
/// joined by "and", district bodies, sees, and persons' names a business's shareholders or an apposition show to be
/// firms (session 25, names25; examples written for these tests).</summary>
public sealed class NameForeignAndSharedTests
{
    [Theory]
    [InlineData("Uruguay's Banco Central del Uruguay raised rates on Tuesday.", "Banco Central del Uruguay")]
    [InlineData("Chile's Comisión para el Mercado Financiero fined the broker.", "Comisión para el Mercado Financiero")]
    [InlineData("Grupo Carvalhal, owner of two banks, fought the tax office.", "Grupo Carvalhal")]
    [InlineData("Brazil's regulator, the Conselho Nacional de Justiça Federal, opened an inquiry.", "Conselho Nacional de Justiça Federal")]
    public void A_body_named_with_its_head_first_in_another_language_is_one_organization(string text, string body)
    {
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == body);
        Assert.DoesNotContain(names.Persons, m => body.Contains(m.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_foreign_body_stops_before_a_title_and_a_person()
    {
        NameMentions names = News.Names("Analysts said Banco de Portugal Governor Mário Centeno would speak later.");
        Assert.Contains(names.Organizations, m => m.Text == "Banco de Portugal");
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains("Centeno", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Officers from Sussex and Surrey Police joined the search on Tuesday.", "Sussex and Surrey Police")]
    [InlineData("Forces that missed the target: Cleveland Police, Avon and Somerset Police and Gwent Police.", "Avon and Somerset Police")]
    [InlineData("Residents complained to Bath and North East Somerset Council about the bins.", "Bath and North East Somerset Council")]
    public void A_council_or_force_two_areas_share_is_one_organization(string text, string body)
    {
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == body);
    }

    [Fact]
    public void Two_whole_forces_joined_by_and_stay_two()
    {
        NameMentions names = News.Names("Kent Police and Sussex Police issued a joint appeal.");
        Assert.Contains(names.Organizations, m => m.Text == "Kent Police");
        Assert.Contains(names.Organizations, m => m.Text == "Sussex Police");
    }

    [Theory]
    [InlineData("Brennan & Lowe and Castell Partners acted for the claimants.", "Brennan & Lowe", "Castell Partners")]
    [InlineData("Veloz Linhas Aéreas and Condor Group agreed to combine their airlines.", "Veloz Linhas Aéreas", "Condor Group")]
    public void Two_firms_joined_by_and_are_two_organizations(string text, string left, string right)
    {
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == left);
        Assert.Contains(names.Organizations, m => m.Text == right);
    }

    [Fact]
    public void A_body_named_for_its_fields_keeps_its_and()
    {
        NameMentions names = News.Names("The lender was sued by the Australian Securities and Investments Commission on Friday.");
        Assert.Contains(names.Organizations, m => m.Text == "Australian Securities and Investments Commission");
    }

    [Theory]
    [InlineData("Bonds were sold by the Fresno Unified School District on Monday.", "Fresno Unified School District")]
    [InlineData("The Austin Independent School District closed schools after the storm.", "Austin Independent School District")]
    public void A_school_district_is_an_organization(string text, string body)
    {
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == body);
    }

    [Fact]
    public void A_see_of_a_city_is_one_organization()
    {
        NameMentions names = News.Names("Victims said the Archdiocese of Portland settled their claims last year.");
        Assert.Contains(names.Organizations, m => m.Text == "Archdiocese of Portland");
    }

    [Theory]
    [InlineData("Jonas Whitcombe shareholders backed the deal on Friday.", "Jonas Whitcombe")]
    [InlineData("Harold Pemberton shares rose 4% after the results.", "Harold Pemberton")]
    [InlineData("Benedict Crane, the holding company, lifted its dividend.", "Benedict Crane")]
    [InlineData("Harriet Vale will cut up to 900 jobs in its stores, the fashion group said on Monday.", "Harriet Vale")]
    public void A_persons_name_with_shareholders_or_a_firm_apposition_is_a_business(string text, string firm)
    {
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == firm);
        Assert.DoesNotContain(names.Persons, m => m.Text == firm);
    }

    [Fact]
    public void A_person_who_shares_a_story_stays_a_person()
    {
        NameMentions names = News.Names("Paris Hilton shares her story in the new film.");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Paris Hilton");
    }
}
