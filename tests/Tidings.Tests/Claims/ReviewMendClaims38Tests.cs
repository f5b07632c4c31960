using Xunit;
using static Tidings.Tests.Claims.ReviewMend28ClaimTests;

namespace Tidings.Tests.Claims;

/// <summary>
/// Session 38 (mend-claims38): the review of claims38 (/work/s38/review-claims38.md). Finding 1: a forecaster, like an
/// economist, sets no other holder, and a country named as the outcome's subject is the whole a government or ministry plans
/// for; finding 2: a move of places is a rank move only when a ranking follows, so seats and jobs stay claims; finding 5: a
/// sentence-initial rank word is no rank.
/// </summary>
public sealed class ReviewMendClaims38Tests
{
    // Finding 1: the forecast and the country's outcome are one claim, whoever forecast it.
    [Theory]
    [InlineData("Forecasters had expected a rise of 0.3%; France recorded 0.1%.", "0.3%", "0.1%")]
    [InlineData("Economists had expected a rise of 0.3%; France recorded 0.1%.", "0.3%", "0.1%")]
    [InlineData("The ministry had forecast exports of $40bn; Vietnam recorded $38bn.", "$40bn", "$38bn")]
    [InlineData("The government had forecast growth of 1.5%; Spain recorded 1.2%.", "1.5%", "1.2%")]
    public void Forecast_and_the_countrys_outcome_join(string text, string plan, string outcome) =>
        Assert.Contains(ClaimOf(text, plan).Quantities, q => q.Text.Contains(outcome, StringComparison.Ordinal));

    // Finding 1 control: a member that is no country (a county, a club) still stands apart from a body's plan.
    [Theory]
    [InlineData("The department had forecast 2,000 arrivals; Kent recorded 1,700.", "2,000", "1,700")]
    [InlineData("The federation had hoped to sell 80,000 shirts; Celtic sold 9,000.", "80,000", "9,000")]
    public void Plan_and_a_members_outcome_stay_apart(string text, string plan, string other) =>
        Assert.DoesNotContain(ClaimOf(text, plan).Quantities, q => q.Text.Contains(other, StringComparison.Ordinal));

    // Finding 2: places and positions counted as seats or jobs, with no ranking after them, are claims.
    [Theory]
    [InlineData("Universities dropped 4,000 places for overseas students this year.", "4,000")]
    [InlineData("Ford moved 1,500 positions to its Cologne plant in 2024.", "1,500")]
    public void Seats_and_jobs_moved_stay_claims(string text, string figure) =>
        Assert.Contains(ReviewMend28ClaimTests.Claims(text), c => c.Quantities.Any(q => q.Text.Contains(figure, StringComparison.Ordinal)));

    // Finding 2 control: a move of places with a ranking after it claims nothing.
    [Theory]
    [InlineData("Portugal slipped three spots in the Fifa rankings.", "three")]
    [InlineData("Leeds rose 4 places to 9th after the win.", "4")]
    [InlineData("Norway climbed two positions to second in the standings.", "two")]
    public void Rank_moves_claim_nothing(string text, string figure) =>
        Assert.DoesNotContain(ReviewMend28ClaimTests.Claims(text), c => c.Quantities.Any(q => q.Text == figure));

    // Finding 5: a rank word opening the sentence is no rank ("Last of …" in a headline).
    [Fact]
    public void Sentence_initial_rank_word_is_no_rank() =>
        Assert.Contains(ReviewMend28ClaimTests.Claims("Last of 3,000 Ford workers leave Dagenham."), c => c.Quantities.Any(q => q.Text.Contains("3,000", StringComparison.Ordinal)));
}
