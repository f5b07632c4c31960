using System.Collections.Immutable;
using System.Globalization;
using Tidings.Dates;
using Xunit;
using static Tidings.Tests.Dates.DateReading;

namespace Tidings.Tests.Dates;

/// <summary>
/// Session 32 (dates32b): compact business codes ("Q3'24", "H2'27", "FY27/28", "FY 2025/26", "FY29E", "Q1 CY24", "1H FY28", "4Q",
/// "YTD", "w/c 9 Mar"), feed stamps beside a middle dot ("· 4h", "2w ·"), abbreviated units ("7 hrs ago", "12 min read") and horizons
/// ahead of the writing ("by mid-century", "by the middle of the century", "within the decade", "by the turn of the century"); "these
/// days" as the present, a paragraph opening on the present back at the time of writing, and seasons of one hemisphere.
/// </summary>
public sealed class Session32Dates32bTests
{
    private static string? ValueOf(string text, string reference, string mention) => Assert.Single(Read(text, reference), d => d.Text == mention).Value;

    [Theory]
    [InlineData("Margins widened in Q3'24 as input costs eased.", "2025-03-02", "Q3'24", "2024-Q3")]
    [InlineData("The airline expects a recovery in H2'27 after the engine recall.", "2027-01-20", "H2'27", "2027-H2")]
    [InlineData("The authority's plan for FY27/28 adds £12m for bridges.", "2027-02-10", "FY27/28", "FY2028")]
    [InlineData("The trust's deficit for FY 2025/26 is forecast at £40m.", "2025-06-11", "FY 2025/26", "FY2026")]
    [InlineData("We cut our FY29E earnings by 4%.", "2028-05-03", "FY29E", "FY2029")]
    [InlineData("Shipments in Q1 CY24 fell 8%, the tracker said.", "2024-05-15", "Q1 CY24", "2024-Q1")]
    [InlineData("The group expects a softer 1H FY28 as prices fall.", "2027-08-19", "1H FY28", "FY2028-H1")]
    [InlineData("The index is up 6.2% YTD, the manager wrote.", "2027-09-14", "YTD", "2027")]
    [InlineData("The desk is down £0.4m MTD.", "2027-09-14", "MTD", "2027-09")]
    [InlineData("Rota for w/c 9 Mar is below.", "2026-03-02", "w/c 9 Mar", "2026-W11")]
    [InlineData("Sales, w/e 14 Nov: food +2%.", "2026-11-18", "w/e 14 Nov", "2026-W46")]
    public void Compact_business_codes_are_their_periods(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    [Theory]
    [InlineData("Harbour Watch\n@harbourwatch · 4h\nGale warning for the Minch tonight.", "2026-10-12", "4h", "2026-10-12")]
    [InlineData("Jo Bell · 6d\nThe ferry is cancelled again.", "2026-10-12", "6d", "2026-10-06")]
    [InlineData("Sam Okafor · Engineer\n2w · Edited\nProud of the team that finished the bridge.", "2026-10-12", "2w", "2026-W40")]
    [InlineData("7 hrs ago\nThe river is expected to peak overnight.", "2026-10-12", "7 hrs ago", "2026-10-12")]
    public void Feed_stamps_count_back_from_the_writing(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    [Fact]
    public void A_reading_time_in_abbreviated_minutes_is_a_duration() =>
        Assert.Equal("PT12M", ValueOf("How the canal was saved\n12 min read", "2026-10-12", "12 min"));

    [Fact]
    public void Millions_beside_a_middle_dot_are_no_stamp() =>
        Assert.DoesNotContain(Read("Transfer news · £35m · Striker joins Leeds", "2026-08-01"), d => d.Text.Contains("35m", StringComparison.Ordinal));

    [Theory]
    [InlineData("The airline aims to be carbon neutral by mid-century.", "2026-04-02", "mid-century", "20")]
    [InlineData("The city will double in size by the middle of the century, planners say.", "2026-04-02", "the middle of the century", "20")]
    [InlineData("Ministers promised fibre to every village within the decade.", "2026-04-02", "the decade", "202")]
    [InlineData("Glaciers in the Alps could vanish by the turn of the century.", "2026-04-02", "the turn of the century", "2100")]
    [InlineData("The house was built at the turn of the century.", "2026-04-02", "the turn of the century", "2000")]
    public void Horizons_ahead_of_the_writing_are_its_century_and_decade(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));

    [Fact]
    public void Mid_century_before_a_noun_is_a_style() =>
        Assert.DoesNotContain(Read("She bought a mid-century sofa at auction.", "2026-04-02"), d => d.Text == "mid-century");

    [Theory]
    [InlineData("These days the mill is a hotel.", "These days")]
    [InlineData("She is 80, and these days she paints.", "these days")]
    [InlineData("The ferry runs on diesel these days.", "these days")]
    public void These_days_heading_or_ending_its_clause_is_the_present(string text, string mention) =>
        Assert.Equal("PRESENT_REF", ValueOf(text, "2026-05-05", mention));

    [Fact]
    public void These_days_of_a_named_time_are_no_date() =>
        Assert.DoesNotContain(Read("These days of austerity have hit the north hardest.", "2026-05-05"), d => d.Text == "These days");

    [Fact]
    public void A_paragraph_opening_on_the_present_is_back_at_the_time_of_writing() =>
        Assert.Equal("2026-03", ValueOf("The mill\n\nIn 1971 the mill closed. In June the looms were sold.\n\nThese days the mill is a hotel. In March it won an award.", "2026-05-05", "March"));

    [Theory]
    [InlineData("Perth has had its wettest southern winter in decades.", "2026-08-20", "southern winter", "2026-WI")]
    [InlineData("Ski resorts in the Andes expect a busy Chilean winter.", "2026-05-20", "Chilean winter", "2026-WI")]
    [InlineData("SYDNEY — Exporters hope for a strong northern summer in Europe.", "2026-01-20", "northern summer", "2026-SU")]
    public void A_season_of_one_hemisphere_is_the_writings(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));
}
