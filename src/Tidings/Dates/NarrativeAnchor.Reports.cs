using System.Globalization;

namespace Tidings.Dates;

/// <summary>A company report's period: the quarter it is about, which "the quarter", "a year earlier" and "the year-earlier
/// period" count from.</summary>
internal sealed partial class NarrativeAnchor
{
    // A quarterly report's period: the quarter it last named ("fourth-quarter earnings", "the fiscal first quarter
    // ended Sept. 30"), and whether it now compares year-long figures ("For the nine months, … a year earlier").
    private int _reportYear;
    private int _reportQuarter;
    private int _reportStart = -1;
    private bool _reportYearLong;
    private bool _reportNamed;

    /// <summary>A report's relative period, counted from the quarter it last named.</summary>
    private string? ReportValue(in DateParse p)
    {
        int year = p.Report == ReportUse.Period ? _reportYear : p.Year ?? _reportYear - 1;
        bool wholeYear = p.Report == ReportUse.YearBack && _reportYearLong;
        return year is < 1 or > 9999 ? null
            : wholeYear ? DateResolver.Year(year)
            : string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{_reportQuarter}");
    }

    /// <summary>A quarter the text names without a year of its own ("third-quarter profit", "its fiscal first quarter"), up to the
    /// publication's own: the period the report is about from here on.</summary>
    private void Report(in DateParse p, string? value)
    {
        if (p.Kind != ParseKind.Period || p.Unit != TimeUnit.Quarter || p.Ordinal <= 0 || p.Year is not null || p.YearShift is not null
            || p.Tense == Tense.Future || value is not { Length: 7 } || value[5] != 'Q'
            || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            return;
        }

        // The report's quarter is the first one it names (its lede), a company's own quarter ("fiscal", "ended Sept. 30"), or
        // the last quarter ended; not "a fourth-quarter charge" ahead of it or "After a flat second quarter" behind it.
        int quarter = value[6] - '0';
        bool lastEnded = publication is DateOnly r && value == DateResolver.Shifted(r, TimeUnit.Quarter, -1);
        bool first = !_reportNamed;
        _reportNamed = true;
        if (!(first || p.Fiscal || lastEnded) || (publication is DateOnly d && (year > d.Year || (year == d.Year && ((quarter - 1) * 3) + 1 > d.Month))))
        {
            return;
        }

        _reportYear = year;
        _reportQuarter = quarter;
        _reportStart = p.Start;
        _reportYearLong = false;
    }
}
