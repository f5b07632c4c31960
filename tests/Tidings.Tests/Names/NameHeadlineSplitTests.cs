using Tidings;
using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>The edges of names in title-case headlines and of bodies named with lower-case words (session 26; examples
/// written for these tests): a headline is read segment by segment and a name ends at its verb, capitalised
/// preposition or joining noun; a body's head goes on through "of", "for", "on" or "to" and capitalised words.</summary>
public sealed class NameHeadlineSplitTests
{
    [Fact]
    public void Headlines_of_one_line_are_read_segment_by_segment_and_no_name_runs_over_a_verb()
    {
        const string text = "Market Movers: Brennor Slides on Weak Guidance; Volvex Holds Outlook; Cardana Adds Fibre Customers";
        NameMentions names = News.Names(text);
        foreach (string verb in new[] { "Slides", "Holds", "Adds" })
        {
            Assert.DoesNotContain(All(names), m => m.Text.Contains(verb, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_name_after_a_headline_verb_and_preposition_is_read_again_by_the_lists()
    {
        const string text = "Dockers Union Reaches Deal With Costco, Calling Off Threatened Strike";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(All(names), m => m.Text.Contains("Reaches", StringComparison.Ordinal) || m.Text.Contains("With", StringComparison.Ordinal));
        Assert.Contains(names.Organizations, m => m.Text == "Costco");
    }

    [Fact]
    public void A_place_named_after_a_headline_verb_is_no_organization()
    {
        const string text = "Rebels Retake Towns Across Afghanistan as Talks Stall";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains("Afghanistan", StringComparison.Ordinal));
        Assert.DoesNotContain(All(names), m => m.Text.Contains("Retake", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_head_goes_on_through_for_on_and_to_and_capitalised_words()
    {
        const string forText = "The study was paid for by the Halvern Foundation for Rural Literacy, which runs schools in Kenya.";
        NameShapeTests.AssertOrganization(News.Names(forText), forText, "Halvern Foundation for Rural Literacy");

        const string onText = "Members of the Joint Committee on Coastal Defence visited the port on Friday.";
        NameShapeTests.AssertOrganization(News.Names(onText), onText, "Joint Committee on Coastal Defence");

        const string ofText = "She chairs the Press Council of the Northern Provinces, a regulator set up in 2004.";
        NameShapeTests.AssertOrganization(News.Names(ofText), ofText, "Press Council of the Northern Provinces");
    }

    [Fact]
    public void A_body_head_takes_no_day_no_titled_person_and_no_place_it_is_only_located_in()
    {
        const string day = "The Halvern Council on Monday approved the budget.";
        Assert.DoesNotContain(All(News.Names(day)), m => m.Text.Contains("Monday", StringComparison.Ordinal));

        const string leader = "The Freedom Party of President Jonas Keller won 31 seats.";
        Assert.DoesNotContain(News.Names(leader).Organizations, m => m.Text.Contains("Keller", StringComparison.Ordinal));

        const string moved = "He moved from the Treasury Department to Washington in 2019.";
        Assert.DoesNotContain(News.Names(moved).Organizations, m => m.Text.Contains("Washington", StringComparison.Ordinal));
    }

    [Fact]
    public void A_score_after_a_name_in_a_table_of_standings_is_no_part_of_it()
    {
        const string text = "FINAL STANDINGS: 1. Norvale Racing 412 pts 2. Carden Motorsport 388 3. Velmont 301 4. Ostrava Works 96 5. Brask 12";
        NameMentions names = News.Names(text);
        Assert.DoesNotContain(All(names), m => m.Text.EndsWith(" 388", StringComparison.Ordinal) || m.Text.EndsWith(" 96", StringComparison.Ordinal));
    }

    private static IEnumerable<Mention> All(NameMentions names) =>
        names.Organizations.Cast<Mention>().Concat(names.Places).Concat(names.Persons);
}
