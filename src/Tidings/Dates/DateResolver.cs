using System.Globalization;

namespace Tidings.Dates;

/// <summary>
/// Turns a <see cref="DateParse"/> and an anchor date into a TIMEX3 value. Stateless and total: a value the calendar
/// cannot hold (before year 1, after 9999) is null, never an exception.
/// </summary>
internal static class DateResolver
{
    /// <summary>
    /// The end month of a span without years ("from December to April") given the start's value ("2024-12"): the same year, or
    /// the next when the end month comes earlier in the calendar; null when the start is not a month of that span.
    /// </summary>
    internal static string? RangeEnd(in DateParse p, string? start)
    {
        if (start is not { Length: 7 } || start[4] != '-' || !int.TryParse(start.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || !int.TryParse(start.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month) || month != p.RangeFrom)
        {
            return null;
        }

        int end = p.Month < month ? year + 1 : year;
        return end is >= 1 and <= 9999 ? string.Create(CultureInfo.InvariantCulture, $"{end:D4}-{p.Month:D2}") : null;
    }

    /// <summary>The value of <paramref name="p"/> counted from <paramref name="anchor"/> (null: no anchor known).</summary>
    /// <param name="p">The parse.</param>
    /// <param name="anchor">The date it counts from.</param>
    /// <param name="anchorGrain">What the anchor is precise to (a story's "in 1941" is a year).</param>
    /// <param name="story">Whether the anchor is the story's time rather than the publication date.</param>
    public static string? Resolve(in DateParse p, DateOnly? anchor, DatePrecision anchorGrain = DatePrecision.Day, bool story = false)
    {
        // "this fiscal year, which began on July 1" (said in July 2024): FY2025, a fiscal year being named by the year it ends in.
        if (p.Fiscal && p.FiscalStart > 1 && p.Kind == ParseKind.Offset && p.Unit == TimeUnit.Year && anchor is DateOnly fiscalFrom && fiscalFrom.Year < 9999)
        {
            anchor = fiscalFrom.AddMonths(13 - p.FiscalStart);
        }

        string? value = ResolveValue(p, anchor, anchorGrain, story);
        if (p.Midnight && value is { Length: > 10 } && value[10] == 'T')
        {
            value = DayAfter(value); // "midnight Friday": 00:00 as Friday ends
        }

        if (p.DayStep != 0)
        {
            value = DateReader.StepFromNamedDay(p, value); // "the day after Thanksgiving", "the week before Christmas"
        }

        if (p.WeekOfDay)
        {
            return value is { Length: 10 } ? WeekOf(value) : value;
        }

        if (p.BusinessDays && p.MonthOrdinal != 0)
        {
            return value is null ? null : NthBusinessDay(value, p.MonthOrdinal);
        }

        if (p.MonthOrdinal != 0)
        {
            // "the first weekend of November", "the last weekend of June": the weekend of the month's first (last) Saturday.
            value = value is { Length: 7 } ? InMonth(value, p.MonthOrdinal, p.MonthWeekday) : null;
            return p.WeekendOfDay && value is { Length: 10 } ? WeekendOf(value) : value;
        }

        if (p.WeekendOfDay)
        {
            return value is { Length: 10 } ? WeekendOf(value) : value;
        }

        return p.Fiscal && value is { Length: 4 } && char.IsAsciiDigit(value[0]) ? "FY" + value : value;
    }

    private static string? ResolveValue(in DateParse p, DateOnly? anchor, DatePrecision anchorGrain, bool story)
    {
        if (p.Kind == ParseKind.Literal)
        {
            return p.Literal;
        }

        if (p.IsoWeek > 0)
        {
            return IsoWeekValue(p, anchor, anchorGrain, story);
        }

        // "this day in 1969": the anchor's month and day in that year.
        if (p.Kind == ParseKind.Calendar && p.KeepDay && p.Year is int sameDayYear)
        {
            return anchor is DateOnly sameDay ? YearsBack(sameDay, sameDayYear - sameDay.Year) : null;
        }

        if (p.Kind == ParseKind.Calendar && p.Year is not null)
        {
            return Append(CalendarValue(p.Year.Value, p.Month, p.Day, p.DayMonthUncertain), p);
        }

        if (anchor is not DateOnly r)
        {
            return p.Kind == ParseKind.Period && p.Year is int py ? PeriodValue(py, p, p.Ordinal) : p.Kind == ParseKind.Season && p.Year is int sy ? SeasonValue(sy, p.Ordinal) : null;
        }

        return p.Kind switch
        {
            ParseKind.Calendar when p.Month == 0 && p.Day > 0 => Append(DayOfMonth(p, r, story, anchorGrain), p),
            ParseKind.Calendar => Append(CalendarValue(CalendarYear(p, r, anchorGrain, story), p.Month, p.Day, p.DayMonthUncertain), p),
            ParseKind.Offset when p.KeepDay && p.Grain == DatePrecision.Week => YearsBack(r, p.Count) is string back ? WeekOf(back) : null,
            ParseKind.Offset when p.KeepDay && p.Grain == DatePrecision.Month => YearsBack(r, p.Count) is { Length: >= 7 } month ? month[..7] : null,
            ParseKind.Offset when p.KeepDay => Append(YearsBack(r, p.Count), p),
            // "a month from today": the anchor's day a month on (the 28th for the 31st when the month is shorter).
            ParseKind.Offset when p.Unit == TimeUnit.Month && p.Grain == DatePrecision.Day && Math.Abs(p.Count) <= 1200 && r.Year + (p.Count / 12) is > 1 and < 9998
                => Append(DayValue(r, r.AddMonths(p.Count).DayNumber - r.DayNumber), p),
            ParseKind.Offset when p.BusinessDays && p.Unit == TimeUnit.Day => Append(BusinessDaysFrom(r, p.Count), p),
            ParseKind.Offset when p.Grain == DatePrecision.Decade => Decade(r.Year + (p.Count * (p.Unit == TimeUnit.Decade ? 10 : 1))),
            // "2 hours ago", "45 minutes ago" (a live page's stamp): against a day with no clock, the day they fall on.
            ParseKind.Offset when p.Unit is TimeUnit.Hour or TimeUnit.Minute && p.Count < 0 && p.Hour < 0
                => DayValue(r, p.Count / (p.Unit == TimeUnit.Hour ? 24 : 24 * 60)),
            ParseKind.Offset => Append(Shifted(r, p.Unit, p.PastWeekend && r.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) ? -1 : p.Count), p),
            ParseKind.Weekday => Append(WeekdayValue(p, r), p),
            ParseKind.Period => PeriodValue(p.Year ?? (p.YearShift is int s ? r.Year + s : PeriodYear(p, r)), p, PeriodOrdinal(p, r)),
            // A southern season falls in the months of the northern one opposite (spring in September–November, as autumn
            // there): its year is found as that one's, and it keeps its own name.
            ParseKind.Season when p.Southern && p.Year is null => SeasonValue(ResolveSeasonYear(p with { Ordinal = (p.Ordinal + 2) % 4 }, r, anchorGrain, story), p.Ordinal),
            ParseKind.Season => SeasonValue(p.Year ?? ResolveSeasonYear(p, r, anchorGrain, story), p.Ordinal),
            ParseKind.NamedDay => Append(NamedDayValue(p, r, anchorGrain, story), p),
            _ => null,
        };
    }

    /// <summary>The precision of a value counted in <paramref name="unit"/>.</summary>
    public static DatePrecision Precision(TimeUnit unit) => unit switch
    {
        TimeUnit.Day => DatePrecision.Day,
        TimeUnit.Week => DatePrecision.Week,
        TimeUnit.Weekend => DatePrecision.Weekend,
        TimeUnit.Month => DatePrecision.Month,
        TimeUnit.Quarter => DatePrecision.Quarter,
        TimeUnit.Half => DatePrecision.Half,
        TimeUnit.Year or TimeUnit.Decade => DatePrecision.Year,
        TimeUnit.Century => DatePrecision.Century,
        _ => DatePrecision.Unknown,
    };

    /// <summary>A duration of <paramref name="n"/> units (<c>P6M</c>, <c>PT3H</c>); n &lt; 0 is vague (<c>PXY</c>).</summary>
    public static string Duration(TimeUnit unit, int n) => n < 0 ? VagueDuration(unit) : unit switch
    {
        TimeUnit.Second => $"PT{n}S",
        TimeUnit.Minute => $"PT{n}M",
        TimeUnit.Hour => $"PT{n}H",
        TimeUnit.Day => $"P{n}D",
        TimeUnit.Week or TimeUnit.Weekend => $"P{n}W",
        TimeUnit.Month => $"P{n}M",
        TimeUnit.Quarter => $"P{n}Q",
        TimeUnit.Half => $"P{n * 6}M",
        TimeUnit.Year => $"P{n}Y",
        TimeUnit.Decade => $"P{(long)n * 10}Y",
        _ => $"P{(long)n * 100}Y",
    };

    private static string VagueDuration(TimeUnit unit) => unit switch
    {
        TimeUnit.Second => "PTXS",
        TimeUnit.Minute => "PTXM",
        TimeUnit.Hour => "PTXH",
        TimeUnit.Day => "PXD",
        TimeUnit.Week or TimeUnit.Weekend => "PXW",
        TimeUnit.Month => "PXM",
        TimeUnit.Quarter => "PXQ",
        TimeUnit.Year => "PXY",
        TimeUnit.Decade => "PXDE",
        _ => "PXCE",
    };

    /// <summary>A year as TIMEX3 has it (<c>0987</c>), or null outside 1–9999.</summary>
    public static string? Year(int y) => y is >= 1 and <= 9999 ? y.ToString("D4", CultureInfo.InvariantCulture) : null;

    /// <summary>A decade (<c>197</c>) from a year in it.</summary>
    public static string? Decade(int y) => y is >= 0 and <= 9999 ? (y / 10).ToString("D3", CultureInfo.InvariantCulture) : null;

    /// <summary>The day <paramref name="days"/> from <paramref name="r"/>, or null off the calendar.</summary>
    public static string? DayValue(DateOnly r, int days)
    {
        long dayNumber = (long)r.DayNumber + days;
        if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber)
        {
            return null;
        }

        return DateOnly.FromDayNumber((int)dayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The TIMEX3 suffix of a part of day.</summary>
    public static string PartCode(int part) => part switch
    {
        0 => "TMO",
        1 => "TAF",
        2 => "TEV",
        _ => "TNI",
    };

    /// <summary>A season (0 spring … 3 winter) of a year.</summary>
    public static string? SeasonValue(int year, int season) =>
        year is >= 1 and <= 9999 && season is >= 0 and <= 3
            ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{DateVocabulary.SeasonCodes[season]}")
            : null;

    /// <summary>
    /// The year of a month (and day) the text gives without one, seen from a publication date: the occurrence nearest
    /// it, with the clause's tense weighing against the other side ("Oct. 23" written in January is last October; "was
    /// extended to Nov. 16" written on October 30 is this November, as is "by Jan. 14" written in December).
    /// </summary>
    public static int NearestYear(DateOnly r, int month, int? day, Tense tense, bool deadline, bool pastEvent = false)
    {
        if (deadline && tense == Tense.Past)
        {
            tense = Tense.Unknown; // "extended the offer to Nov. 16": the verb is past, the deadline is not
        }

        // A past-tense clause means the last such day ("was closed on July 19" written on June 2 is last July); a
        // future one the next ("will meet in December" written in January is this December).
        // Within a few weeks the other side stays possible ("said on Nov. 2 that talks were set for Nov. 6"), but not for the day of
        // an event told in the simple past ("The bakery closed on June 4", written on June 2: last June).
        int futureWeight = tense switch { Tense.Past => 4, Tense.Unknown => 2, _ => 1 };
        int pastWeight = tense == Tense.Future ? 6 : 1;
        if (day is null && tense is Tense.Past or Tense.Future)
        {
            // A whole month keeps to its tense: "will meet in December" written on 12 January is not the December just
            // ended, and "reported in February" written in January is last February: a past month has begun, a future one
            // has not ended.
            int year = r.Year;
            int current = r.Month;
            return tense == Tense.Past ? (month <= current ? year : year - 1) : (month >= current ? year : year + 1);
        }

        return Nearest(r, month, day, futureWeight, pastWeight, tense == Tense.Past ? pastEvent ? EventWindow : NearWindow : double.MaxValue,
            tense == Tense.Future ? NearWindow : double.MaxValue);
    }

    /// <summary>How much more a day set for something costs behind the anchor than ahead of it (a plan told after it passed is recent).</summary>
    private const double PlanPastWeight = 3;

    /// <summary>Days on the far side of the clause's tense that a date may still lie.</summary>
    private const double NearWindow = 40;

    /// <summary>Days ahead a day told as the time of a past event may lie (a day's slack for time zones): "Schools reopened on
    /// January 12", written on 8 January, is last January.</summary>
    private const double EventWindow = 1.5;

    private static int Nearest(DateOnly r, int month, int? day, double futureWeight, double pastWeight,
        double futureReach = double.MaxValue, double pastReach = double.MaxValue)
    {
        double here = ((r.Month - 1) * 30.44) + r.Day;
        double there = ((month - 1) * 30.44) + (day ?? 15);
        int best = r.Year;
        double bestCost = double.MaxValue;
        for (int k = -1; k <= 1; k++)
        {
            double distance = there + (365.25 * k) - here;
            double cost = distance >= 0 ? (distance > futureReach ? 1e9 : distance * futureWeight) : (-distance > pastReach ? 1e9 : -distance * pastWeight);
            if (cost < bestCost)
            {
                bestCost = cost;
                best = r.Year + k;
            }
        }

        return best;
    }

    /// <summary>How many months ahead of the story's month, in its year, "the following" month may lie and still be a year on.</summary>
    private const int FollowingMonthsAhead = 6;

    private static int CalendarYear(in DateParse p, DateOnly r, DatePrecision anchorGrain, bool story)
    {
        if (p.YearShift is int shift)
        {
            return r.Year + shift;
        }

        if (p.Shifted && story && anchorGrain is DatePrecision.Year or DatePrecision.Decade)
        {
            return r.Year + Math.Sign(p.Count); // "In 1972 … the following July": the next year's
        }

        if (p.Shifted && story && p.Count > 0 && p.Anchor == AnchorUse.Story && p.Month > r.Month && p.Month - r.Month <= FollowingMonthsAhead)
        {
            // "by mid-February … the following March", "on 29 August 1994 … the following October", "began in June 2022 and ran until
            // the following November": a year on (a month a few ahead in the same year is "that October"); one far ahead is that year's
            // ("ended on 3 March 1985 … closed the following December").
            return r.Year + 1;
        }

        if (p.Shifted)
        {
            // "last November", "next March": the one before (after) the anchor's month.
            return p.Count < 0 ? (p.Month < r.Month ? r.Year : r.Year - 1) : (p.Month > r.Month ? r.Year : r.Year + 1);
        }

        if (p.Month == 0)
        {
            return r.Year;
        }

        if (story)
        {
            // A story told in order moves forward: "In December 1941 … On March 4" is the next March. A story year
            // alone ("in 1941") holds every month of it. The past perfect steps back: "On September 2, 1945 … had fallen on August 6".
            return anchorGrain is DatePrecision.Year or DatePrecision.Decade or DatePrecision.Century ? r.Year
                : p.Perfect && !p.Deadline ? Backward(r, p.Month, p.Day) : Forward(r, p.Month, p.Day); // "by 3 November he had been released": ahead
        }

        // "set a trial date of September 8", "had been set for June 1": set a little while ago for a day after that.
        if (p.Plan)
        {
            return Nearest(r, p.Month, p.Day > 0 ? p.Day : null, 1, PlanPastWeight);
        }

        if (p.Perfect && p.Tense == Tense.Past)
        {
            return Nearest(r, p.Month, p.Day > 0 ? p.Day : null, 1, 1, futureReach: 0); // "That tour had ended on 7 January": behind
        }

        // "were reported in late December", written on 10 December: the end of this month has not come yet, so last year's.
        if (p.Late && p.Tense == Tense.Past && p.Day == 0 && p.Month == r.Month && r.Day < 20)
        {
            return r.Year - 1;
        }

        return NearestYear(r, p.Month, p.Day > 0 ? p.Day : null, p.Tense, p.Deadline, p.PastEvent);
    }

    /// <summary>The last occurrence of the month (and day) at or before the story's date: a step back in the past perfect.</summary>
    private static int Backward(DateOnly r, int month, int day) =>
        month < r.Month || (month == r.Month && (day == 0 || day <= r.Day)) ? r.Year : r.Year - 1;

    /// <summary>
    /// The first occurrence of the month (and day) at or after the story's date: a story told in order. A step of a few days or
    /// a month back stays in the story's year ("Reactor 3 followed on March 14. … the zone was widened on March 12", "four
    /// months later [May 1972]. The tribunal reported in April"), rather than a leap of eleven months ahead.
    /// </summary>
    private static int Forward(DateOnly r, int month, int day)
    {
        if (month > r.Month || (month == r.Month && (day == 0 || day >= r.Day)))
        {
            return r.Year;
        }

        bool stepBack = day == 0 ? month == r.Month - 1 : day <= DateTime.DaysInMonth(r.Year, month) && r.DayNumber - new DateOnly(r.Year, month, day).DayNumber <= StepBackDays;
        return stepBack ? r.Year : r.Year + 1;
    }

    /// <summary>How many days before the story's date a day without a year is still a step back rather than next year's.</summary>
    private const int StepBackDays = 14;

    private static string? CalendarValue(int year, int month, int day, bool uncertain)
    {
        // "60 BC", "15 March 44 BC" (a negative year): BC0060, BC0044-03-15 as TIMEX3 writes them (HeidelTime's form).
        if (year is < 0 and >= -9999 && !uncertain)
        {
            string? common = CalendarValue(-year, month, day, uncertain: false);
            return common is null ? null : "BC" + common;
        }

        if (year is < 1 or > 9999)
        {
            return null;
        }

        if (uncertain)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-XX-XX"); // day and month, but which is which is unknown
        }

        if (month == 0)
        {
            return Year(year);
        }

        if (day == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
        }

        return day > DateTime.DaysInMonth(year, month) ? null : string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
    }

    /// <summary>The same clock time a day later ("2026-03-13T00:00" → "2026-03-14T00:00"); the value unchanged when it holds no full day.</summary>
    private static string? DayAfter(string value) =>
        DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day) && day < DateOnly.MaxValue
            ? day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + value[10..]
            : value;

    private static string? Append(string? value, in DateParse p)
    {
        if (value is null)
        {
            return null;
        }

        if (value.StartsWith("BC", StringComparison.Ordinal))
        {
            // TIMEX3 writes no clock time or part of the day on a day before Christ: keep the day, which is certain.
            return value;
        }

        if (p.Hour >= 0)
        {
            return p.Second >= 0
                ? string.Create(CultureInfo.InvariantCulture, $"{value}T{p.Hour:D2}:{p.Minute:D2}:{p.Second:D2}")
                : string.Create(CultureInfo.InvariantCulture, $"{value}T{p.Hour:D2}:{p.Minute:D2}");
        }

        return p.Part >= 0 ? value + PartCode(p.Part) : value;
    }

    private static string? WeekdayValue(in DateParse p, DateOnly r)
    {
        int shift = p.Shifted ? p.Count : 0;

        // "The fund reports its holdings this Friday": with no tense to say which way, "this" is the anchor's own week (Monday to Sunday).
        if (p.Shifted && shift == 0 && p.Tense == Tense.Unknown)
        {
            int monday = ((int)r.DayOfWeek + 6) % 7;
            return DayValue(r, ((p.Weekday + 6) % 7) - monday);
        }

        if (p.NextWeek && shift > 0)
        {
            int monday = ((int)r.DayOfWeek + 6) % 7;
            return DayValue(r, 7 - monday + ((p.Weekday + 6) % 7) + (7 * p.WeeksOn));
        }

        if (p.NearestWeekday && shift == 0)
        {
            int ahead = ((p.Weekday - (int)r.DayOfWeek) + 7) % 7;
            return DayValue(r, ahead > 3 ? ahead - 7 : ahead);
        }

        // A weekday in the present tense is a coming one: "meets Monday", "the group is ready to leave Tuesday".
        bool future = shift > 0 || (shift == 0 && (p.Tense is Tense.Future or Tense.Present || p.Plan));
        int delta = p.Weekday - (int)r.DayOfWeek;
        int days = future ? (delta < 0 || (delta == 0 && shift > 0) ? delta + 7 : delta) : (delta > 0 ? delta - 7 : delta);
        if (shift < 0 && days == 0)
        {
            days = -7;
        }

        return DayValue(r, days + (7 * p.WeeksOn)); // "Tuesday week": a week past the coming Tuesday
    }

    private static int PeriodYear(in DateParse p, DateOnly r)
    {
        // "the fourth quarter" reported in May is last year's.
        int current = p.Unit == TimeUnit.Half ? ((r.Month - 1) / 6) + 1 : ((r.Month - 1) / 3) + 1;
        // "expects to finish by the end of Q1" said in November: next year's.
        return p.Ordinal > current && p.Tense != Tense.Future ? r.Year - 1 : p.Ordinal < current && p.Tense == Tense.Future && p.Deadline ? r.Year + 1 : r.Year;
    }

    private static string? PeriodValue(int year, in DateParse p, int ordinal) =>
        year is >= 1 and <= 9999 && ordinal > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{(p.Unit == TimeUnit.Half ? "H" : "Q")}{ordinal}")
            : null;

    /// <summary>A period's number; 0 (a bare "quarter") is the quarter last reported on, the one before the anchor's.</summary>
    private static int PeriodOrdinal(in DateParse p, DateOnly? r) =>
        p.Ordinal > 0 ? p.Ordinal : r is DateOnly d ? ((((d.Month - 1) / 3) + 3) % 4) + 1 : 0;

    /// <summary>The ordinal of winter among the seasons (0 spring … 3 winter).</summary>
    private const int WinterOrdinal = 3;

    /// <summary>The year of a season without one: forward (or, in the past perfect, back) from a story's day or month, else as <see cref="SeasonYear"/>.</summary>
    private static int ResolveSeasonYear(in DateParse p, DateOnly r, DatePrecision anchorGrain, bool story) =>
        story && !p.Shifted && anchorGrain is not (DatePrecision.Year or DatePrecision.Decade)
            ? p.Perfect && !p.Deadline ? BackwardSeason(r, p.Ordinal) : ForwardSeason(r, p.Ordinal)
            : SeasonYear(p, r, story && anchorGrain is DatePrecision.Year or DatePrecision.Decade);

    private static int SeasonYear(in DateParse p, DateOnly r, bool storyYear)
    {
        if (storyYear)
        {
            // "In 1952 … that autumn", "between 1949 and 1953 … the following spring"; "left for Denver in 1995 … the following winter"
            // is the winter that begins at the end of that year (a winter is named by the year of its December).
            return p.Shifted ? r.Year + p.Count - (p.Count > 0 && p.Ordinal == WinterOrdinal ? 1 : 0) : r.Year;
        }

        // In January and February the current season is the winter that began the year before.
        int current = SeasonIndex(r);
        int year = r.Year - (r.Month <= 2 ? 1 : 0);
        if (!p.Shifted)
        {
            if (p.Anchor != AnchorUse.Story && p.Tense is Tense.Future or Tense.Present && p.Ordinal < current)
            {
                return year + 1; // "expects a recovery in the spring" said in autumn: next spring
            }

            if (p.Anchor != AnchorUse.Story && p.Tense == Tense.Past && p.Ordinal > current)
            {
                return year - 1;
            }

            return year + (p.YearShift ?? 0);
        }

        return year + (p.Count < 0 && p.Ordinal >= current ? -1 : p.Count > 0 && p.Ordinal <= current ? 1 : 0);
    }

    /// <summary>The first such season at or after the story's date: "That summer they played … by the winter they had a deal".</summary>
    private static int ForwardSeason(DateOnly r, int season) =>
        r.Year - (r.Month <= 2 ? 1 : 0) + (season >= SeasonIndex(r) ? 0 : 1);

    /// <summary>The last such season at or before the story's date, for a step back in the past perfect: "arrived in July 2015 … had
    /// escaped relegation that spring".</summary>
    private static int BackwardSeason(DateOnly r, int season) =>
        r.Year - (r.Month <= 2 ? 1 : 0) - (season <= SeasonIndex(r) ? 0 : 1);

    private static int SeasonIndex(DateOnly r) => r.Month switch
    {
        >= 3 and <= 5 => 0,
        >= 6 and <= 8 => 1,
        >= 9 and <= 11 => 2,
        _ => 3,
    };

    /// <summary>The ISO week of a day written <c>yyyy-MM-dd</c>.</summary>
    /// <summary>The weekend a named day falls on or closes: a Monday's is the one before it, a Thursday's or a Friday's the one after.</summary>
    private static string? WeekendOf(string day)
    {
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d) || d.DayNumber < 3 || d.Year >= 9999)
        {
            return null;
        }

        d = d.DayOfWeek switch { DayOfWeek.Monday => d.AddDays(-1), DayOfWeek.Thursday => d.AddDays(2), DayOfWeek.Friday => d.AddDays(1), _ => d };
        return WeekValue(d, weekend: true);
    }

    /// <summary>
    /// "the first Monday in October", "the last week of June": in the month written <c>yyyy-MM</c>, the <paramref name="nth"/> (-1:
    /// last) <paramref name="weekday"/>, or with none the week that holds the month's <paramref name="nth"/> Thursday (the ISO
    /// week that is mostly the month's).
    /// </summary>
    internal static string? InMonth(string month, int nth, int? weekday)
    {
        if (!int.TryParse(month.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            || !int.TryParse(month.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int m) || m is < 1 or > 12)
        {
            return null;
        }

        DateOnly? day = new NamedDay(string.Empty, m, 0, nth, (DayOfWeek)(weekday ?? (int)DayOfWeek.Thursday), false, 0, null).On(y);
        if (day is not DateOnly d || d.Month != m)
        {
            return null; // "the fifth Monday in June" of a June with four
        }

        return weekday is null ? WeekValue(d, weekend: false) : d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>Whether <paramref name="d"/> is a day of business: a weekday other than New Year's Day and Christmas Day.</summary>
    private static bool IsBusinessDay(DateOnly d) =>
        d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !(d.Month == 1 && d.Day == 1) && !(d.Month == 12 && d.Day == 25);

    /// <summary>The day <paramref name="n"/> business days from <paramref name="r"/> (back when negative), or null off the calendar.</summary>
    private static string? BusinessDaysFrom(DateOnly r, int n)
    {
        if (n == 0 || Math.Abs(n) > 1000 || r.Year is < 2 or > 9997)
        {
            return null;
        }

        DateOnly d = r;
        int step = Math.Sign(n);
        for (int left = Math.Abs(n); left > 0;)
        {
            d = d.AddDays(step);
            if (IsBusinessDay(d))
            {
                left--;
            }
        }

        return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The <paramref name="nth"/> (-1: last) business day of a month ("2027-01") or a quarter ("2026-Q4"), or null.</summary>
    private static string? NthBusinessDay(string value, int nth)
    {
        if (value.Length != 7 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y) || y is < 1 or > 9998)
        {
            return null;
        }

        int firstMonth;
        int months;
        if (value[5] == 'Q' && value[6] is >= '1' and <= '4')
        {
            (firstMonth, months) = ((3 * (value[6] - '1')) + 1, 3);
        }
        else if (int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int m) && m is >= 1 and <= 12)
        {
            (firstMonth, months) = (m, 1);
        }
        else
        {
            return null;
        }

        DateOnly start = new(y, firstMonth, 1);
        DateOnly end = start.AddMonths(months).AddDays(-1);
        int count = 0;
        for (DateOnly d = nth > 0 ? start : end; d >= start && d <= end; d = d.AddDays(nth > 0 ? 1 : -1))
        {
            if (IsBusinessDay(d) && ++count == Math.Abs(nth))
            {
                return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>"week 49", "week 12 of 2027": the ISO week of the year given or, without one, of the year whose week's Thursday
    /// lies where a month and day would (<see cref="CalendarYear"/>: "deliveries resume in week 2" said in December is January's).</summary>
    private static string? IsoWeekValue(in DateParse p, DateOnly? anchor, DatePrecision anchorGrain, bool story)
    {
        int week = p.IsoWeek;
        int year;
        if (p.Year is int given)
        {
            year = given;
        }
        else if (anchor is DateOnly r && r.Year is > 1 and < 9999)
        {
            DateTime thursday = ISOWeek.ToDateTime(r.Year, Math.Min(week, ISOWeek.GetWeeksInYear(r.Year)), DayOfWeek.Thursday);
            year = CalendarYear(p with { IsoWeek = 0, Month = thursday.Month, Day = thursday.Day }, r, anchorGrain, story);
        }
        else
        {
            return string.Create(CultureInfo.InvariantCulture, $"XXXX-W{week:D2}");
        }

        return year is >= 1 and <= 9999 && week <= ISOWeek.GetWeeksInYear(year)
            ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-W{week:D2}")
            : null;
    }

    private static string? WeekOf(string day) =>
        DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d) ? WeekValue(d, weekend: false) : null;

    private static string? YearsBack(DateOnly r, int years)
    {
        int year = r.Year + years;
        if (year is < 1 or > 9999)
        {
            return null;
        }

        int day = Math.Min(r.Day, DateTime.DaysInMonth(year, r.Month)); // 29 February in a common year: the 28th
        return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{r.Month:D2}-{day:D2}");
    }

    /// <summary>
    /// "on the 21st": that day of the anchor's month, or of the month before (after) when the clause looks back (ahead);
    /// "the 14th of next month": of the month <see cref="DateParse.Count"/> from the anchor's.
    /// </summary>
    private static string? DayOfMonth(in DateParse p, DateOnly r, bool story, DatePrecision anchorGrain)
    {
        // "Tuesday 4th", "Thursday 12th": the nearest month to the anchor in which that day is that weekday.
        if (p.StatedWeekday is int weekday && !p.Shifted)
        {
            DateOnly? best = null;
            for (int months = -WeekdayMonthsReach; months <= WeekdayMonthsReach; months++)
            {
                if ((r.Year == 1 && r.Month + months < 1) || (r.Year == 9999 && r.Month + months > 12))
                {
                    continue;
                }

                DateOnly first = new DateOnly(r.Year, r.Month, 1).AddMonths(months);
                if (p.Day <= DateTime.DaysInMonth(first.Year, first.Month) && new DateOnly(first.Year, first.Month, p.Day) is DateOnly candidate
                    && (int)candidate.DayOfWeek == weekday && (best is not DateOnly b || Math.Abs(candidate.DayNumber - r.DayNumber) < Math.Abs(b.DayNumber - r.DayNumber)))
                {
                    best = candidate;
                }
            }

            if (best is DateOnly found)
            {
                return found.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }

        // "left Santos on 28 June 2016 … was due in Cape Town on the 14th": in a story told day by day, a day of the month before the
        // story's day is in the next month (unless told in the past perfect, a step back).
        int shift = p.Shifted ? p.Count // "the 14th of next month"
            : story ? (anchorGrain == DatePrecision.Day && p.Day < r.Day && !p.Perfect ? 1 : 0)
            : p.Tense == Tense.Past && p.Day > r.Day ? -1 : p.Tense is Tense.Future or Tense.Present && p.Day < r.Day ? 1
            : p.Tense == Tense.Unknown && p.Day < r.Day - 15 ? 1 : p.Tense == Tense.Unknown && p.Day > r.Day + 15 ? -1 : 0; // untensed: the nearest
        if ((r.Year == 1 && r.Month == 1 && shift < 0) || (r.Year == 9999 && r.Month == 12 && shift > 0))
        {
            return null;
        }

        DateOnly month = new DateOnly(r.Year, r.Month, 1).AddMonths(shift);
        return CalendarValue(month.Year, month.Month, p.Day, uncertain: false);
    }

    /// <summary>How many months either side of the anchor a weekday's ordinal day ("Tuesday 4th") is looked for.</summary>
    private const int WeekdayMonthsReach = 6;

    private static string? NamedDayValue(in DateParse p, DateOnly r, DatePrecision anchorGrain, bool story)
    {
        NamedDay named = DateVocabulary.NamedDayAt(p.Ordinal);
        if (named.Year is int history)
        {
            return named.On(history)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture); // "Black Monday": 1987-10-19
        }

        // Where it falls near the anchor: the nearest one in the clause's tense, or the story's.
        if (named.On(r.Year) is not DateOnly near)
        {
            return null;
        }

        // "The following Christmas", "the previous Easter": the first one strictly after (before) the story's day, or in the year
        // after (before) a story's year.
        if (p.Year is null && p.Shifted && p.Count != 0 && story)
        {
            int from = anchorGrain is DatePrecision.Year or DatePrecision.Decade ? r.Year + p.Count : r.Year;
            DateOnly? stepped = named.On(from);
            if (stepped is DateOnly s && anchorGrain is not (DatePrecision.Year or DatePrecision.Decade) && (p.Count > 0 ? s <= r : s >= r))
            {
                stepped = from + p.Count is >= 1 and <= 9999 ? named.On(from + p.Count) : null;
            }

            return stepped?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        // A story told in order moves forward, as a date without a year does: "signed in the summer of 1953 and made his debut
        // on Boxing Day", "in the spring of 1968 … That Christmas", "4 August 1914 … By Christmas".
        int year = p.Year ?? (story && anchorGrain is DatePrecision.Year ? r.Year
            : story ? (p.Perfect && !p.Deadline && p.Anchor != AnchorUse.Story ? Backward(r, near.Month, near.Day) : Forward(r, near.Month, near.Day))
            : NearestYear(r, near.Month, near.Day, p.Tense, p.Deadline));
        DateOnly? day = named.On(year);

        // "orders for Mother's Day are up", written in March: of the days kept under one name in different countries, the
        // nearer one in the clause's tense (Mothering Sunday in March, the second Sunday of May in April).
        if (p.Year is null && !story && day is DateOnly first && named.Alternative is NamedDay other && other.On(r.Year) is DateOnly otherNear
            && other.On(NearestYear(r, otherNear.Month, otherNear.Day, p.Tense, p.Deadline)) is DateOnly second
            && Math.Abs(second.DayNumber - r.DayNumber) < Math.Abs(first.DayNumber - r.DayNumber))
        {
            day = second;
        }

        return day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary><paramref name="n"/> units from <paramref name="r"/>, at the unit's precision.</summary>
    public static string? Shifted(DateOnly r, TimeUnit unit, int n)
    {
        if (Math.Abs((long)n) > 5000)
        {
            return null;
        }

        try
        {
            return unit switch
            {
                TimeUnit.Day => DayValue(r, n),
                TimeUnit.Week => WeekValue(r.AddDays(7 * n), weekend: false),
                TimeUnit.Weekend => WeekValue(r.AddDays(7 * n), weekend: true),
                TimeUnit.Month => r.AddMonths(n).ToString("yyyy-MM", CultureInfo.InvariantCulture),
                TimeUnit.Quarter => QuarterValue(r.AddMonths(3 * n)),
                TimeUnit.Half => HalfValue(r.AddMonths(6 * n)),
                TimeUnit.Year => Year(r.Year + n),
                TimeUnit.Decade => Year(r.Year + (10 * n)),
                TimeUnit.Century => r.Year + (100 * n) is int c and >= 1 and <= 9999 ? (c / 100).ToString("D2", CultureInfo.InvariantCulture) : null,
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            // DateOnly arithmetic past year 1 or 9999: the text names a date the calendar cannot hold.
            return null;
        }
    }

    /// <summary>A clock time <paramref name="n"/> minutes or hours after <paramref name="clock"/> (<c>2001-09-11T09:03</c>), or null off the calendar.</summary>
    public static string? ClockValue(DateTime clock, TimeUnit unit, int n)
    {
        double minutes = unit == TimeUnit.Hour ? n * 60.0 : n;
        if (minutes > (DateTime.MaxValue - clock).TotalMinutes)
        {
            return null;
        }

        return clock.AddMinutes(minutes).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
    }

    private static string QuarterValue(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year:D4}-Q{((d.Month - 1) / 3) + 1}");

    private static string HalfValue(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year:D4}-H{((d.Month - 1) / 6) + 1}");

    internal static string? WeekValue(DateOnly d, bool weekend)
    {
        DateTime dt = d.ToDateTime(TimeOnly.MinValue);
        int week = ISOWeek.GetWeekOfYear(dt);
        int year = ISOWeek.GetYear(dt);
        if (year is < 1 or > 9999)
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-W{week:D2}{(weekend ? "-WE" : "")}");
    }
}
