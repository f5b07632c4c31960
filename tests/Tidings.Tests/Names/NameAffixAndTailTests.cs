using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Name edges the linker mends (session 24, names24; examples written for these tests): an owner's "'s" and an
/// "ex-" prefix left outside, "X-backed Y" and "X-listed Y" as two names, names wrapped across a line break, official
/// names continued by "of the"/"for the"/"in", stray words inside a name, companies located by "of", businesses named
/// for their trade, and title-case headlines on a line of their own.</summary>
public sealed class NameAffixAndTailTests
{
    [Fact]
    public void A_listed_company_before_s_and_a_participle_keeps_the_s_out()
    {
        const string text = "Microsoft's planned purchase of Zentrix fell apart on Friday.";
        NameMentions names = News.Names(text);
        NameShapeTests.AssertOrganization(names, text, "Microsoft");
        Assert.DoesNotContain(names.Organizations, m => m.Text.EndsWith("'s", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_owners_written_with_s_and_joined_by_and_keep_the_s_out()
    {
        const string text = "Its market value passed Google's and Amazon's in July.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.EndsWith("'s", StringComparison.Ordinal));
    }

    [Fact]
    public void An_ex_prefix_stays_outside_the_name()
    {
        const string text = "Ex-Google engineers founded the company, and an ex-Barclays banker chairs it.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.StartsWith("ex", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(names.Organizations, m => m.Text == "Google" && m.Start == 3);
    }

    [Fact]
    public void A_backer_before_backed_and_the_company_after_it_are_two_organizations()
    {
        const string text = "Tencent-backed Zorvani raised $50 million, and Nasdaq-listed Arm rose 4%.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "Tencent" && m.Start == 0);
        Assert.Contains(names.Organizations, m => m.Text == "Zorvani");
        Assert.Contains(names.Organizations, m => m.Text == "Nasdaq");
        NameShapeTests.AssertOrganization(names, text, "Arm");
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains("-backed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_wrapped_after_of_is_one_name()
    {
        const string text = "Shares of Bank of\nAmerica fell after the Federal Reserve spoke.";
        NameShapeTests.AssertOrganization(News.Names(text), text, "Bank of\nAmerica");
    }

    [Fact]
    public void An_official_name_goes_on_after_of_the_and_for_the()
    {
        const string text = "The Baltic Institute for the World Economy said the Nordic Committee of the Red Crescent had asked for aid.";
        NameMentions names = News.Names(text);
        NameShapeTests.AssertOrganization(names, text, "Baltic Institute for the World Economy");
        NameShapeTests.AssertOrganization(names, text, "Nordic Committee of the Red Crescent");
    }

    [Fact]
    public void A_mission_goes_on_after_in_and_its_place()
    {
        const string text = "The UN Assistance Mission in Afghanistan said 40 civilians were hurt.";
        NameShapeTests.AssertOrganization(News.Names(text), text, "UN Assistance Mission in Afghanistan");
    }

    [Fact]
    public void A_name_run_over_a_word_of_the_sentence_is_two_names()
    {
        const string text = "The listing of Harwell Retail owner Kestrel Group was delayed.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains(" owner ", StringComparison.Ordinal));
        Assert.Contains(names.Organizations, m => m.Text == "Kestrel Group");
    }

    [Fact]
    public void A_known_place_after_a_company_and_of_is_a_place()
    {
        const string text = "Zentivo of Mainz agreed to buy Corvalen of Hamburg for 1.2 billion euros.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Places, m => m.Text == "Mainz");
        Assert.Contains(names.Places, m => m.Text == "Hamburg");
    }

    [Fact]
    public void A_business_named_for_its_trade_is_an_organization()
    {
        const string text = "Torvik Gaming beat Halden Esports in the final, and Marlow Bio raised $80 million.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Persons, m => m.Text is "Torvik Gaming" or "Marlow Bio");
    }

    [Fact]
    public void A_one_line_title_case_headline_ends_a_name_at_its_verb()
    {
        const string text = "Pellworth Sold to Brayton Capital at $2 Billion Valuation";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains("Sold", StringComparison.Ordinal));
    }
}
