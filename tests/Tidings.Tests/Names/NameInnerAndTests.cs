using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Names of public bodies with an inner "and" or "'s", and a backer's hyphenated compound (session 27, names27;
/// examples written for these tests): two fields of one service, two areas of one trust or health body, a founder's or
/// an officer's "'s" before an institution, a ranked league heading in capitals, and the country or brand before
/// "-backed", "-linked" or "-style".</summary>
public sealed class NameInnerAndTests
{
    [Fact]
    public void Two_fields_joined_by_and_inside_a_service_are_one_organization()
    {
        const string text = "Crews from Dorset County Fire and Rescue Service and Wiltshire Police reached the farm before dawn.";
        NameMentions names = News.Names(text);
        NameShapeTests.AssertOrganization(names, text, "Dorset County Fire and Rescue Service");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Rescue Service");
    }

    [Fact]
    public void A_service_named_fields_first_keeps_its_area_after_them()
    {
        const string text = "Fire and Rescue Tasmania sent nine crews to the blaze near Launceston.";
        NameShapeTests.AssertOrganization(News.Names(text), text, "Fire and Rescue Tasmania");
    }

    [Fact]
    public void Two_areas_before_a_trust_at_the_start_of_a_sentence_are_one_trust()
    {
        const string text = "Norfolk and Waveney NHS Foundation Trust apologised to the family on Friday.";
        NameShapeTests.AssertOrganization(News.Names(text), text, "Norfolk and Waveney NHS Foundation Trust");
    }

    [Fact]
    public void Two_areas_before_a_police_force_at_the_start_of_a_sentence_are_one_force()
    {
        const string text = "Dyfed and Powys Police said a man had been arrested in Carmarthen.";
        NameShapeTests.AssertOrganization(News.Names(text), text, "Dyfed and Powys Police");
    }

    [Fact]
    public void A_health_body_named_for_two_areas_is_one_organization()
    {
        const string text = "The merger of NHS Humber and North Yorkshire with its neighbour was delayed until April.";
        NameShapeTests.AssertOrganization(News.Names(text), text, "NHS Humber and North Yorkshire");
    }

    [Fact]
    public void A_founders_name_and_s_before_a_shop_is_one_business()
    {
        const string text = "Customers queued outside Pemberton's Bakery in the high street on its last day of trading.";
        NameShapeTests.AssertOrganization(News.Names(text), text, "Pemberton's Bakery");
    }

    [Fact]
    public void An_officers_s_office_is_one_organization()
    {
        const string text = "The Dane County Sheriff's Office said two deputies were treated in hospital.";
        NameShapeTests.AssertOrganization(News.Names(text), text, "Dane County Sheriff's Office");
    }

    [Fact]
    public void Two_health_bodies_each_named_for_an_area_stay_two()
    {
        const string text = "Patients were moved between NHS Tayside and NHS Fife over the weekend.";
        NameMentions names = News.Names(text);
        NameShapeTests.AssertOrganization(names, text, "NHS Tayside");
        NameShapeTests.AssertOrganization(names, text, "NHS Fife");
    }

    [Fact]
    public void A_country_before_backed_is_a_place_and_the_group_after_it_an_organization()
    {
        const string text = "The Iran-backed Harakat al-Nujaba said it would halt attacks.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Places, m => m.Text == "Iran");
        Assert.DoesNotContain(names.Organizations, m => m.Text.StartsWith("Iran", StringComparison.Ordinal));
    }

    [Fact]
    public void A_brand_before_style_is_named_on_its_own()
    {
        const string text = "The carmaker copied a Tesla-style showroom model in Jakarta.";
        Assert.Contains(News.Names(text).Organizations, m => m.Text == "Tesla");
    }

    [Fact]
    public void A_league_heading_in_capitals_keeps_its_number()
    {
        const string text = "LIGUE 2\nAmiens 2 Rodez 1\nGuingamp 0 Laval 0";
        NameShapeTests.AssertOrganization(News.Names(text), text, "LIGUE 2");
    }
}
