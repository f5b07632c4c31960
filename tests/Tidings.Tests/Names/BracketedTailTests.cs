using Tidings.Names;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Parties named with a bracketed tail keep it ("Janata Dal (Secular)"); an acronym defining the name before it
/// stays a second mention.</summary>
public sealed class BracketedTailTests
{
    private static NameMentions Names(string text) => NameExtractor.Default.Extract(Document.Create(text));

    [Fact]
    public void A_faction_in_words_stays_in_the_party_name()
    {
        const string text = "Lawmakers of the Communist Party of Kerala (Leninist) walked out of the assembly on Tuesday.";
        NameMentions names = Names(text);
        OrganizationMention party = Assert.Single(names.Organizations);
        Assert.Equal("Communist Party of Kerala (Leninist)", party.Text);
        Assert.Equal(text.IndexOf("Communist", StringComparison.Ordinal), party.Start);
        Assert.Equal(text.IndexOf(" walked", StringComparison.Ordinal), party.End);
    }

    [Fact]
    public void Faction_letters_that_cannot_spell_the_name_stay_in_it()
    {
        NameMentions names = Names("Rohan Kale, a leader of the Rashtra Sena (UT), quit on Monday. Lawmakers of the NDP (MD) also quit the council.");
        Assert.Contains(names.Organizations, o => o.Text == "Rashtra Sena (UT)");
        Assert.Contains(names.Organizations, o => o.Text == "NDP (MD)");
        Assert.DoesNotContain(names.Persons, p => p.Text == "Rashtra Sena");
    }

    [Fact]
    public void An_acronym_that_spells_the_name_is_a_second_mention()
    {
        NameMentions names = Names("The Kurdish Freedom Front (KFF) said it would disarm. Delegates of the National Farmers Union (NFU) met on Monday.");
        Assert.Contains(names.Organizations, o => o.Text == "Kurdish Freedom Front");
        Assert.Contains(names.Organizations, o => o.Text == "KFF");
        Assert.Contains(names.Organizations, o => o.Text == "National Farmers Union");
        Assert.DoesNotContain(names.Organizations, o => o.Text == "Rashtra Sena (RK)");
        Assert.Contains(names.Organizations, o => o.Text == "NFU");
        Assert.DoesNotContain(names.Organizations, o => o.Text.Contains('(', StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_in_brackets_is_not_a_tail()
    {
        NameMentions names = Names("Start-ups Paymint (Nigeria) and Tazo (Kenya) raised money from Acme Ventures.");
        Assert.DoesNotContain(names.Organizations, o => o.Text.Contains('(', StringComparison.Ordinal));
        Assert.Contains(names.Places, p => p.Text == "Kenya");
    }
}
