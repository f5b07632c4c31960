using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Organizations the linker keeps, splits or joins by their heads (session 18, names18t; examples written for
/// these tests): companies named for works of infrastructure, two bodies joined by "and", and official names whose
/// place follows "of the".</summary>
public sealed class NameBodyTests
{
    [Fact]
    public void A_pipeline_company_that_pays_is_an_organization()
    {
        const string text = "Halvern Pipeline said it had paid the hackers a ransom of $4 million to restore fuel supplies.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "Halvern Pipeline");
        Assert.DoesNotContain(names.Places, m => m.Text == "Halvern Pipeline");
    }

    [Fact]
    public void A_pipeline_company_with_a_legal_form_is_an_organization()
    {
        const string text = "Fuel shortages spread after Halvern Pipeline Co. closed its main line on Friday.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Places, m => m.Text.StartsWith("Halvern Pipeline", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tunnel_with_an_article_stays_a_place()
    {
        const string text = "Traffic was halted for hours after a lorry caught fire inside the Marrow Valley Tunnel on Sunday.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains("Tunnel", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_bodies_joined_by_and_are_two_organizations()
    {
        const string text = "Volunteers from the Canadian Red Cross and Salvation Army handed out blankets to evacuees.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains(" and ", StringComparison.Ordinal));
        Assert.Contains(names.Organizations, m => m.Text == "Salvation Army");
    }

    [Fact]
    public void Two_services_joined_by_and_are_two_organizations()
    {
        const string text = "The small boat was intercepted by Border Force and HM Coastguard off the Kent coast.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "Border Force");
        Assert.Contains(names.Organizations, m => m.Text == "HM Coastguard");
    }

    [Fact]
    public void A_body_whose_fields_are_joined_by_and_stays_whole()
    {
        const string text = "The Australian Competition and Consumer Commission said it would sue the retailer.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "Australian Competition and Consumer Commission");
    }

    [Fact]
    public void A_bank_of_the_country_is_one_organization()
    {
        const string text = "The deal was backed by a loan from the Export-Import Bank of the United States last year.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "Export-Import Bank of the United States");
    }

    [Fact]
    public void Armed_forces_of_the_country_are_one_organization()
    {
        const string text = "Fighting between rebels and the Armed Forces of the Democratic Republic of the Congo resumed on Monday.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "Armed Forces of the Democratic Republic of the Congo");
    }
}
