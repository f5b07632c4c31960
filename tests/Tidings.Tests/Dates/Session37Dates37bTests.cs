using Xunit;
using static Tidings.Tests.Dates.DateReading;

namespace Tidings.Tests.Dates;

/// <summary>
/// Session 37 (dates37b): decades in words with their modifier or epithet ("the early Eighties", "the mid-Seventies", "the Swinging
/// Sixties"), decades that modify a noun ("The Sixties pop star", "Seventies nostalgia"), "the 90s"; years of other calendars
/// ("Reiwa 8", "the first year of Reiwa", "BE 2570", "1102 AH", "the Hijri year 1448"); recurring slots with their clock ("Sundays
/// at 9pm", "every weekday at 6am", "weeknights"). Examples of our own.
/// </summary>
public sealed class Session37Dates37bTests
{
    [Theory]
    [InlineData("Crime in the city fell through the early Eighties, the report says.", "the early Eighties", "198")]
    [InlineData("The band split up in the late Nineties and re-formed last year.", "the late Nineties", "199")]
    [InlineData("The pier was rebuilt in the mid-Seventies after a storm.", "the mid-Seventies", "197")]
    [InlineData("The club was the place to be seen in the Swinging Sixties.", "the Swinging Sixties", "196")]
    [InlineData("Jazz filled the hall during the Roaring Twenties.", "the Roaring Twenties", "192")]
    [InlineData("Warehouse parties in the 90s were mostly illegal.", "the 90s", "199")]
    [InlineData("The Seventies rock star has died at his home in Devon.", "Seventies", "197")]
    [InlineData("The 1950s generation of council houses is being refitted.", "1950s", "195")]
    [InlineData("Eighties fashion is back in the shops this autumn.", "Eighties", "198")]
    [InlineData("The canal fell silent around the turn of the millennium.", "the turn of the millennium", "2000")]
    public void A_decade_in_words_is_a_decade(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-03-02", mention));

    [Theory]
    [InlineData("The 1970s brought strikes and power cuts.", "The 1970s", "197")]
    [InlineData("In the Sixties the town had four cinemas.", "the Sixties", "196")]
    public void A_decade_that_is_no_modifier_keeps_its_article(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-03-02", mention));

    [Fact]
    public void Temperatures_in_the_nineties_are_no_decade() =>
        Assert.Empty(Read("Highs will be in the 90s across Texas this week.", "2026-07-02").Where(d => d.Text.Contains("90s", StringComparison.Ordinal)));

    [Theory]
    [InlineData("The budget paper, dated Reiwa 7, forecasts slower growth.", "Reiwa 7", "2025")]
    [InlineData("The shrine was rebuilt in Showa 33 after a fire.", "Showa 33", "1958")]
    [InlineData("Stamps issued in the first year of Reiwa are now collected.", "the first year of Reiwa", "2019")]
    [InlineData("The charter must be renewed by BE 2571, the court ruled.", "BE 2571", "2028")]
    public void A_year_of_an_era_that_maps_onto_a_year_is_that_year(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-03-02", mention));

    [Theory]
    [InlineData("The Koran was copied in 1120 AH by a scribe in Isfahan.", "1120 AH")]
    [InlineData("The Hijri year 1449 begins in early June.", "1449")]
    [InlineData("The Hebrew year 5788 begins in the autumn.", "5788")]
    [InlineData("Kathmandu celebrates the arrival of 2084 BS with a parade.", "2084 BS")]
    public void A_year_of_a_calendar_that_straddles_two_years_has_no_value(string text, string mention)
    {
        Assert.Contains(Read(text, "2026-03-02"), d => d.Text == mention);
        NoValue(text, "2026-03-02", mention);
    }

    [Theory]
    [InlineData("The drama will air Sundays at 9pm from next month.", "Sundays at 9pm", "XXXX-WXX-7T21:00")]
    [InlineData("The bulletin is broadcast every weekday at 6.30am on Radio 4.", "every weekday at 6.30am", "XXXX-WXX-WDT06:30")]
    [InlineData("A digital edition is published every morning at 7am.", "every morning at 7am", "XXXX-XX-XXT07:00")]
    [InlineData("The quiz ran weeknights at 6pm for a decade.", "weeknights at 6pm", "XXXX-WXX-WDT18:00")]
    [InlineData("The soap moves to weeknights in the new year.", "weeknights", "XXXX-WXX-WDTNI")]
    public void A_recurring_slot_keeps_its_clock(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-03-02", mention));

    [Theory]
    [InlineData("The bakery celebrates its centenary with free cakes on Saturday.", "Saturday", "2026-03-07")]
    [InlineData("The museum, after a two-year refit, reopens its doors on Friday.", "Friday", "2026-03-06")]
    [InlineData("His daughter unveils a plaque at the station on Thursday.", "Thursday", "2026-03-05")]
    public void A_sentence_in_the_simple_present_tells_a_day_to_come(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-03-02", mention));

    [Theory]
    [InlineData("Heavy rains hit the town on Saturday, flooding 40 homes.", "Saturday", "2026-02-28")]
    [InlineData("The bakery celebrated its centenary with free cakes on Saturday.", "Saturday", "2026-02-28")]
    [InlineData("After a complaint to trading standards on Saturday, the shop agreed to refund the vouchers.", "Saturday", "2026-02-28")]
    public void A_sentence_with_no_simple_present_keeps_its_past(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-03-02", mention));
}
