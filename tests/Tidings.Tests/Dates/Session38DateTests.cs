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
    [InlineData("Prune the apple trees in January, while they are dormant.", "January", "XXXX-01")]
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
    [InlineData("Forecasters expect the coldest nights of the year in late December.", "late December", "2026-12")]
    [InlineData("The ferry usually runs daily; it will stop in September for repairs.", "September", "2026-09")]
    [InlineData("The council will meet in September to set the budget.", "September", "2026-09")]
    [InlineData("Prices rose in March, the office said.", "March", "2026-03")]
    [InlineData("The next survey of the lake is in August.", "August", "2026-08")]
    public void A_month_tied_to_one_time_keeps_its_year(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, Reference, mention));

    // A diary's entry or a letter headed by its day, unquoted: its words of time count from that day (b26's letters and diaries).
    [Theory]
    [InlineData("The logbook of the Endeavour II\n\n12 March 1952. Fog in the Channel. We sail tomorrow if it lifts.\n\nThe logbook was sold at auction last week.", "tomorrow", "1952-03-13")]
    [InlineData("Tobruk, 4 August 1941\n\nDear Father, the water ran out yesterday and the well is dry.\n\nHis letters were found in a loft.", "yesterday", "1941-08-03")]
    [InlineData("Kandahar, June 9, 2010. Dear Sis, we leave for the valley tonight.", "tonight", "2010-06-09TNI")]
    public void An_entry_headed_by_its_day_counts_from_it(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, Reference, mention));

    [Theory]
    [InlineData("The logbook of the Endeavour II\n\n12 March 1952. Fog in the Channel.\n\nThe logbook goes on show tomorrow.", "tomorrow", "2026-06-11")]
    [InlineData("He wrote on 4 August 1941.\n\nThe museum opens the exhibition tonight.", "tonight", "2026-06-10TNI")]
    public void Words_of_time_outside_the_entry_count_from_the_news(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, Reference, mention));

    // Two months written as one hyphened word are two mentions, the second after the first (b26's ranges).
    [Theory]
    [InlineData("Road works will run in November-February, the council said.", "February", "2027-02")]
    [InlineData("Road works will run in November-February, the council said.", "November", "2026-11")]
    public void Two_months_joined_by_a_hyphen_are_two_mentions(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, Reference, mention));

    // A 24-hour clock after a timetable's word (b26's timetables).
    [Theory]
    [InlineData("Sleeper to Inverness, Friday 12 June: London Euston dep 21:15.", "21:15", "2026-06-12T21:15")]
    [InlineData("The sleeper arrives 07:45, an hour late, the operator said.", "07:45", "2026-06-10T07:45")]
    public void A_clock_after_a_timetables_word_is_read(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, Reference, mention));
}
