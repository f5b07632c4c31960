using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Review 28b's findings on names set out as tables (session 28, mend28b): the review's passages and some
/// written for these tests. Persons with a person's marks stay persons beside organizations, a year in brackets is no
/// figure cell, places are sides only in a report of sport with scores, and teams named for a city stay teams.</summary>
public sealed class ReviewMend28NameTests
{
    [Theory]
    [InlineData("Approval ratings: Labour 28%, Conservatives 19%, Keir Starmer 24%, Kemi Badenoch 17%, Reform UK 27%.", "Keir Starmer")]
    [InlineData("The largest shareholders are Vanguard 8.1%, BlackRock 6.5%, State Street 4%, Warren Buffett 3%.", "Warren Buffett")]
    [InlineData("Holders of record: Fidelity 9%, Norges Bank 4%, Laurene Powell 2%, Invesco 2%.", "Laurene Powell")]
    public void A_person_tabled_beside_organizations_stays_a_person(string text, string person)
    {
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == person);
    }

    [Fact]
    public void A_person_named_elsewhere_stays_a_person_in_a_table()
    {
        const string text = "Tokyo movers: Sony +2.1%, Nintendo -1.3%, Koji Nakamura +0.8%, Kao -2.4%. Nakamura said the rally would last.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Koji Nakamura");
    }

    [Fact]
    public void A_team_named_for_a_city_is_still_a_team()
    {
        const string text = "Results: Boston Celtics 110, Miami Heat 98; Chicago Bulls 102, Orlando Magic 95.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "Orlando Magic");
    }

    [Fact]
    public void A_firm_named_for_a_person_in_a_table_of_share_moves_is_still_a_firm()
    {
        const string text = "Frankfurt: Siemens +1.4%, Allianz -0.6%, Hugo Boss +3.1%, Henkel flat, Adidas -2.2%, Zalando +0.9%.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "Hugo Boss");
    }

    [Theory]
    [InlineData("Musk's ventures, by founding year: Tesla (2003), SpaceX (2002), Neuralink (2016), Elon Musk (1971).", "Elon Musk")]
    [InlineData("Founders and their firms: Acme (1990), Globex (1989), Initech (1996), Oscar Pemberton (1952).", "Oscar Pemberton")]
    public void Years_in_brackets_set_out_no_table(string text, string person)
    {
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == person);
    }

    [Fact]
    public void A_temperature_row_is_no_row_of_results()
    {
        const string text = "Arsenal beat Chelsea 3-1 on Saturday. Elsewhere: Liverpool 2, Everton 0; Leeds 1, Burnley 1; Manchester 14, Sheffield 12 degrees at kick-off.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Manchester");
    }

    [Fact]
    public void A_court_split_is_no_report_of_sport()
    {
        const string text = "The court upheld the law in a 5-4 ruling. Franchise values: Boston Celtics 50, Miami Heat 40, Fresno 48, Tulsa 30.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Fresno");
    }

    [Fact]
    public void Cities_with_scores_in_a_report_of_sport_are_still_sides()
    {
        const string text = "Franchise values: Boston Celtics 50, Miami Heat 40, Fresno 48, Tulsa 30. The Celtics won 3-1.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "Fresno");
    }
}
