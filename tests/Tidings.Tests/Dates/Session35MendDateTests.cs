using Xunit;
using static Tidings.Tests.Dates.DateReading;

namespace Tidings.Tests.Dates;

/// <summary>
/// Session 35 (mend35d2, from mend35d's work): review 35d of dates35. Finding 3, a past timeline's paragraph is the reader's (a line),
/// so a text of one-line paragraphs is read in linear time; finding 4, a straight mark after a digit is an inch, not a quotation.
/// The review's probes and examples of our own.
/// </summary>
public sealed class Session35MendDateTests
{
    // Finding 4: a straight mark after a digit is an inch or a second, not a quotation.
    [Theory]
    [InlineData("The depot opened on 3 March 2021. Crews will lay 6\" pipes from tomorrow and 8\" mains later.", "2026-12-09", "tomorrow", "2026-12-10")]
    [InlineData("The shop opened on 1 May 2020. A 55\" TV goes on sale tomorrow, and a 65\" model next week.", "2026-12-09", "tomorrow", "2026-12-10")]
    public void An_inch_mark_is_no_quotation(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    // Finding 3: a history told in one-line paragraphs is read in work linear in its length (a search for a blank line made it
    // quadratic: 4,000 lines took about 20 s against 1 s). Counted, not timed (session 38): the reader's token look-ups and the
    // characters the timelines' paragraph scans read grow four-fold with four times the lines (a square would be sixteen-fold).
    [Fact]
    public void A_history_of_one_line_paragraphs_is_read_in_linear_work()
    {
        static string History(int lines) => string.Concat(Enumerable.Repeat(
            "The mill closed on 3 March 1931 after a strike in Leeds. In November, workers had marched on the town hall.\n", lines));
        AssertLinearWork(History(1500), History(6000), "2026-12-07", 4.5);
    }
}
