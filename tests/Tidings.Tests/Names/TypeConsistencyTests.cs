using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Type decisions across a document: a name the text shows to be an organization stays one.</summary>
public sealed class TypeConsistencyTests
{
    [Theory]
    [InlineData("Rivian said it would build a second plant. Analysts expect Rivian to raise capital next year.", "Rivian")]
    [InlineData("Shares of Snowflake rose 5%. Snowflake was founded in 2012.", "Snowflake")]
    [InlineData("BioNTech's chief executive spoke in Mainz. Later, BioNTech confirmed the data.", "BioNTech")]
    public void A_strongly_typed_organization_keeps_its_type(string text, string name)
    {
        NameMentions names = News.Names(text);
        Assert.Equal(2, names.Organizations.Count(m => m.Text == name));
        Assert.DoesNotContain(names.Persons, m => m.Text == name);
        Assert.DoesNotContain(names.Places, m => m.Text == name);
    }

    [Fact]
    public void A_person_given_in_full_is_a_person_when_the_surname_stands_alone()
    {
        NameMentions names = News.Names("Kaja Kallas met the ministers in Brussels. Kallas said the talks went well.");
        Assert.Contains(names.Persons, m => m.Text == "Kallas");
    }
}
