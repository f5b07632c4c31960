using Tidings.Names;
using Xunit;

namespace Tidings.Tests.Places;

/// <summary>A pipeline that includes demonyms adds them as places, but never where a name already stands.</summary>
public sealed class DemonymPipelineTests
{
    private static readonly ExtractionPipeline WithDemonyms = new ExtractionPipelineBuilder().UseAll().IncludeDemonyms().Build();

    [Fact]
    public void A_demonym_inside_a_person_name_is_not_a_place()
    {
        // Found by the property A_pipeline_with_demonyms_keeps_the_contract_and_only_adds_places: "Armenian" came
        // back as a demonym place inside a person the recognizer found ("Bak Armenian" with an earlier model).
        const string Text = "Police spokesman John Armenian said 3,000 people attended.";
        ExtractionResult result = WithDemonyms.Extract(Text);
        PersonMention person = Assert.Single(result.Persons);
        Assert.Equal("John Armenian", person.Text);
        Assert.Empty(result.Places);
        Assert.Single(News.Extract(Text).Persons);
    }

    [Fact]
    public void A_demonym_inside_an_organization_name_is_not_a_place_but_one_outside_is()
    {
        const string Text = "The Armenian National Committee of America said Armenian protesters gathered.";
        ExtractionResult result = WithDemonyms.Extract(Text);
        OrganizationMention organization = Assert.Single(result.Organizations);
        Assert.Equal("Armenian National Committee of America", organization.Text);
        PlaceMention demonym = Assert.Single(result.Places);
        Assert.True(demonym.IsDemonym);
        Assert.Equal(Text.LastIndexOf("Armenian", StringComparison.Ordinal), demonym.Start);
        Assert.Equal("Armenia", demonym.Name);
    }
}
