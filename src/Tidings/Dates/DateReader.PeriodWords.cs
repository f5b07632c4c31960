using System.Globalization;
using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// The date reader's period words outside "the …" phrases (those are in DateReader.Periods.cs): sets ("every four years"), modified
/// years, hyphenated words ("mid-month", "year-end"), bare quarters and year-ends, weekdays with the article, and the tests for a
/// noun a period modifies. Split from DateReader.Periods.cs in session 32.
/// </summary>
internal sealed partial class DateReader
{
    /// <summary>"every four years", "every year", "each week".</summary>
    private int TrySet(int i)
    {
        int k = i + 1;
        int n = 1;

        // "every half hour"; "every other Saturday": a set of Saturdays all the same.
        if (Is(k, "half") && Is(k + 1, "hour"))
        {
            return Lit(i, k + 1, TemporalType.Set, "PT30M", DatePrecision.Unknown);
        }

        if ((Is(k, "other") || Is(k, "second") || Is(k, "alternate")) && IsWord(k + 1) && Cap(k + 1) && Lookup(W(k + 1), out int otherDay) == WordKind.Weekday)
        {
            return Lit(i, k + 1, TemporalType.Set, string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{(otherDay == 0 ? 7 : otherDay)}"), DatePrecision.Unknown);
        }

        // "every 3 December", "every 21 September": the day each year (session 34, dates34b).
        if (k < _end && Tokens[k].Kind == TokenKind.Number && IsDay(W(k), out int everyDay) && IsWord(k + 1) && Cap(k + 1)
            && Lookup(W(k + 1), out int dayMonth) == WordKind.Month && !IsYear(k + 2, out _))
        {
            return Lit(i, k + 1, TemporalType.Set, string.Create(CultureInfo.InvariantCulture, $"XXXX-{dayMonth:D2}-{everyDay:D2}"), DatePrecision.Unknown);
        }

        if (Is(k, "other") && IsWord(k + 1) && Lookup(W(k + 1), out _) == WordKind.Unit)
        {
            n = 2; // "every other week"
            k++;
        }
        else if (k < _end && (Tokens[k].Kind == TokenKind.Number && AllDigits(W(k)) && W(k).Length <= 3))
        {
            n = Parse(W(k));
            k++;
        }
        else if (IsWord(k) && Lookup(W(k), out int c) == WordKind.Cardinal)
        {
            n = c;
            k++;
        }

        if (IsWord(k) && Lookup(W(k), out int unit) == WordKind.Unit)
        {
            // "every weekend", "every other weekend", "every second weekend": the weekends the set falls on, whatever its step.
            string set = (TimeUnit)unit == TimeUnit.Weekend ? "XXXX-WXX-WE" : Duration((TimeUnit)unit, n); // "every quarter": P1Q, as TimeBank writes it
            return Lit(i, k, TemporalType.Set, set, DatePrecision.Unknown);
        }

        // "every weekday": Monday to Friday; "every weekday at 6am" with its clock.
        if (n == 1 && k == i + 1 && Is(k, "weekday"))
        {
            return SetAtClock(i, k, "XXXX-WXX-WD");
        }

        // "every evening", "each winter"; "every morning at 6am" (the clock in place of the part of the day)
        if (n == 1 && k == i + 1 && IsWord(k) && Lookup(W(k), out int everyCode) is WordKind.PartOfDay or WordKind.Season)
        {
            bool part = Lookup(W(k), out _) == WordKind.PartOfDay;
            string value = part ? "XXXX-XX-XX" + DateResolver.PartCode(everyCode) : "XXXX-" + DateVocabulary.SeasonCodes[everyCode];
            return part && SetClockAfter(k) is (int clockLast, string clock) ? Lit(i, clockLast, TemporalType.Set, "XXXX-XX-XX" + clock, DatePrecision.Unknown)
                : Lit(i, k, TemporalType.Set, value, DatePrecision.Unknown);
        }

        // "each July"
        if (n == 1 && k == i + 1 && IsWord(k) && Cap(k) && Lookup(W(k), out int everyMonth) == WordKind.Month)
        {
            return Lit(i, k, TemporalType.Set, string.Create(CultureInfo.InvariantCulture, $"XXXX-{everyMonth:D2}"), DatePrecision.Unknown);
        }

        // "every Sunday": ISO weekday numbers run Monday = 1 … Sunday = 7.
        if (n == 1 && k == i + 1 && IsWord(k) && Cap(k) && Lookup(W(k), out int weekday) == WordKind.Weekday)
        {
            string each = string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{(weekday == 0 ? 7 : weekday)}");
            if (IsWord(k + 1) && Lookup(W(k + 1), out int weekdayPart) == WordKind.PartOfDay)
            {
                return Lit(i, k + 1, TemporalType.Set, each + DateResolver.PartCode(weekdayPart), DatePrecision.Unknown); // "every Monday morning"
            }

            return SetAtClock(i, k, each);
        }

        return i;
    }

    /// <summary>A set of days over <paramref name="first"/>..<paramref name="last"/> (<paramref name="days"/>, "XXXX-WXX-7"), with the
    /// clock joined to it by "at" when one follows: "Sundays at 9pm" XXXX-WXX-7T21:00, "every weekday at 6am" XXXX-WXX-WDT06:00 (one
    /// span, as b13 and b25 have it).</summary>
    private int SetAtClock(int first, int last, string days) =>
        SetClockAfter(last) is (int clockLast, string clock)
            ? Lit(first, clockLast, TemporalType.Set, days + clock, DatePrecision.Unknown)
            : Lit(first, last, TemporalType.Set, days, DatePrecision.Unknown);

    /// <summary>"at 9pm", "at 6.30am", "at 18:00" after a set's last token <paramref name="last"/>: the clock's last token and its
    /// "T21:00", or null. Only a clock with its meridiem or a colon (not "at 6" alone), and not one a day follows ("every Sunday at
    /// 9pm on BBC One" keeps it; "… at 9pm on 3 January" is one broadcast's).</summary>
    private (int Last, string Clock)? SetClockAfter(int last)
    {
        int k = last + 2;
        if (!Is(last + 1, "at") || k >= _end || Tokens[k].Kind != TokenKind.Number)
        {
            return null;
        }

        ReadOnlySpan<char> s = W(k);
        bool marked = s.Contains(':') || s.EndsWith("am", StringComparison.OrdinalIgnoreCase) || s.EndsWith("pm", StringComparison.OrdinalIgnoreCase)
            || Is(k + 1, "am") || Is(k + 1, "pm") || Is(k + 1, "a.m.") || Is(k + 1, "p.m.");
        if (!marked || !ReadClock(k, stamp: false, out int clockLast, out int hour, out int minute) || hour is < 0 or > 23
            || (Is(clockLast + 1, "on") && (DateFollows(clockLast + 2) || (IsWord(clockLast + 2) && Lookup(W(clockLast + 2), out _) == WordKind.Weekday))))
        {
            return null;
        }

        return (clockLast, string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}"));
    }

    /// <summary>"early 2026", "late 2019", "mid-2019" (a hyphenated word).</summary>
    private int TryModifiedYear(int i)
    {
        if (TryDecade(i, i) is int decadeEnd)
        {
            return decadeEnd;
        }

        if (IsYear(i + 1, out int y))
        {
            return Emit(i, i + 1, DateParse.Calendar(y, 0, 0));
        }

        if (IsWord(i + 1) && Lookup(W(i + 1), out int month) == WordKind.Month && Cap(i + 1))
        {
            int next = TryMonth(i + 1, i + 1, month, null);
            if (next > i + 1 && _parses.Count > 0)
            {
                DateParse inner = _parses[^1];
                _parses.RemoveAt(_parses.Count - 1);
                return Emit(i, next - 1, inner);
            }
        }

        return i;
    }

    /// <summary>
    /// The week that holds the day read at <paramref name="day"/> (a month or a day number), the span starting at <paramref name="first"/>:
    /// "the week beginning 20 April", "w/c 12 Jan", "w/e 5 Dec". The token after what was read, or null when no day starts there.
    /// </summary>
    private int? WeekOfDayAt(int first, int day)
    {
        // "the week beginning Monday 10 March", "the week ending Saturday": a weekday, alone or before its date (session 36).
        if (day >= _end || !((IsWord(day) && Cap(day) && Lookup(W(day), out _) is WordKind.Month or WordKind.Weekday) || (Tokens[day].Kind == TokenKind.Number && IsDay(W(day), out _))))
        {
            return null;
        }

        int before = _parses.Count;
        int next = TryAt(day);
        if (_parses.Count == before + 1 && _parses[^1].Grain == DatePrecision.Day && _parses[^1].Start == Tokens[day].Start)
        {
            _parses[^1] = _parses[^1] with { Start = Tokens[first].Start, WeekOfDay = true, Grain = DatePrecision.Week };
        }

        return next;
    }

    /// <summary>"mid-2019", "two-day", "24-hour", "25-year-old".</summary>
    private int TryHyphenated(int i, ReadOnlySpan<char> w)
    {
        int h = w.IndexOf('-');
        if (h <= 0)
        {
            return i;
        }

        ReadOnlySpan<char> head = w[..h];
        ReadOnlySpan<char> rest = w[(h + 1)..];

        // "By mid-morning", "in mid-afternoon": a part of the story's day (the modifier is finer than TimeML's parts).
        if ((head.Equals("mid", StringComparison.OrdinalIgnoreCase) || head.Equals("late", StringComparison.OrdinalIgnoreCase)
            || head.Equals("early", StringComparison.OrdinalIgnoreCase)) && Lookup(rest, out int hyphenPart) == WordKind.PartOfDay && !Is(i + 1, "of")
            && !(IsWord(i + 1) && Lookup(W(i + 1), out _) == WordKind.Relative)) // "mid-afternoon yesterday" is read from "yesterday"
        {
            return Emit(i, i, DateParse.Offset(TimeUnit.Day, 0, AnchorUse.Story) with { Type = TemporalType.Time, Part = hyphenPart, Grain = DatePrecision.PartOfDay });
        }

        // "net zero by mid-century": the middle of the writing's century, TimeML's century value ("mid-century modern" is a style).
        if (head.Equals("mid", StringComparison.OrdinalIgnoreCase) && rest.Equals("century", StringComparison.OrdinalIgnoreCase) && IsPreposition(i - 1) && !ModifiesNoun(i + 1)
            && TenseBefore(i) != Tense.Past && WritingCentury() is string midCentury)
        {
            return Lit(i, i, TemporalType.Date, midCentury, DatePrecision.Century);
        }

        // "will be published mid-month", "by month-end": the month of the clause's time (a past one the story's).
        if ((head.Equals("mid", StringComparison.OrdinalIgnoreCase) && rest.Equals("month", StringComparison.OrdinalIgnoreCase))
            || (head.Equals("month", StringComparison.OrdinalIgnoreCase) && rest.Equals("end", StringComparison.OrdinalIgnoreCase)))
        {
            // "the mid-month review", "Month-end rebalancing flows" told on 2 February: a noun's modifier, no time; but "month-end
            // rebalancing" told in the month's last week is that month's end, the writing's own.
            if (ModifiesNoun(i + 1) && !(head.Equals("month", StringComparison.OrdinalIgnoreCase) && InMonthsLastWeek()))
            {
                return i;
            }

            Tense monthTense = TenseBefore(i);
            return Emit(i, i, DateParse.Offset(TimeUnit.Month, 0, monthTense == Tense.Past ? AnchorUse.Story : AnchorUse.Publication) with { Tense = monthTense });
        }

        // "third-quarter", "fourth-quarter": a quarter of the reference year, or of the year before if it is yet to come.
        int ordinal = OrdinalWord(head);
        // "the fourth-quarter return": the article is the noun's, and stays out; "in the third-quarter" alone keeps it.
        bool nounAfter = IsWord(i + 1) && !Cap(i + 1) && !IsPreposition(i + 1);
        if (ordinal is >= 1 and <= 2 && rest.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            int first = Is(i - 1, "the") && !nounAfter ? i - 1 : i;
            return Emit(first, i, Half(ordinal) with { Tense = Future(i) ? Tense.Future : Tense.Unknown });
        }

        if (ordinal is >= 1 and <= 4 && rest.Equals("quarter", StringComparison.OrdinalIgnoreCase))
        {
            int first = Is(i - 1, "the") && !nounAfter ? i - 1 : i;
            return Emit(first, i, Quarter(ordinal) with { Tense = Future(i) ? Tense.Future : Tense.Unknown });
        }

        // "the July-September quarter", "the April-June quarter": the calendar quarter those months span.
        if (Is(i + 1, "quarter") && head.Length > 0 && rest.Length > 0 && char.IsUpper(head[0]) && char.IsUpper(rest[0])
            && Lookup(head, out int fromMonth) == WordKind.Month && Lookup(rest, out int toMonth) == WordKind.Month && toMonth % 3 == 0 && fromMonth == toMonth - 2)
        {
            int first = Is(i - 1, "the") ? i - 1 : i;
            return Emit(first, i + 1, Quarter(toMonth / 3) with { Tense = TenseBefore(first) });
        }

        // "year-earlier", "the year-ago quarter", "the year-earlier third quarter", "the prior-year period": the reported period a year back.
        if ((head.Equals("year", StringComparison.OrdinalIgnoreCase)
                && (rest.Equals("earlier", StringComparison.OrdinalIgnoreCase) || rest.Equals("ago", StringComparison.OrdinalIgnoreCase)))
            || (head.Equals("prior", StringComparison.OrdinalIgnoreCase) && rest.Equals("year", StringComparison.OrdinalIgnoreCase) && (Is(i + 1, "period") || Is(i + 1, "quarter"))))
        {
            int first = Is(i - 1, "the") ? i - 1 : i;
            int last = i;
            if (Ordinal(i + 1) > 0 && Is(i + 2, "quarter"))
            {
                last = i + 2;
            }
            else if (Is(i + 1, "quarter") || Is(i + 1, "period"))
            {
                last = i + 1;
            }

            bool quarterly = last > i || QuarterlyReport;
            ReportUse report = last > i && Is(last, "quarter") ? ReportUse.YearBackQuarter : quarterly ? ReportUse.YearBack : ReportUse.None;
            return Emit(last > i ? first : i, last, (quarterly ? DateParse.Offset(TimeUnit.Quarter, -5) : DateParse.Offset(TimeUnit.Year, -1)) with { Report = report });
        }

        bool modifier = head.Equals("mid", StringComparison.OrdinalIgnoreCase) || head.Equals("late", StringComparison.OrdinalIgnoreCase)
            || head.Equals("early", StringComparison.OrdinalIgnoreCase);

        // "mid-March": the month, resolved as "March" would be.
        if (modifier && Lookup(rest, out int month) == WordKind.Month && rest.Length > 0 && char.IsUpper(rest[0]))
        {
            return TryMonth(i, i, month, null);
        }

        // "post-1959 politics", "pre-2008 levels": the year.
        if ((head.Equals("post", StringComparison.OrdinalIgnoreCase) || head.Equals("pre", StringComparison.OrdinalIgnoreCase)) && rest.Length == 4 && AllDigits(rest))
        {
            int year = Parse(rest);
            return year is >= 1000 and <= 2199 ? Emit(i, i, DateParse.Calendar(year, 0, 0)) : i + 1;
        }

        // "year-end": the end of the reference year.
        if (head.Equals("year", StringComparison.OrdinalIgnoreCase) && rest.Equals("end", StringComparison.OrdinalIgnoreCase) && !Is(i - 1, "the") && !Is(i - 1, "a"))
        {
            return YearEnd(i, i);
        }

        // "forty-five years": a spelled count.
        if (TensWord(head) > 0 && Lookup(rest, out int units) == WordKind.Cardinal && units is >= 1 and <= 9)
        {
            return TryCountedUnit(i, TensWord(head) + units);
        }

        // "decades-long", "day-long", "years-old", "several-year": an amount of time as an adjective.
        bool longOrOld = rest.Equals("long", StringComparison.OrdinalIgnoreCase) || rest.Equals("old", StringComparison.OrdinalIgnoreCase);
        if (longOrOld && Lookup(head, out int headUnit) == WordKind.Unit && (rest[0] is 'l' or 'L' || head.EndsWith("s", StringComparison.OrdinalIgnoreCase)))
        {
            return Lit(i, i, TemporalType.Duration, Duration((TimeUnit)headUnit, head.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? -1 : 1), DatePrecision.Unknown);
        }

        if (Lookup(head, out _) == WordKind.Vague && Lookup(rest, out int vagueUnit) == WordKind.Unit && !rest.EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            return Lit(i, i, TemporalType.Duration, Duration((TimeUnit)vagueUnit, -1), DatePrecision.Unknown);
        }

        // "25-year-old": an age, which TimeML does not annotate.
        if (rest.EndsWith("-old", StringComparison.OrdinalIgnoreCase))
        {
            return i + 1;
        }

        // "two-year", "24-hour", "10-year": durations used as adjectives.
        if (Lookup(rest, out int unitCode) == WordKind.Unit && !rest.EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            int n = AllDigits(head) && head.Length <= 3 ? Parse(head) : Lookup(head, out int c) == WordKind.Cardinal ? c : 0;
            if (n > 0)
            {
                return Lit(i, i, TemporalType.Duration, Duration((TimeUnit)unitCode, n), DatePrecision.Unknown);
            }
        }
        // "the mid-Seventies", "by the late-Eighties": a decade word after the hyphen (b25).
        if (modifier && DecadeWord(rest) is int restTens && (char.IsAsciiLetterUpper(rest[0]) || Is(i - 1, "the")))
        {
            return Lit(Is(i - 1, "the") ? i - 1 : i, i, TemporalType.Date, Decade(DecadeWordYear(restTens)), DatePrecision.Decade);
        }

        if (modifier && rest.Length == 5 && rest[4] == 's' && AllDigits(rest[..4]))
        {
            int first = Is(i - 1, "the") ? i - 1 : i;
            return Lit(first, i, TemporalType.Date, Decade(Parse(rest[..4])), DatePrecision.Decade);
        }

        if (modifier && rest.Length == 4 && AllDigits(rest))
        {
            return Emit(i, i, DateParse.Calendar(Parse(rest), 0, 0));
        }

        return i;
    }

    /// <summary>
    /// "fourth quarter", "the fiscal first quarter", "its third quarter" without a "the" before the ordinal: the quarter
    /// of the reference year (a game's quarter in a sports sentence is not a date).
    /// </summary>
    private int? BareQuarterAt(int i)
    {
        if (!Is(i + 1, "quarter"))
        {
            return null; // one comparison for the common case
        }

        int ordinal = Ordinal(i);
        if (ordinal is < 1 or > 4 || !Is(i + 1, "quarter") || Tokens[i].Kind != TokenKind.Word)
        {
            return null;
        }

        int last = i + 1;
        DateParse period = Quarter(ordinal) with { Tense = Future(i) ? Tense.Future : Tense.Unknown };
        if (Is(i + 2, "of") && IsYear(i + 3, out int y))
        {
            period = period with { Year = y };
            last = i + 3;
        }
        else if (IsYear(i + 2, out int y2))
        {
            period = period with { Year = y2 };
            last = i + 2;
        }
        else if (SportsSentence())
        {
            return i + 2;
        }

        int first = Is(i - 1, "fiscal") ? i - 1 : i;
        first = Is(first - 1, "the") ? first - 1 : first;
        return Emit(first, last, period);
    }

    /// <summary>
    /// "year end", "year's end" (at the "year" token): the reference year (the year before after "since"), as "the end of the
    /// year" is the year in TimeML and the contract ("to cut 6,000 jobs by year end"). The hyphenated "year-end" is the day.
    /// </summary>
    private int? TryYearEnd(int i)
    {
        int last = Is(i + 1, "end") ? i + 1 : (Is(i + 1, "'s") || Is(i + 1, "’s")) && Is(i + 2, "end") ? i + 2 : -1;
        if (last < 0 || Is(last + 1, "of") || Is(i - 1, "the") || Is(i - 1, "a") || Is(i - 1, "fiscal"))
        {
            return null;
        }

        return Emit(i, last, DateParse.Offset(TimeUnit.Year, Is(i - 1, "since") ? -1 : 0) with { Anchor = AnchorUse.Publication });
    }

    /// <summary>"year-end": the last day of the reference year, of the year before after "since".</summary>
    private int YearEnd(int first, int last) =>
        Emit(first, last, DateParse.Calendar(null, 12, 31) with { YearShift = Is(first - 1, "since") ? -1 : 0, Anchor = AnchorUse.Publication });

    /// <summary>"the Friday", "the Monday night", "the Monday after", "the Friday of last week": a weekday with the article at <paramref name="i"/>.</summary>
    private int TryDefiniteWeekday(int i, int k, int weekday)
    {
        // "the Friday of last week": that week's day, counted from the time of writing.
        if (Is(k + 1, "of") && (Is(k + 2, "last") || Is(k + 2, "next") || Is(k + 2, "this")) && Is(k + 3, "week"))
        {
            int shift = Is(k + 2, "last") ? -1 : Is(k + 2, "next") ? 1 : 0;
            return Emit(i, k + 3, DateParse.Create(TemporalType.Date, DatePrecision.Day, ParseKind.Weekday) with
            {
                Weekday = weekday, Count = shift, Shifted = true, Anchor = AnchorUse.Publication, Tense = shift > 0 ? Tense.Future : shift < 0 ? Tense.Past : Tense.Unknown,
            });
        }

        // "the Sunday after the holiday", "the Monday before the vote": a step from something else; the weekday alone is the date.
        // "by the Tuesday deadline", "The Friday explosions at …": a weekday as a modifier of a noun is no day of the story's week either.
        if (((Is(k + 1, "after") || Is(k + 1, "before")) && IsWord(k + 2) && !Is(k + 2, "that") && !Is(k + 2, "and") && !Is(k + 2, "but"))
            || (IsWord(k + 1) && !Cap(k + 1) && Lookup(W(k + 1), out _) == WordKind.None && !IsPreposition(k + 1) && !Is(k + 1, "after")
                && (i == _first || k + 2 >= _end || Tokens[k + 2].Kind == TokenKind.Punctuation || (IsWord(k + 2) && Lookup(W(k + 2), out _) == WordKind.TenseMarker)))) // (not "on the Sunday visibility fell"; "The Friday explosions at …" opens its sentence)
        {
            return TryWeekday(k, k, weekday);
        }

        int before = _parses.Count;
        int end = TryWeekday(k, k, weekday);
        if (_parses.Count != before + 1 || _parses[^1].Start != Tokens[k].Start || _parses[^1].Kind != ParseKind.Weekday || _parses[^1].Shifted)
        {
            return end;
        }

        // "the Monday after" at the end of its phrase: the first Monday after the day last named; "the Saturday before": the last one
        // before it.
        bool ends = end + 1 >= _end || !IsWord(end + 1) || Is(end + 1, "that") || Is(end + 1, "and") || Is(end + 1, "but");
        bool after = Is(end, "after") && ends;
        bool beforeDay = Is(end, "before") && ends;
        DateParse read = _parses[^1];
        _parses[^1] = read with { Start = Tokens[i].Start, End = after || beforeDay ? Tokens[end].End : read.End, Definite = true, WeekdayAfter = after, WeekdayBefore = beforeDay };
        return after || beforeDay ? end + 1 : end;
    }

    /// <summary>Whether the publication date falls in the last seven days of its month (the month's end is the writing's time).</summary>
    private bool InMonthsLastWeek() =>
        _doc.ReferenceDate is DateOnly writing && DateTime.DaysInMonth(writing.Year, writing.Month) - writing.Day < 7;

    /// <summary>Whether token <paramref name="k"/> is a noun a period word before it modifies ("all winter sports", "month-end
    /// rebalancing"): a lower-case word of <see cref="DateVocabulary.PeriodNouns"/>. Any other word ("open all summer with live
    /// music", "slid mid-month amid fears", "all summer long") leaves the period a date.</summary>
    private bool ModifiesNoun(int k) => NounAfter(k) && In(k, DateVocabulary.PeriodNouns);

    /// <summary>Whether token <paramref name="k"/> is a lower-case word that is no date word and no "-ed" verb ("the weekend killed"):
    /// a noun the period before it qualifies ("the quarter results", "the first winter storm").</summary>
    private bool NounAfter(int k) =>
        k < _end && IsWord(k) && !Cap(k) && Lookup(W(k), out _) == WordKind.None && !W(k).EndsWith("ed", StringComparison.Ordinal);

    /// <summary>Whether a date starts at <paramref name="k"/>: a month word written with a capital or before a number ("Sept. 30", "june
    /// 30"), or a number that is no quantity ("30 June", "2020-03-31"), as "the quarter ended" has one ("The quarter ended with a rally" has none).</summary>
    private bool DateFollows(int k) =>
        k < _end && ((IsWord(k) && Lookup(W(k), out _) == WordKind.Month && (Cap(k) || (k + 1 < _end && Tokens[k + 1].Kind == TokenKind.Number)))
            || (Tokens[k].Kind == TokenKind.Number && !QuantityFollows(k + 1)));

    /// <summary>A century ending at <paramref name="last"/> ("century"), with the era word after it when there is one: "the fifth
    /// century BC" BC04, "the first century AD" 00.</summary>
    private int CenturyOfEra(int i, int last, int century)
    {
        int era = Era(last + 1);
        string value = (century - 1).ToString("D2", CultureInfo.InvariantCulture);
        return Lit(i, era != 0 ? last + 1 : last, TemporalType.Date, era < 0 ? "BC" + value : value, DatePrecision.Century);
    }
}
