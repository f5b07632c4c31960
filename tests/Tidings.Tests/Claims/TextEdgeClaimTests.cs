using Tidings.Claims;
using Tidings.Dates;
using Xunit;

namespace Tidings.Tests.Claims;

/// <summary>Claims and dates at the very edge of a text: the last token of a document with no closing full stop, and
/// codes whose arithmetic runs past the four-digit years (found by the session 26 review; each threw or wrote a
/// five-digit year before).</summary>
public sealed class TextEdgeClaimTests
{
    [Theory]
    [InlineData("Prices rose 5% according to data released today")]
    [InlineData("Prices rose 5% according to data released yesterday")]
    [InlineData("Output fell 3% according to figures published today")]
    public void A_participle_source_before_today_at_the_end_of_the_text_is_read(string text)
    {
        ExtractionResult result = ExtractionPipeline.Default.Extract(text, new DateOnly(2026, 3, 11));
        Claim claim = Assert.Single(result.Claims);
        Assert.Equal(text.IndexOf('%', StringComparison.Ordinal) + 1, claim.Quantities[0].End);
    }

    [Theory]
    [InlineData("FY9999/00")]
    [InlineData("in FY9999-10000")]
    [InlineData("results for FY9999/00 and FY2024/25")]
    public void A_fiscal_span_past_9999_has_no_value(string text)
    {
        foreach (DateMention date in DateExtractor.Default.Extract(text, new DateOnly(2026, 3, 11)))
        {
            Assert.DoesNotContain("10000", date.Value ?? "", StringComparison.Ordinal);
        }
    }
}
