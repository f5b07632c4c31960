using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// The date reader's calendar phrases that pick part of a month ("the first Monday in October", "the last week of June 2024",
/// "the second half of the month"), a week told by its end ("the week ended Friday"), and
/// counts told from the time of writing ("in 10 days' time", "a week today", "year to date"). The words are data
/// (<c>Data/calendar-phrases.txt</c>).
/// </summary>
internal sealed partial class DateReader
{
    /// <summary>A phrase after "the" at <paramref name="i"/> (its next word at <paramref name="k"/>) read here, or null.</summary>
    private int? TryMonthPhrase(int i, int k) =>
        !IsWord(k) ? null : TryPartOfMonth(i, k) ?? TryHalfOfMonth(i, k) ?? TryPeriodEnded(i, k);

    /// <summary>"the first Monday in October", "the last week of June 2024", "the third Thursday of November", "the first weekend of
    /// November".</summary>
    private int? TryPartOfMonth(int i, int k)
    {
        if (!DateVocabulary.MonthOrdinals.TryGetValue(W(k), out int nth) || !IsWord(k + 1))
        {
            return null;
        }

        int? weekday = null;
        bool weekend = false;
        bool business = false;
        int full = Is(k + 1, "full") && (Is(k + 2, "week") || Is(k + 2, "weekend")) ? 1 : 0; // "the last full week of August"
        if (IsWord(k + 1) && Cap(k + 1) && W(k + 1).Length > 4 && Lookup(W(k + 1), out int day) == WordKind.Weekday)
        {
            weekday = day;
        }
        else if (Is(k + 1 + full, "weekend"))
        {
            weekday = 6; // "the first weekend of August": the weekend of the month's first (last) Saturday
            weekend = true;
        }
        else if (In(k + 1, DateVocabulary.BusinessDayWords) && Is(k + 2, "day"))
        {
            business = true; // "the fifth business day of January", "the last working day of August" (session 36)
            full = 1;
        }
        else if (!Is(k + 1 + full, "week"))
        {
            return null;
        }

        k += full;
        int m = k + 3;
        if (!(Is(k + 2, "of") || Is(k + 2, "in")))
        {
            return null;
        }

        // "the last Thursday of the month", "the first Monday of next month": of the month the clause is in, or the one after.
        if ((Is(m, "the") || Is(m, "this") || Is(m, "next")) && Is(m + 1, "month"))
        {
            Tense told = TenseBefore(i);
            DateParse month = DateParse.Offset(TimeUnit.Month, Is(m, "next") ? 1 : 0, Is(m, "the") && told == Tense.Past ? AnchorUse.Story : AnchorUse.Publication);
            return Emit(i, m + 1, month with
            {
                Tense = told, MonthOrdinal = nth, MonthWeekday = weekday, WeekendOfDay = weekend, BusinessDays = business, // the month resolves first, then its day
                Grain = business ? DatePrecision.Day : month.Grain,
            });
        }

        // "the last business day of the quarter": of the quarter the clause is in.
        if (business && (Is(m, "the") || Is(m, "this")) && Is(m + 1, "quarter"))
        {
            return Emit(i, m + 1, DateParse.Offset(TimeUnit.Quarter, 0) with { Tense = TenseBefore(i), MonthOrdinal = nth, BusinessDays = true, Grain = DatePrecision.Day });
        }

        if (!IsWord(m) || !Cap(m) || Lookup(W(m), out int monthNumber) != WordKind.Month)
        {
            return null;
        }

        int before = _parses.Count;
        int next = TryMonth(m, m, monthNumber, null);
        if (_parses.Count == before + 1 && _parses[^1].Grain == DatePrecision.Month && _parses[^1].Start == Tokens[m].Start)
        {
            _parses[^1] = _parses[^1] with
            {
                Start = Tokens[i].Start, MonthOrdinal = nth, MonthWeekday = weekday, WeekendOfDay = weekend, BusinessDays = business,
                Grain = weekend ? DatePrecision.Weekend : weekday is null && !business ? DatePrecision.Week : DatePrecision.Day,
            };
            return next;
        }

        if (_parses.Count > before)
        {
            _parses.RemoveRange(before, _parses.Count - before); // "the first week of May 5": the day is read on its own
        }

        return null;
    }

    /// <summary>"the second half of the month", "the first half of this month": the month itself (TimeML has no half-month).</summary>
    private int? TryHalfOfMonth(int i, int k)
    {
        if (!DateVocabulary.MonthHalves.Contains(W(k)) || !Is(k + 1, "half") || !Is(k + 2, "of") || !Is(k + 4, "month")
            || !(Is(k + 3, "the") || Is(k + 3, "this") || Is(k + 3, "that")))
        {
            return null;
        }

        Tense tense = TenseBefore(i);
        AnchorUse anchor = tense == Tense.Past || Is(k + 3, "that") ? AnchorUse.Story : AnchorUse.Publication;
        return Emit(i, k + 4, DateParse.Offset(TimeUnit.Month, 0, anchor) with { Tense = tense });
    }

    /// <summary>
    /// "the week ended Friday", "the week ended June 7": the week is told by its end, which is read on its own; "the week" is no
    /// date of its own. (TimeBank tags "the quarter" and "the year" in "the quarter ended Sept. 30", so those stay.) A schedule's or a
    /// chart's "the week ending 6 December" is the ISO week that holds the day, read with "the week commencing" (session 36, dates36b).
    /// </summary>
    private int? TryPeriodEnded(int i, int k) =>
        Is(k, "week") && Is(k + 1, "ended")
        && IsWord(k + 2) && Cap(k + 2) && Lookup(W(k + 2), out _) is WordKind.Month or WordKind.Weekday ? k + 2 : null;

    /// <summary>"year to date" (no article): the year of writing so far, valued as the year.</summary>
    private int? TryYearToDate(int i) =>
        Is(i + 1, "to") && Is(i + 2, "date") && !Is(i - 1, "the") && !Is(i - 1, "a") && !Is(i - 1, "this")
            ? Emit(i, i + 2, DateParse.Offset(TimeUnit.Year, 0))
            : null;

    /// <summary>"10 days' time", "a week's time", "six months' time": the day (week, month, year) so far ahead of the writing; the last token, or -1.</summary>
    private int TimeAhead(int u) =>
        ((Is(u + 1, "'") || Is(u + 1, "’") || Is(u + 1, "'s") || Is(u + 1, "’s")) && Is(u + 2, "time")) ? u + 2
        : (W(u).EndsWith('\'') || W(u).EndsWith('’')) && Is(u + 1, "time") ? u + 1 : -1;
}
