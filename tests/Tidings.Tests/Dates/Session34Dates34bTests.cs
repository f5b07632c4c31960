using System.Collections.Immutable;
using System.Globalization;
using Tidings.Dates;
using Xunit;
using static Tidings.Tests.Dates.DateReading;

namespace Tidings.Tests.Dates;

/// <summary>
/// Session 34 (dates34b): the year of an event named by its place or title ("Euro 2028", "Census 2021"), ages of a pregnancy
/// ("20 weeks pregnant"), yearly days and alternate periods as sets ("every 3 December", "on alternate days", "every other
/// weekend"), "the next year" told in a past clause, and days counted from an operation ("by day five after surgery"). Examples
/// of our own.
/// </summary>
public sealed class Session34Dates34bTests
{
    [Theory]
    [InlineData("Cardiff will stage two group matches at Euro 2028, the organisers said.", "2026-03-02", "2028", "2028")]
    [InlineData("Glasgow 2026 will use four venues instead of ten.", "2025-09-01", "2026", "2026")]
    [InlineData("Census 2011 found that the town had grown by a fifth.", "2026-03-02", "2011", "2011")]
    public void A_year_after_an_events_name_is_its_year(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    [Theory]
    [InlineData("The plan, Vision 2030, sets out new targets for tourism.")]
    [InlineData("The office still runs Windows 2000 on its tills.")]
    [InlineData("The Housing Act 1988 changed the rules for tenancies.")]
    [InlineData("She drove a Peugeot 2008 to the coast.")]
    [InlineData("The cinema will show Blade Runner 2049 on a double bill.")]
    public void A_year_in_a_plans_or_a_products_name_is_no_date(string text) =>
        Assert.DoesNotContain(Read(text, "2026-03-02"), d => d.Text.Contains("20", StringComparison.Ordinal) || d.Text.Contains("19", StringComparison.Ordinal));

    [Theory]
    [InlineData("She was 24 weeks pregnant when the flood came.", "24 weeks")]
    [InlineData("He was born at 30 weeks' gestation in a hospital in Leeds.", "30 weeks")]
    public void The_age_of_a_pregnancy_is_no_duration(string text, string mention) =>
        Assert.DoesNotContain(Read(text, "2026-03-02"), d => d.Text.Contains(mention, StringComparison.Ordinal));

    [Theory]
    [InlineData("The village holds a procession every 14 July.", "every 14 July", "XXXX-07-14")]
    [InlineData("Patients take the tablets on alternate days.", "alternate days", "P2D")]
    [InlineData("The children stay with their father every other weekend.", "every other weekend", "XXXX-WXX-WE")]
    public void Yearly_days_and_alternate_periods_are_sets(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-03-02", mention));

    [Theory]
    [InlineData("The brothers opened a shop in Leeds in 1962. They had wanted to sell it the next year, but the bank refused.", "the next year", "1963")]
    [InlineData("The club folded in 1931. The ground was sold the next year.", "the next year", "1932")]
    public void The_next_year_told_in_a_past_clause_is_the_storys(string text, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, "2026-03-02", mention));

    [Theory]
    [InlineData("Her knee was replaced on Tuesday 3 February, and she was climbing stairs by day four after surgery.", "2026-03-02", "day four", "2026-02-07")]
    [InlineData("He received a new kidney on 9 June 2019 and was home by day six after the transplant.", "2026-03-02", "day six", "2019-06-15")]
    public void A_day_after_an_operation_counts_from_its_day(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));
}
