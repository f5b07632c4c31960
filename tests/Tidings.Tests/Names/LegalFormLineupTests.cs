using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Companies named with their legal form, court lists' matters and players in line-ups (session 30, names30b;
/// examples written for these tests).</summary>
public sealed class LegalFormLineupTests
{
    [Fact]
    public void A_legal_form_after_a_company_is_part_of_its_name()
    {
        const string text = "Orkla ASA and Sampo Oyj reported on Tuesday; Brenntag SE rose.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "Orkla ASA");
        Assert.Contains(names.Organizations, m => m.Text == "Sampo Oyj");
        Assert.Contains(names.Organizations, m => m.Text == "Brenntag SE");
    }

    [Fact]
    public void A_legal_form_after_a_comma_or_a_bracketed_tail_is_part_of_the_name()
    {
        const string text = "Acciona, S.A. signed the contract with PT Bank Rakyat Indonesia (Persero) Tbk last week.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "Acciona, S.A.");
        Assert.Contains(names.Organizations, m => m.Text == "PT Bank Rakyat Indonesia (Persero) Tbk");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Tbk");
    }

    [Fact]
    public void A_court_lists_re_is_no_part_of_the_company()
    {
        const string text = "COMPANIES LIST: Re Debenhams Retail Ltd (in administration); Re Arcadia Group Ltd.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "Debenhams Retail Ltd");
        Assert.DoesNotContain(names.Organizations, m => m.Text.StartsWith("Re ", StringComparison.Ordinal));
    }

    [Fact]
    public void Players_in_a_line_up_are_persons()
    {
        const string text = "Kent XI: Bell, Crawley, Compton, Denly (capt), Stewart, Leaning, Billings (wk), Gilchrist, Stevens.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Persons, m => m.Text == "Crawley");
        Assert.Contains(names.Persons, m => m.Text == "Billings");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Crawley");
    }

    [Fact]
    public void A_list_of_firms_under_a_heading_is_no_line_up()
    {
        const string text = "Oslo: Equinor, Orkla, Telenor, Yara, Storebrand and Kongsberg Gruppen rose.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Persons, m => m.Text == "Orkla");
        Assert.DoesNotContain(names.Persons, m => m.Text == "Telenor");
    }
}
