using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Docs;

/// <summary>The names example of README.md does what its comments say.</summary>
public sealed class NamesReadmeTests
{
    [Fact]
    public void Readme_names_example_produces_what_it_says()
    {
        string text = "Members of the Armenian National Committee of America (ANCA) rallied in Brentwood. "
            + "ANCA's western council said Nikol Pashinyan had called. Later Pashinyan spoke in Yerevan.";

        NameMentions names = News.Names(text);
        OrganizationMention anca = names.Organizations[1];
        Assert.Equal(("ANCA", "Armenian National Committee of America", "ANCA"), (anca.Text, anca.Name, anca.Acronym));
        PlaceMention place = names.Places[0];
        Assert.Equal("Brentwood", place.Text);
        Assert.NotNull(place.GeonameId);
        Assert.Equal("AM", names.Places.Single(p => p.Text == "Yerevan").CountryCode);
        PersonMention later = names.Persons[1];
        Assert.Equal(("Pashinyan", "Nikol Pashinyan"), (later.Text, later.Name));

        ExtractionPipeline placesOnly = new ExtractionPipelineBuilder().UsePlaces().Build();
        Assert.Equal([MentionKind.Place], placesOnly.Kinds.ToArray());
        // The pipeline resolves the same places against the gazetteer.
        Assert.Equal(names.Places.ToArray(), placesOnly.Extract(text).Places.ToArray());
        Assert.Equal("AM", placesOnly.Extract(text).Places.Single(p => p.Text == "Yerevan").CountryCode);
        Assert.Empty(placesOnly.Extract(text).Persons);
    }

    [Fact]
    public void The_default_pipeline_finds_every_kind_of_name()
    {
        Assert.Contains(MentionKind.Organization, ExtractionPipeline.Default.Kinds);
        Assert.Contains(MentionKind.Place, ExtractionPipeline.Default.Kinds);
        Assert.Contains(MentionKind.Person, ExtractionPipeline.Default.Kinds);
        ExtractionResult result = News.Extract("Nikol Pashinyan met officials of the Federal Election Commission in Washington.");
        Assert.Equal(result.Organizations.Length + result.Places.Length + result.Persons.Length, result.Mentions.Length);
    }
}
