using Tidings.Claims;
using Xunit;
using static Tidings.Tests.Claims.ReviewMend28ClaimTests;

namespace Tidings.Tests.Claims;

/// <summary>
/// Session 33 (claims33b), the review of claims33 (review33c): a worked example's holder is linked by a participle, "on"
/// or a relative, with no verb before its amount, and its result is no coordinated clause of its own; the result keeps
/// its own group; a bracketed "e.g." figure is a placeholder only where the reader is addressed; "Say" imagines only
/// before a subject pronoun.
/// </summary>
public sealed class ReviewMend33cClaimTests
{
    [Theory]
    [InlineData("Consumer spending rose 0.6% in October and has risen 5.1% over the past year, the Commerce Department said.", "0.6%")]
    [InlineData("Households saved $2.1 trillion during the pandemic and have spent about $1.6 trillion of it since, the San Francisco Fed said.", "$2.1 trillion")]
    [InlineData("Investors bought $12 billion of US stocks last week and will get $3 billion back in buybacks.", "$12 billion")]
    public void Two_reported_clauses_are_no_worked_example(string text, string quantity) =>
        Assert.Single(ClaimOf(text, quantity).Quantities);

    [Fact]
    public void The_result_keeps_its_own_move()
    {
        Claim claim = ClaimOf("Workers on the national living wage of £11.44 will get a 9.8% rise to £12.21 an hour from April.", "9.8%");
        Assert.Contains("£12.21", claim.Quantities.Select(q => q.Text));
        Assert.Equal(ClaimRelation.Change, claim.Relation);
    }

    [Fact]
    public void A_bracketed_instance_is_a_real_figure() =>
        Assert.NotNull(ClaimOf("Some countries already tax windfalls heavily (for example, 78% in Norway), the IFS said.", "78%"));

    [Fact]
    public void Say_what_you_like_imagines_nothing() =>
        Assert.NotNull(ClaimOf("Say what you like about the chancellor, borrowing fell to £11.2bn in November.", "£11.2bn"));
}
