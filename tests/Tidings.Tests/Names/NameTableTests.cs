using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Names set out as a table, each followed by its figure (session 28, names28; examples written for these
/// tests): the organizations among the rows decide the type of rows the recognizer took for persons, and a table of
/// persons stays one.</summary>
public sealed class NameTableTests
{
    [Fact]
    public void A_list_of_share_moves_is_a_list_of_companies()
    {
        const string text = "Frankfurt: Siemens +1.4%, Allianz -0.6%, Hugo Boss +3.1%, Henkel flat, Adidas -2.2%, Zalando +0.9%.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Persons, m => m.Text == "Hugo Boss");
        Assert.Contains(names.Organizations, m => m.Text == "Hugo Boss");
    }

    [Fact]
    public void Teams_with_their_scores_are_organizations()
    {
        const string text = "Results: Boston Celtics 110, Miami Heat 98; Chicago Bulls 102, Orlando Magic 95; Denver Nuggets 120, Utah Jazz 101.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Persons, m => m.Text == "Orlando Magic");
        Assert.Contains(names.Organizations, m => m.Text == "Orlando Magic");
    }

    [Fact]
    public void A_table_of_persons_stays_persons()
    {
        const string text = "Top scorers: Erling Haaland 22, Mohamed Salah 19, Cole Palmer 17, Alexander Isak 16.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Persons, m => m.Text == "Mohamed Salah");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Mohamed Salah");
    }

    [Fact]
    public void A_player_in_brackets_is_not_a_row_of_the_teams_table()
    {
        const string text = "Scores: Surrey 402 (Ollie Pope 121); Essex 288 (Tom Westley 90); Kent 190 (Zak Crawley 75); Somerset 250 (Tom Abell 60).";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Persons, m => m.Text == "Ollie Pope");
        Assert.Contains(names.Persons, m => m.Text == "Tom Westley");
        Assert.Contains(names.Organizations, m => m.Text == "Kent");
    }

    [Fact]
    public void Rows_the_recognizer_left_out_of_a_table_of_companies_are_companies()
    {
        const string text = "Tokyo movers: Sony +2.1%, Nintendo -1.3%, Daikin Industries +0.8%, Kao -2.4%, Pets at Home flat.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "Daikin Industries");
        Assert.Contains(names.Organizations, m => m.Text == "Kao");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Home");
    }
}
