using Xunit;
using static Tidings.Tests.Dates.DateReading;

namespace Tidings.Tests.Dates;

/// <summary>
/// Review 38d (the lead's mend of dates38's generic months): a habitual cue of one clause tells nothing of a date in the next
/// (findings 1, 4), instruction verbs are the gardener's and traveller's imperatives only, not news verbs that open a sentence
/// (finding 3), and a month before "is" is any year's only when the copula says what it is like every year (finding 4).
/// Sentences of our own.
/// </summary>
public sealed class ReviewMend38dDateTests
{
    private const string Reference = "2026-06-10";

    [Theory]
    [InlineData("Officials often criticise the plan, which takes effect in March.", "March")]
    [InlineData("The minister is the busiest member of the cabinet and the review starts in May.", "May")]
    [InlineData("Visit the exhibition before it closes in March.", "March")]
    [InlineData("Keep an eye on the talks, which resume in January.", "January")]
    [InlineData("Expect the new fares to apply from February.", "February")]
    [InlineData("September is the deadline for the trade deal.", "September")]
    [InlineData("Critics usually agree with him, but the vote is in October.", "October")]
    public void A_month_outside_the_clause_that_tells_of_every_year_keeps_its_year(string text, string mention)
    {
        string? value = ValueOf(text, Reference, mention);
        Assert.NotNull(value);
        Assert.DoesNotContain("XXXX", value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("November is the best month for the wildflowers.", "November", "XXXX-11")]
    [InlineData("December is for the family and the long evenings.", "December", "XXXX-12")]
    [InlineData("January is the time to order seed catalogues.", "January", "XXXX-01")]
    public void A_month_whose_copula_says_what_it_is_like_every_year_is_any_years(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, Reference, mention));
}
