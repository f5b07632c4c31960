using System.Collections.Immutable;
using Tidings.Claims;
using Xunit;

namespace Tidings.Tests.Claims;

/// <summary>
/// Session 30 (claims30b): a transcript's or a parliamentary record's speaker label before a colon is the source of its
/// line, whatever its length — a person the recognizer found with a post, a bracketed firm, seat or party, or the agent of
/// "Answered by". Read through the default pipeline, which hands the claim pass the persons it found. Own sentences.
/// </summary>
public sealed class Session30SpeakerLabelTests
{
    private static ImmutableArray<Claim> Claims(string text) => ExtractionPipeline.Default.Extract(text).Claims;

    [Theory]
    [InlineData("Maria Lopez, Head of Investor Relations: Bookings for the half were $812 million, up 9% on a year earlier.", "Maria Lopez, Head of Investor Relations")]
    [InlineData("Owen Price (Barclays): Your churn guidance implies about 2% a month. Is that still right?", "Owen Price (Barclays)")]
    [InlineData("Graham Stuart (Beverley and Holderness) (Con): Is it not the case that 3,200 fewer apprentices started this year?", "Graham Stuart (Beverley and Holderness) (Con)")]
    [InlineData("Answered by Maria Caulfield: The department spent £42 million on translation services in 2023.", "Maria Caulfield")]
    [InlineData("The Home Secretary: There are 1,100 more officers on our streets than in May.", "The Home Secretary")]
    public void Speaker_label_is_the_source_of_its_line(string text, string source)
    {
        Claim claim = Claims(text).First();
        Assert.Equal(source, claim.Source?.Text);
    }

    [Theory]
    [InlineData("Salah: 9 goals in 14 league games this season.")]
    [InlineData("Results (second round): Ruiz 41.2%, Moreau 38.9%, Keller 19.9%.")]
    [InlineData("Premier League top scorers: Haaland 22, Salah 19, Isak 17.")]
    public void Heading_or_figures_line_has_no_speaker(string text) =>
        Assert.All(Claims(text), c => Assert.Null(c.Source));
}
