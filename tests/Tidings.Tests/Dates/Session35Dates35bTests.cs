using Xunit;
using static Tidings.Tests.Dates.DateReading;

namespace Tidings.Tests.Dates;

/// <summary>
/// Session 35 (dates35b): clocks told in words ("half past nine", "a quarter to six", "twenty-five to ten", "seven-thirty",
/// "three in the morning", "at 1930 hours"), their morning or afternoon from the words after them or the clock told before, and
/// years clipped after an apostrophe ("Jan '24", "FY'24", "between '22 and '24"). Examples of our own.
/// </summary>
public sealed class Session35Dates35bTests
{
    [Theory]
    [InlineData("The ferry will leave at half past seven this morning, the operator said.", "half past seven this morning", "2026-03-02T07:30")]
    [InlineData("The lifeboat was launched at a quarter to four on Sunday afternoon.", "a quarter to four", "2026-03-01T15:45")]
    [InlineData("Polls close at ten to midnight on Friday.", "ten to midnight", "2026-03-06T23:50")]
    [InlineData("The alarm went off at three in the morning on Tuesday.", "three in the morning", "2026-02-24T03:00")]
    [InlineData("The convoy left the base at 2015 hours on Sunday.", "2015 hours", "2026-03-01T20:15")]
    public void A_clock_told_in_words_is_a_time(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-03-02", mention));

    [Fact]
    public void A_story_told_by_the_clock_runs_forward() =>
        Assert.Equal("2026-02-28T16:50", ValueOf("The climbers left the hut at nine on Saturday. By two o'clock the mist was down, and they called for help at ten to five.",
            "2026-03-02", "ten to five"));

    [Theory]
    [InlineData("Sales rose from five to six per cent of the total.")]
    [InlineData("The volunteers have put in 1100 hours since the spring.")]
    public void Counts_that_look_like_clocks_are_no_times(string text) =>
        Assert.DoesNotContain(Read(text, "2026-03-02"), d => d.Type == Tidings.Dates.TemporalType.Time);

    [Theory]
    [InlineData("Sales in Jan '24 were the best the shop had seen.", "2026-03-02", "Jan '24", "2024-01")]
    [InlineData("The group reported its results for FY'25 on Tuesday.", "2026-03-02", "FY'25", "FY2025")]
    [InlineData("Rents rose by a third between '22 and '24 in the city.", "2026-03-02", "'22", "2022")]
    [InlineData("The tunnel should open by '29, the council said.", "2026-03-02", "'29", "2029")]
    public void A_clipped_year_is_a_year(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));
}
