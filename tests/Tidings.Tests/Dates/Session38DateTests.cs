using Xunit;
using static Tidings.Tests.Dates.DateReading;

namespace Tidings.Tests.Dates;

/// <summary>
/// Session 38 (dates38): generic months and seasons — a month, a season or a fixed named day without a year in a clause about what
/// happens every year is any year's (b24's generic-months), while a month tied to one time keeps its year. Sentences of our own.
/// </summary>
public sealed class Session38DateTests
{
    private const string Reference = "2026-06-10";

    [Theory]
    [InlineData("Plant tulip bulbs in November, once the soil has cooled.", "November", "XXXX-11")]
    [InlineData("In Kent, pick cherries in July before the birds get them.", "July", "XXXX-07")]
    [InlineData("The storks usually leave the marshes in late August.", "late August", "XXXX-08")]
    [InlineData("Lisbon is cheapest in February, when the tourists have gone.", "February", "XXXX-02")]
    [InlineData("November is the windiest month on the Orkney coast.", "November", "XXXX-11")]
    [InlineData("The bakery usually closes on Boxing Day.", "Boxing Day", "XXXX-12-26")]
    [InlineData("In most years the lake freezes over in January.", "January", "XXXX-01")]
    [InlineData("In an average year the first snow falls in the autumn.", "the autumn", "XXXX-FA")]
    public void A_month_in_a_clause_about_every_year_is_any_years(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, Reference, mention));

    [Theory]
    [InlineData("The hedgehogs wake from hibernation in April. Volunteers usually count them in May.", "April", "XXXX-04")]
    [InlineData("The trails are muddy in November. October is the month to walk them.", "November", "XXXX-11")]
    public void A_paragraph_that_tells_of_every_year_makes_its_months_any_years(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, Reference, mention));

    [Theory]
    [InlineData("The storks usually leave in August, but this year they left in May.", "May", "2026-05")]
    [InlineData("Harvest begins in mid-October and ends in early November.", "early November", "2026-11")]
    [InlineData("Each household used 90 litres a day in May.", "May", "2026-05")]
    [InlineData("Its wettest February on record left the fields under water.", "February", "2026-02")]
    [InlineData("The market runs every Saturday from April to October.", "April", "2026-04")]
    [InlineData("The ferry usually runs daily; it will stop in September for repairs.", "September", "2026-09")]
    [InlineData("The council will meet in September to set the budget.", "September", "2026-09")]
    [InlineData("Prices rose in March, the office said.", "March", "2026-03")]
    [InlineData("The next survey of the lake is in August.", "August", "2026-08")]
    public void A_month_tied_to_one_time_keeps_its_year(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, Reference, mention));
}
