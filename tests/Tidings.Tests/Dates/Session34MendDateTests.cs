using System.Collections.Immutable;
using System.Globalization;
using Tidings.Dates;
using Xunit;
using static Tidings.Tests.Dates.DateReading;

namespace Tidings.Tests.Dates;

/// <summary>
/// Session 34 (mend34d), review 34d's findings on dates34: an event told with what it did ("killed in an explosion") keeps the days
/// of its own clause (1); "would" before "the turn of the century" means the coming turn only as a limit, never after "would have"
/// or a habitual "would" (2); a participle after "been" before "a week come Monday" is a state, a duration ending on the day (3); a
/// line-initial "May:" is a timeline's row only under a year line, else a speaker's label (4); "on the eve of the X" after a comma
/// is refused only when a date ends right before the comma (5); event nouns that are common words name the event only with a
/// capital or a determiner (6). The review's probes and examples of our own in other registers.
/// </summary>
public sealed class Session34MendDateTests
{
    // Finding 1: the day of an event's own clause is its day.
    [Theory]
    [InlineData("Three people were killed in an explosion at a chemical plant in Leeds on Tuesday 1 December. The day after the explosion, investigators sealed off the site.", "The day after the explosion", "2026-12-02")]
    [InlineData("A cyclist died in a crash on the A38 on Saturday 5 December. On the morning after the crash, police closed the road.", "the morning after the crash", "2026-12-06TMO")]
    [InlineData("Two firefighters were injured in a fire at a warehouse in Salford on Thursday 3 December. The day after the fire, the owners apologised.", "The day after the fire", "2026-12-04")]
    [InlineData("Two people were killed in a shooting at a school in Ohio on Monday 7 December. On the morning after the shooting, the school stayed shut.", "the morning after the shooting", "2026-12-08TMO")]
    public void An_event_keeps_the_days_of_its_own_clause(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-12-07", mention));

    [Fact]
    public void An_event_takes_no_day_of_another_clause() =>
        NoValue("A woman was killed in a crash on the M6; her inquest will open on Monday 14 December. Witnesses who saw the lorry on the morning after the crash are asked to call police.", "2026-12-07", "the morning after the crash");

    // Finding 2: "would" gives the coming turn only as a limit, never after "would have".
    [Theory]
    [InlineData("Historians say the square would have been crowded with traders at the turn of the century.", "2000")]
    [InlineData("Crowds would gather on the quay every summer at the turn of the century, the curator said.", "2000")]
    [InlineData("Without the dam, the valley would have flooded by the turn of the century, engineers said.", "2000")]
    [InlineData("Forecasters warned that the reservoir would be empty by the turn of the century.", "2100")]
    public void Would_means_the_coming_turn_only_as_a_limit(string text, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-12-07", "the turn of the century"));

    // Finding 3: a participle after "been" is a state lasting up to the day.
    [Fact]
    public void A_future_perfect_state_is_no_week_past_the_day() =>
        Assert.DoesNotContain(Read("The three men will have been detained a fortnight come Monday, their lawyers said.", "2026-12-10"),
            d => d.Text.EndsWith("come Monday", StringComparison.Ordinal));

    [Theory]
    [InlineData("The miners have been trapped underground a week come Monday.", "Monday", "2026-12-14")]
    [InlineData("The account has been frozen a week come Friday.", "Friday", "2026-12-11")]
    [InlineData("By then the ferry passengers will have been stranded a week come Sunday.", "Sunday", "2026-12-13")]
    public void A_state_after_been_is_a_duration_ending_on_the_day(string text, string mention, string expected)
    {
        Assert.Equal(expected, ValueOf(text, "2026-12-10", mention));
        Assert.DoesNotContain(Read(text, "2026-12-10"), d => d.Text.EndsWith(" come " + mention, StringComparison.Ordinal));
    }

    // Finding 4: a speaker's label is no month.
    [Theory]
    [InlineData("Corbyn: The prime minister has failed.\nMay: The right honourable gentleman is wrong.")]
    [InlineData("May: I will not resign. We will deliver Brexit.")]
    [InlineData("PRESENTER: What happened after the vote?\nMay: We went back to work the next morning.")]
    public void A_speakers_label_is_no_month(string text) =>
        NoValue(text, "2026-12-07", "May");

    // Finding 5: a comma refuses "on the eve of the X" only after a date.
    [Theory]
    [InlineData("The summit opens on Thursday 10 December. In Brussels, on the eve of the summit, thousands marched.", "the eve of the summit", "2026-12-09")]
    [InlineData("The vote is on Thursday 10 December. Speaking to reporters, on the eve of the vote, the minister said he was confident.", "the eve of the vote", "2026-12-09")]
    [InlineData("The election is on Thursday 10 December. In the City, the day after the election, traders expect a rally.", "the day after the election", "2026-12-11")]
    public void A_comma_after_a_fronted_phrase_keeps_the_event_day(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-12-07", mention));

    // Finding 6: a common word is no event without its capital or its determiner.
    [Theory]
    [InlineData("The Warriors have lost four of their last six games, and host the Lakers on Tuesday 8 December. On the eve of the Games, the mayor spoke.", "the eve of the Games")]
    [InlineData("England hope Kane will strike early against Wales on Saturday 12 December. The day before the strike, the squad trained at St George's Park.", "The day before the strike")]
    [InlineData("Crowds spent Saturday 5 December hearing speeches in the square. The day before the hearing, the judge fell ill.", "The day before the hearing")]
    public void A_common_word_is_no_event(string text, string mention) =>
        NoValue(text, "2026-12-07", mention);
}
