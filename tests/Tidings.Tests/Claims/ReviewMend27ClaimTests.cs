using Tidings.Claims;
using Xunit;

namespace Tidings.Tests.Claims;

/// <summary>
/// Session 27 review findings on the claims room, one case each: a "-fold" multiple as the text's last token (the token
/// reader ran one past the end), a speaker label that is a rubric or a dateline ("PREMIER LEAGUE:", "KYIV: We …"),
/// "and" between two capitalised words read as a name's joint ("Apple rose 2% on Monday and Microsoft fell 1%"), and
/// ", saying" whose verb was found right after a determiner ("The embattled airline …").
/// </summary>
public sealed class ReviewMend27ClaimTests
{
    private static System.Collections.Immutable.ImmutableArray<Claim> Claims(string text) => ExtractionPipeline.Default.Extract(text).Claims;

    [Fact]
    public void Fold_multiple_as_the_last_token_does_not_throw()
    {
        System.Collections.Immutable.ImmutableArray<Claim> claims = Claims("The agency counted 8,400 crossings, fivefold");
        Assert.False(claims.IsEmpty);
    }

    [Theory]
    [InlineData("PREMIER LEAGUE: Arsenal beat Chelsea 3-1 in front of 60,000")]
    [InlineData("GENERAL ELECTION: Turnout reached 67%")]
    [InlineData("KYIV: We have lost 30% of our generating capacity, the energy minister said.")]
    public void Rubric_or_place_before_a_colon_is_no_speaker(string text)
    {
        string label = text[..text.IndexOf(':', StringComparison.Ordinal)];
        Assert.All(Claims(text), c => Assert.NotEqual(label, c.Source?.Text));
    }

    [Theory]
    [InlineData("DR ARAUJO: Admissions fell 12% last winter.", "DR ARAUJO")]
    [InlineData("SMITH: We will open 40 new stores.", "SMITH")]
    public void Titled_or_first_person_label_is_still_a_speaker(string text, string speaker)
    {
        Assert.Contains(Claims(text), c => c.Source?.Text == speaker);
    }

    [Theory]
    [InlineData("Apple rose 2% on Monday and Microsoft fell 1%")]
    public void And_between_two_clauses_is_no_name_joint(string text)
    {
        Assert.All(Claims(text), c => Assert.Single(c.Quantities));
    }

    [Fact]
    public void Saying_subject_is_not_a_determiner()
    {
        System.Collections.Immutable.ImmutableArray<Claim> claims = Claims("The embattled airline cut 400 jobs, saying demand had collapsed");
        Assert.All(claims, c => Assert.NotEqual("The", c.Source?.Text));
    }
}
