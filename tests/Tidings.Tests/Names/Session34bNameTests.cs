using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Case names and courts, saints' foundations, journals, owners named by an acronym, Malay party heads and
/// centres named by their field (session 34, names34b; examples written for these tests).</summary>
public sealed class Session34bNameTests
{
    [Fact]
    public void The_parties_of_a_case_name_are_typed_alone()
    {
        NameMentions names = News.Names("In Henderson v Walsh, the Court of Appeal held that the contract stood.");
        Assert.Contains(names.Persons, m => m.Text == "Henderson");
        Assert.Contains(names.Persons, m => m.Text == "Walsh");
        Assert.DoesNotContain(names.Organizations, m => m.Text.Contains(" v ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_Crown_in_a_case_name_is_no_name()
    {
        NameMentions names = News.Names("R v Holloway: the judge said the sentence was too long.");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "R");
        Assert.DoesNotContain(names.Persons, m => m.Text == "R");
    }

    [Fact]
    public void Fixtures_keep_their_sides()
    {
        NameMentions names = News.Names("Arsenal v Chelsea kicks off at 3pm; England v India starts on Thursday.");
        Assert.Contains(names.Organizations, m => m.Text == "Arsenal");
        Assert.Contains(names.Organizations, m => m.Text == "Chelsea");
        Assert.Empty(names.Persons);
    }

    [Fact]
    public void A_court_named_by_its_kind_is_the_court()
    {
        NameMentions names = News.Names("She appeared at Hartlepool Crown Court on Monday and at Croydon Magistrates' Court a week later.");
        Assert.Contains(names.Organizations, m => m.Text == "Hartlepool Crown Court");
        Assert.Contains(names.Organizations, m => m.Text == "Croydon Magistrates' Court");
    }

    [Fact]
    public void A_district_named_by_its_compass_point_is_the_court()
    {
        NameMentions names = News.Names("The appeal was upheld, and a case filed in the Eastern District of Virginia was stayed.");
        Assert.Contains(names.Organizations, m => m.Text == "Eastern District of Virginia");
    }

    [Fact]
    public void A_saints_foundation_runs_on_over_the_saints_possessive()
    {
        NameMentions names = News.Names("Pupils at St Bede's Catholic Primary School sang for patients at St Luke's Hospice.");
        Assert.Contains(names.Organizations, m => m.Text == "St Bede's Catholic Primary School");
        Assert.Contains(names.Organizations, m => m.Text == "St Luke's Hospice");
    }

    [Fact]
    public void A_journal_named_by_common_words_is_an_organization()
    {
        NameMentions names = News.Names("The findings, published in Nature Neuroscience, were disputed; a second paper in Science agreed.");
        Assert.Contains(names.Organizations, m => m.Text == "Nature Neuroscience");
        Assert.Contains(names.Organizations, m => m.Text == "Science");
    }

    [Fact]
    public void An_acronyms_possessive_owns_the_unit_after_it_and_a_head_drops_its_possessive()
    {
        NameMentions names = News.Names("Analysts said BGL's Compareware brand would be sold; the Bank's governor said rates would fall.");
        Assert.Contains(names.Organizations, m => m.Text == "BGL");
        Assert.Contains(names.Organizations, m => m.Text == "Compareware");
        Assert.Contains(names.Organizations, m => m.Text == "Bank");
    }

    [Fact]
    public void Malay_party_heads_open_an_organization()
    {
        NameMentions names = News.Names("The Barisan Nasional coalition and Parti Keadilan Rakyat agreed a pact on Friday.");
        Assert.Contains(names.Organizations, m => m.Text == "Barisan Nasional");
        Assert.Contains(names.Organizations, m => m.Text == "Parti Keadilan Rakyat");
        Assert.Empty(names.Persons);
    }

    [Fact]
    public void A_centre_named_by_its_field_is_an_institution()
    {
        NameMentions names = News.Names("Doctors at Kelvingrove Medical Centre said the clinic would close; fans queued at Barclays Center.");
        Assert.Contains(names.Organizations, m => m.Text == "Kelvingrove Medical Centre");
        Assert.DoesNotContain(names.Organizations, m => m.Text == "Barclays Center");
    }
}
