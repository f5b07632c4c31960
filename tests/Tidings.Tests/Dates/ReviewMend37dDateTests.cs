using Xunit;
using static Tidings.Tests.Dates.DateReading;

namespace Tidings.Tests.Dates;

/// <summary>
/// Session 37 (dates37b): the mends of review 37d (land37d) — a quoted weekday takes the tense of its own clause, not a comment on
/// now in another (finding 1); a sentence-opening adverbial of any length dates its quotation (finding 2); a dateline's bracket is
/// searched only as far as it is judged (finding 3, linear); a document's own weekday moves a week on only when told ahead (finding 5). Rows of the review; 7 December 2026 is a Monday.
/// </summary>
public sealed class ReviewMend37dDateTests
{
    private const string Monday = "2026-12-07";

    [Theory]
    [InlineData("“He died on Tuesday and the family is devastated,” a spokesman said.", "Tuesday", "2026-12-01")]
    [InlineData("“We lost on Saturday and we are all disappointed,” the manager said.", "Saturday", "2026-12-05")]
    [InlineData("“She was taken to hospital on Friday and remains in a critical condition,” police said.", "Friday", "2026-12-04")]
    [InlineData("“I have the results from Tuesday,” the doctor said.", "Tuesday", "2026-12-01")]
    [InlineData("“We have no idea what happened on Tuesday,” his mother said.", "Tuesday", "2026-12-01")]
    [InlineData("“He could have died on Tuesday,” the doctor said.", "Tuesday", "2026-12-01")]
    [InlineData("“It will take years to rebuild what was destroyed on Sunday,” the mayor said.", "Sunday", "2026-12-06")]
    [InlineData("“They have their final on Saturday,” the coach said.", "Saturday", "2026-12-12")]
    public void A_quoted_weekday_takes_the_tense_of_its_own_clause(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, Monday, mention));

    [Theory]
    [InlineData("In a speech on 2 March 2025, the minister said: “We will act next week.”", "next week", "2025-W10")]
    [InlineData("Speaking to reporters outside the court on 3 March 2025, his lawyer said: “We will appeal next week.”", "next week", "2025-W11")]
    public void A_sentence_opening_adverbial_dates_its_quotation(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, Monday, mention));

    // Counted, not timed (session 38): eight times the lines, at most nine times the token look-ups and the characters scanned.
    [Fact]
    public void A_dateline_with_an_open_bracket_is_read_in_linear_work()
    {
        static string Lines(int n) => string.Concat(Enumerable.Repeat("AB, 3 December (the paper\n", n)) + "“We meet on Friday.”";
        AssertLinearWork(Lines(10_000), Lines(80_000), Monday, 9);
    }

    [Theory]
    [InlineData("He wrote in his diary on 12 May 2025: ‘Monday. Rain all day.’", "Monday", "2025-05-12")]
    [InlineData("The jury was told that on 12 May 2025 the defendant wrote in his diary: ‘Meeting him on Saturday. Won’t be back till Monday.’", "Monday", "2025-05-19")]
    public void A_documents_own_weekday_moves_on_only_when_told_ahead(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, Monday, mention));
}
