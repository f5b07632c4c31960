using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Names that carry a number, a letter or an ordinal ("Ligue 2", "Serie C", "Local 32", "the 5th Armored
/// Brigade"), and bodies named with the person who leads them ("the Renewal Party of Tomas Halvik") — session 21,
/// names21b; examples written for these tests.</summary>
public sealed class DivisionLeaderTests
{
    [Fact]
    public void A_league_keeps_its_division_number()
    {
        const string text = "The striker joined Stade Lavallois, who were promoted to Ligue 2 last season.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Ligue");
    }

    [Fact]
    public void A_lettered_division_at_the_head_of_a_results_line_is_an_organization()
    {
        const string text = "Serie C: Triestina 1 Padova 2; Vicenza 0 Lecco 0.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "Serie C");
    }

    [Fact]
    public void League_one_is_one_name()
    {
        const string text = "League Two: Crewe 1 Gillingham 0; Barrow 2 Walsall 2.";
        NameMentions names = News.Names(text);
        Assert.Contains(names.Organizations, m => m.Text == "League Two");
    }

    [Fact]
    public void A_union_local_keeps_its_number()
    {
        const string text = "Members of Teamsters Local 727 voted to strike at the warehouse on Monday.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.EndsWith("Local", StringComparison.Ordinal));
    }

    [Fact]
    public void An_ordinal_before_a_unit_is_part_of_its_name()
    {
        const string text = "Soldiers of the 5th Armored Brigade were moved to the border, officials said.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Armored Brigade");
    }

    [Fact]
    public void A_points_table_row_keeps_the_points_apart()
    {
        const string text = "Table after 10 games:\n1. Arsenal 24\n2. Chelsea 21\n3. Liverpool 20";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Any(char.IsDigit));
    }

    [Fact]
    public void A_party_of_its_leader_is_split_into_the_party_and_the_person()
    {
        const string text = "The Renewal Party of Tomas Halvik won 31 seats in the regional election.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains("Halvik", StringComparison.Ordinal));
    }

    [Fact]
    public void A_church_named_for_a_person_is_not_split()
    {
        const string text = "Members of the Church of Saint Mary Magdalene raised funds for the roof.";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Persons, m => m.Text == "Mary Magdalene");
    }
}
