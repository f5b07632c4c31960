using Tidings.Text;

namespace Tidings.Dates;

/// <summary>The date reader's "the …" period phrases ("the second quarter of 2023", "the 1970s", "the night of July 24", "the past year"); sets, modified years, hyphenated words, bare quarters and year-ends are in DateReader.PeriodWords.cs, story steps in DateReader.Story.cs.</summary>
internal sealed partial class DateReader
{
    /// <summary>"the second quarter [of 2023]", "the first half", "the 1970s", "the night of July 24", "the past year".</summary>
    private int TryThe(int i)
    {
        int k = i + 1;
        if (k >= _end)
        {
            return i;
        }

        if (TryFirstYearOfEra(i, k) is int eraEnd)
        {
            return eraEnd; // "the first year of Reiwa" (DateReader.Calendars.cs)
        }

        if ((TryWrap(i) ?? TrySpelledDay(i, i, k)) is int wrapEnd)
        {
            return wrapEnd; // "the back end of the year", "the sixth of December" (DateReader.Wraps.cs)
        }

        if (TryOrdinalCountDay(i, k) is int countDayEnd)
        {
            return countDayEnd; // "On the third day of the hearing", "By the 10th day of the strike" (DateReader.Counts.cs)
        }

        // Most "the"s start no date: only a number, an apostrophe ("the '80s"), a date word or one of a few
        // period words can follow one that does. One look-up decides.
        if (Tokens[k].Kind == TokenKind.Word && Lookup(W(k), out _) == WordKind.None && !TheFollowers.Contains(W(k)) && !Is(k + 1, "century")
            && !DateVocabulary.DecadeEpithets.Contains(W(k)))
        {
            return i;
        }

        // "the Year 9 pupils", "The Year 11 class": a school year group, no year of the calendar.
        if (Is(k, "Year") && Cap(k) && k + 1 < _end && Tokens[k + 1].Kind == TokenKind.Number && W(k + 1).Length <= 2)
        {
            return k + 2;
        }

        if (TryWeekStep(i, k) is int weekStepEnd)
        {
            return weekStepEnd; // "the Friday after next", "the weekend before last", "the first Monday of each month"
        }

        if (TryAstronomicalPoint(i, k) is int pointEnd)
        {
            return pointEnd; // "the summer solstice", "the longest day"
        }

        if (TryWeekOfYear(i, k) is int weekOfYearEnd)
        {
            return weekOfYearEnd; // "the 49th week of the year"
        }

        if (TryMonthPhrase(i, k) is int monthPhraseEnd)
        {
            return monthPhraseEnd; // "the first Monday in October", "the last week of June", "the week ended Friday"
        }

        // "the day after Thanksgiving", "the small hours of Sunday", "the turn of the century", "the day after the election"
        if ((TryNamedDayStep(i, k) ?? TrySmallHours(i, k) ?? TryTurnOfCentury(i, k) ?? TryMiddleOfCentury(i, k) ?? TryBareDecade(i, k) ?? TryEventDay(i, k)) is int aroundEnd)
        {
            return aroundEnd;
        }

        if (IsWord(k) && Lookup(W(k), out int part) == WordKind.PartOfDay && Is(k + 1, "of"))
        {
            return TryPartOfDayOf(i, k, part);
        }

        // "through the night", "in the morning … by the afternoon", "in the late afternoon": a part of the story's day.
        int partAt = (Is(k, "late") || Is(k, "early")) && IsWord(k + 1) && Lookup(W(k + 1), out _) == WordKind.PartOfDay ? k + 1 : k;
        if (IsWord(partAt) && Lookup(W(partAt), out int storyPart) == WordKind.PartOfDay && (Is(i - 1, "through") || Is(i - 1, "during") || Is(i - 1, "in")
            || Is(i - 1, "by") || Is(i - 1, "until")) && (partAt + 1 >= _end || !IsWord(partAt + 1) || IsPreposition(partAt + 1) || StartsClause(partAt + 1)))
        {
            return Emit(i, partAt, DateParse.Offset(TimeUnit.Day, 0, AnchorUse.Story) with { Type = TemporalType.Time, Part = storyPart, Grain = DatePrecision.PartOfDay });
        }

        // "on the Friday", "by the Monday", "on the Saturday evening of the 2012 Ryder Cup", "the Monday after", "the Friday of last
        // week": the article makes the weekday one of the story's week (or, with "of last week", of a week counted from the writing).
        if (IsWord(k) && Cap(k) && W(k).Length > 4 && Lookup(W(k), out int theWeekday) == WordKind.Weekday && !WeekdayIsName(k)
            && !(IsWord(k + 1) && Cap(k + 1) && Lookup(W(k + 1), out _) == WordKind.Month) && !(k + 1 < _end && Tokens[k + 1].Kind == TokenKind.Number))
        {
            return TryDefiniteWeekday(i, k, theWeekday);
        }

        // "the 1988 third quarter", "the 1988 quarter", "the 1989 period"
        if (IsYear(k, out int qy) && QuarterAfter(k + 1) is (int qLast, int q))
        {
            return Emit(i, qLast, Quarter(q) with { Year = qy, Report = q == 0 ? ReportUse.YearBack : ReportUse.None });
        }

        // "the day before yesterday", "the day after tomorrow"
        if (Is(k, "day") && (Is(k + 1, "before") && Is(k + 2, "yesterday") || Is(k + 1, "after") && Is(k + 2, "tomorrow")))
        {
            return Emit(i, k + 2, DateParse.Offset(TimeUnit.Day, Is(k + 1, "before") ? -2 : 2));
        }

        // "the September quarter", "the June quarter": the calendar quarter that ends in that month.
        if (IsWord(k) && Cap(k) && Lookup(W(k), out int quarterEnd) == WordKind.Month && quarterEnd % 3 == 0 && Is(k + 1, "quarter"))
        {
            return Emit(i, k + 1, Quarter(quarterEnd / 3) with { Tense = TenseBefore(i) });
        }

        // "the year 2000", "the year two thousand", "the year nineteen ninety-eight": the year named, as one expression.
        if (Is(k, "year") && (IsYear(k + 1, out int namedYear) ? (k + 1, namedYear) : YearInWords(k + 1)) is (int yearLast, int yearValue) and (> 0, _))
        {
            return Emit(i, yearLast, DateParse.Calendar(yearValue, 0, 0));
        }

        // "the 20th century", "the late 19th century", "the third century BC" (BC02), "the second century CE" (01)
        if (Is(k + 1, "century") && CenturyOrdinal(k) is int century and >= 1 and <= 99)
        {
            return CenturyOfEra(i, k + 1, century);
        }

        if (IsWord(k) && Lookup(W(k), out _) == WordKind.Modifier && Is(k + 2, "century") && CenturyOrdinal(k + 1) is int modified and >= 1 and <= 99)
        {
            return CenturyOfEra(i, k + 2, modified);
        }

        // "the early 1990s", "the '80s", "the mid-1990s"
        if (TryDecade(i, k) is int decadeEnd)
        {
            return decadeEnd;
        }

        int ordinal = Ordinal(k);
        if (ordinal == 0 && (Is(k, "last") || Is(k, "latter")) && Is(k + 1, "half") && Is(k + 2, "of")
            && (IsYear(k + 3, out _) || ((Is(k + 3, "the") || Is(k + 3, "this") || Is(k + 3, "last") || Is(k + 3, "next")) && Is(k + 4, "year"))))
        {
            ordinal = 2; // "the last half of 1989", "the latter half of the year"
        }

        if (ordinal > 0 && IsWord(k + 1))
        {
            bool quarter = Is(k + 1, "quarter");
            bool half = Is(k + 1, "half");
            if (((quarter && ordinal <= 4) || (half && ordinal <= 2)) && !(Is(k + 2, "of") || IsYear(k + 2, out _)) && SportsSentence())
            {
                return k + 1; // "scored 35 points in the third quarter", "two goals in the second half": a period of play
            }

            if ((quarter && ordinal <= 4) || (half && ordinal <= 2))
            {
                int last = k + 1;
                DateParse period = (quarter ? Quarter(ordinal) : Half(ordinal)) with { Tense = Future(i) || ModalBefore(i) ? Tense.Future : Tense.Unknown };
                if (Is(k + 2, "of") && IsYear(k + 3, out int y))
                {
                    period = period with { Year = y };
                    last = k + 3;
                }
                else if (Is(k + 2, "of") && IsWord(k + 3) && Is(k + 4, "year")
                    && (Is(k + 3, "the") || Is(k + 3, "this") || Is(k + 3, "last") || Is(k + 3, "next")))
                {
                    period = period with { YearShift = Is(k + 3, "last") ? -1 : Is(k + 3, "next") ? 1 : 0 };
                    last = k + 4;
                }
                else if (IsYear(k + 2, out int y2))
                {
                    period = period with { Year = y2 };
                    last = k + 2;
                }

                return Emit(i, last, period);
            }
        }

        // "the end of the financial year", "the start of the fiscal year": the fiscal year of writing (FY2026 in March 2026).
        if (In(k, DateVocabulary.PeriodParts, out int fiscalPart) && fiscalPart == 1 && Is(k + 1, "of") && Is(k + 2, "the") && (Is(k + 3, "financial") || Is(k + 3, "fiscal"))
            && Is(k + 4, "year") && !Is(k + 5, "in") && !Is(k + 5, "ending") && !Is(k + 5, "ended"))
        {
            return Emit(i, k + 4, DateParse.Offset(TimeUnit.Year, 0) with { Fiscal = true, FiscalStart = FiscalStartMonth() });
        }

        // "the end of the year", "the start of the month", "the end of the decade": that part of the period.
        if (In(k, DateVocabulary.PeriodParts) && Is(k + 1, "of") && (Is(k + 2, "the") || Is(k + 2, "that")) && IsWord(k + 3)
            && Lookup(W(k + 3), out int partUnit) == WordKind.Unit && (TimeUnit)partUnit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Decade)
        {
            // In a past-tense clause it is the story's period ("on 5 November … By the end of the month they were bottom").
            Tense partTense = TenseBefore(i) is Tense.Unknown ? TenseAfter(k + 4) : TenseBefore(i);
            if (partTense == Tense.Unknown)
            {
                partTense = EllipsisTense(i); // "France withdrew its ambassador in September and its troops by the end of the year"
            }

            AnchorUse partAnchor = partTense == Tense.Past || Is(k + 2, "that") ? AnchorUse.Story : (TimeUnit)partUnit == TimeUnit.Year || (TimeUnit)partUnit == TimeUnit.Decade
                ? AnchorUse.Narrative : AnchorUse.Publication;
            DateParse periodPart = (TimeUnit)partUnit == TimeUnit.Decade ? DateParse.Offset(TimeUnit.Decade, 0, partAnchor) with { Grain = DatePrecision.Decade }
                : DateParse.Offset((TimeUnit)partUnit, 0, partAnchor);
            return Emit(i, k + 3, periodPart with { Tense = partTense });
        }

        // "the week of March 6", "the week beginning 20 April", "the week commencing 6 May": the week that holds the day.
        if (Is(k, "week") && In(k + 1, DateVocabulary.WeekLeads) && WeekOfDayAt(i, k + 2) is int weekOfDayEnd)
        {
            return weekOfDayEnd;
        }

        // "the Fourth of July"
        if (Is(k, "Fourth") && Is(k + 1, "of") && Is(k + 2, "July"))
        {
            return Emit(i, k + 2, DateParse.Calendar(null, 7, 4) with { Tense = TenseBefore(i) });
        }

        // "on the 21st"
        if (TryDayOfMonth(i, k) is int dayEnd)
        {
            return dayEnd;
        }

        // "the next day", "the following spring", "the year before", "the previous month": counted from the story's time.
        if (TryStoryStep(i, k) is int stepEnd)
        {
            return stepEnd;
        }

        bool span = In(k, DateVocabulary.SpanLeads);

        // "the past fortnight": two weeks up to now; "the next fortnight", "the coming fortnight": two weeks from now.
        if (span && Is(k + 1, "fortnight"))
        {
            return Lit(i, k + 1, TemporalType.Duration, "P2W", DatePrecision.Unknown);
        }

        // "until the last minute", "at the last second": an idiom, not an amount of time.
        if (Is(k, "last") && (Is(k + 1, "minute") || Is(k + 1, "second")) && (Is(i - 1, "until") || Is(i - 1, "till") || Is(i - 1, "at") || Is(i - 1, "to")))
        {
            return k + 2;
        }

        // "the last quarter of 2023": the fourth quarter of that year.
        if (Is(k, "last") && Is(k + 1, "quarter") && Is(k + 2, "of") && IsYear(k + 3, out int lastQuarterYear))
        {
            return Emit(i, k + 3, Quarter(4) with { Year = lastQuarterYear });
        }
        if (span && IsWord(k + 1) && Lookup(W(k + 1), out int unit) == WordKind.Unit
            && !W(k + 1).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            return Lit(i, k + 1, TemporalType.Duration, Duration((TimeUnit)unit, 1), DatePrecision.Unknown);
        }

        // "the coming weeks", "the past months", "Over the following months": a vague amount of time.
        if ((span || (Is(k, "following") && (Is(i - 1, "over") || Is(i - 1, "in") || Is(i - 1, "for")))) && IsWord(k + 1) && Lookup(W(k + 1), out int vagueUnit) == WordKind.Unit
            && W(k + 1).EndsWith("s", StringComparison.OrdinalIgnoreCase) && (Is(k, "coming") || Is(k, "past") || Is(k, "following")))
        {
            return Lit(i, k + 1, TemporalType.Duration, Duration((TimeUnit)vagueUnit, -1), DatePrecision.Unknown);
        }

        // "the next couple of years"
        if (span && Is(k + 1, "couple") && Is(k + 2, "of") && IsWord(k + 3) && Lookup(W(k + 3), out int coupleUnit) == WordKind.Unit)
        {
            return Lit(i, k + 3, TemporalType.Duration, Duration((TimeUnit)coupleUnit, 2), DatePrecision.Unknown);
        }

        // "the weeks ahead", "the months to come"
        if (IsWord(k) && Lookup(W(k), out int aheadUnit) == WordKind.Unit && W(k).EndsWith("s", StringComparison.OrdinalIgnoreCase)
            && (Is(k + 1, "ahead") || (Is(k + 1, "to") && Is(k + 2, "come"))))
        {
            return Lit(i, Is(k + 1, "ahead") ? k + 1 : k + 2, TemporalType.Duration, Duration((TimeUnit)aheadUnit, -1), DatePrecision.Unknown);
        }

        // "the nineties", "the eighties": the latest such decade not after the reference year.
        // "The Sixties pop star": a modifier, tagged without the article (DecadePremodifies).
        if (IsWord(k) && DecadeWord(W(k)) is int tensOfDecade)
        {
            return Lit(DecadePremodifies(i, k) ? k : i, k, TemporalType.Date, Decade(DecadeWordYear(tensOfDecade)), DatePrecision.Decade);
        }

        // "the past two years", "the next few months": the whole phrase is the duration.
        if (span && k + 2 < _end && IsWord(k + 2) && Lookup(W(k + 2), out int units) == WordKind.Unit
            && W(k + 2).EndsWith("s", StringComparison.OrdinalIgnoreCase) && CountWord(k + 1) is int count and (> 0 or -1))
        {
            return Lit(i, k + 2, TemporalType.Duration, Duration((TimeUnit)units, count), DatePrecision.Unknown);
        }

        // "the nine months", "the first nine months", "the latest six months": the whole phrase is the duration.
        int c = Ordinal(k) > 0 || Is(k, "latest") || Is(k, "same") || Is(k, "final") ? k + 1 : k;
        if (c + 1 < _end && IsWord(c + 1) && Lookup(W(c + 1), out int counted) == WordKind.Unit
            && W(c + 1).EndsWith("s", StringComparison.OrdinalIgnoreCase) && CountWord(c) is int cn and > 1)
        {
            // "in the 13 weeks ended 30 March", "the six months ended June 30", "over the 12 months ending in March 2027": a reporting
            // window closed by its date, which alone is tagged, as "the quarter ended Sept. 30" (session 33); TimeML tags the length,
            // and a quarterly report's nine or twelve months keep it (they make "a year earlier" a year).
            if (!_timeML && c == k && (Is(c + 2, "ended") || Is(c + 2, "ending")) && (DateFollows(c + 3) || ((Is(c + 3, "on") || Is(c + 3, "in")) && DateFollows(c + 4)))
                && !((TimeUnit)counted == TimeUnit.Month && cn is 6 or 9 or 12 && QuarterlyReport))
            {
                return c + 2;
            }

            int end = Lit(i, c + 1, TemporalType.Duration, Duration((TimeUnit)counted, cn), DatePrecision.Unknown);
            if ((TimeUnit)counted == TimeUnit.Month && cn is 6 or 9 or 12 && QuarterlyReport)
            {
                MarkLast(ReportUse.YearLong); // "For the nine months, … a year earlier": the year before's nine months
            }

            return end;
        }

        // "the near future", "the near term", "the short term"
        if ((Is(k, "near") || Is(k, "short")) && (Is(k + 1, "future") || Is(k + 1, "term")))
        {
            return Lit(i, k + 1, TemporalType.Date, "FUTURE_REF", DatePrecision.Reference);
        }

        // "the future", "the past"
        if (Is(k, "future") || Is(k, "past") && !(k + 1 < _end && (Tokens[k + 1].Kind == TokenKind.Number || CountWord(k + 1) != 0
            || IsWord(k + 1) && Lookup(W(k + 1), out _) == WordKind.Unit)))
        {
            return Lit(i, k, TemporalType.Date, Is(k, "future") ? "FUTURE_REF" : "PAST_REF", DatePrecision.Reference);
        }

        // "the quarter a year ago", "the same period last year", "the corresponding quarter a year earlier": the reported period a year back.
        int backAt = Is(k, "same") || Is(k, "corresponding") || Is(k, "comparable") ? k + 1 : k;
        if ((Is(backAt, "quarter") || (backAt > k && Is(backAt, "period")))
            && ((Is(backAt + 1, "a") && Is(backAt + 2, "year") && (Is(backAt + 3, "ago") || Is(backAt + 3, "earlier"))) || (Is(backAt + 1, "last") && Is(backAt + 2, "year"))))
        {
            int backLast = Is(backAt + 1, "a") ? backAt + 3 : backAt + 2;
            bool quarterly = Is(backAt, "quarter") || QuarterlyReport;
            return Emit(i, backLast, (quarterly ? DateParse.Offset(TimeUnit.Quarter, -5) : DateParse.Offset(TimeUnit.Year, -1)) with
            {
                Report = Is(backAt, "quarter") ? ReportUse.YearBackQuarter : quarterly ? ReportUse.YearBack : ReportUse.None,
            });
        }

        // "the quarter", "the latest quarter", "the year", "the weekend": the current period of the reference date.
        bool latest = Is(k, "latest") || Is(k, "recent");
        int p = latest || Is(k, "current") || Is(k, "same") ? k + 1 : k;
        if (Is(p, "fiscal") || Is(p, "full") || Is(p, "calendar"))
        {
            p++; // "the fiscal year", "the current fiscal year", "the full year"
        }

        bool nounAfter = NounAfter(p + 1)
            && !(Is(p, "weekend") && (IsPreposition(p + 1) || Is(p + 1, "against")))
            // "By the weekend savers had withdrawn £1bn": after an opening preposition, a noun then an auxiliary is the clause's subject.
            && !(Is(p, "weekend") && p == k && IsPreposition(i - 1) && Cap(i - 1) && IsWord(p + 2) && Lookup(W(p + 2), out _) == WordKind.TenseMarker);
        // "in the year to September 1981": a year's length up to the month (below).
        bool yearTo = Is(p, "year") && Is(p + 1, "to") && IsWord(p + 2) && Cap(p + 2) && Lookup(W(p + 2), out _) == WordKind.Month;
        if (p < _end && IsWord(p) && !Is(p + 1, "of") && (Is(p, "quarter") || (latest && Is(p, "period")) || !nounAfter || yearTo))
        {
            // "Net income for the quarter ended Sept. 30", "in the quarter to June", "for the fiscal year ended March 31": the date
            // that follows names the period, which is no date of its own (TimeML tags it; a quarterly report's year keeps its length;
            // "the year to September 1981" is a year's length, below).
            if (!_timeML && !latest && !Is(k, "current") && !Is(k, "same") && !Is(k, "full") && (Is(p, "quarter") || (Is(p, "year") && !QuarterlyReport)) && (((Is(p + 1, "ended") || Is(p + 1, "ending")) && (DateFollows(p + 2) || ((Is(p + 2, "on") || Is(p + 2, "in")) && DateFollows(p + 3))))
                || (Is(p, "quarter") && Is(p + 1, "to") && IsWord(p + 2) && Cap(p + 2) && Lookup(W(p + 2), out _) == WordKind.Month)))
            {
                return p + 1;
            }

            // "the quarter", "the latest quarter", "the latest period": in a report, the last quarter reported on.
            // In a report that named its quarter ("the fiscal first quarter", "fourth-quarter earnings") it is that one.
            if ((Is(p, "quarter") || latest && Is(p, "period")) && (!Future(i) || latest) && !Is(k, "current"))
            {
                return Emit(i, p, DateParse.Offset(TimeUnit.Quarter, -1) with { Report = ReportUse.Period });
            }

            if (Is(p, "quarter") && p == k && QuarterlyReport)
            {
                return Emit(i, p, DateParse.Offset(TimeUnit.Quarter, 0) with { Report = ReportUse.Period }); // "expected to break even for the quarter"
            }

            // "later in the year", "earlier in the year": this year.
            if (p == k && Is(p, "year") && Is(i - 1, "in") && (Is(i - 2, "later") || Is(i - 2, "earlier")))
            {
                return Emit(i - 2, p, DateParse.Offset(TimeUnit.Year, 0));
            }

            // "the year ended March 31", "the fiscal year ending June 30", "in the year to September 1981": a year's length up to the date
            // that follows, as TimeBank has it.
            if (Is(p, "year") && (Is(p + 1, "ended") || Is(p + 1, "ending") || yearTo) && !latest)
            {
                int yearEnd = Lit(i, p, TemporalType.Duration, "P1Y", DatePrecision.Unknown);
                if (QuarterlyReport)
                {
                    MarkLast(ReportUse.YearLong); // "For the year ended Sept. 30, … up from … a year earlier"
                }

                return yearEnd;
            }

            if (Is(p, "quarter") || Is(p, "year") || Is(p, "weekend") || Is(p, "week") || (Is(p, "month") && Is(i - 1, "of")))
            {
                TimeUnit period = Is(p, "quarter") ? TimeUnit.Quarter : Is(p, "year") ? TimeUnit.Year : Is(p, "weekend") ? TimeUnit.Weekend
                    : Is(p, "month") ? TimeUnit.Month : TimeUnit.Week;

                // "over the weekend" said on a weekday is the one just past, unless the clause looks ahead.
                DateParse current = DateParse.Offset(period, 0, period == TimeUnit.Month ? AnchorUse.Narrative : AnchorUse.Publication);
                // "ran through the weekend" (said on a Monday): the weekend just gone, as "over the weekend"; "by the weekend" is ahead.
                // "By the weekend savers had withdrawn …": a weekend that opens a past clause is told in the past.
                Tense told = period == TimeUnit.Weekend && TenseBefore(i) == Tense.Unknown && TenseAfter(p + 1) == Tense.Past ? Tense.Past : Tense.Unknown;
                return Emit(i, p, current with { PastWeekend = period == TimeUnit.Weekend && !Future(i) && (!IsDeadline(i - 1) || Is(i - 1, "through")) && TenseBefore(i) != Tense.Present, Tense = told });
            }
        }

        // "the autumn term", "the spring semester": a school calendar's term named by its season, valued as the season (the next
        // one unless the clause is past).
        if (IsWord(k) && Lookup(W(k), out int termSeason) == WordKind.Season && IsWord(k + 1) && !Cap(k + 1) && DateVocabulary.AcademicTerms.Contains(W(k + 1)))
        {
            return AcademicTerm(i, k + 1, termSeason);
        }

        // "in the spring", "by the spring", "by the winter they had a record deal", "The summer belonged to the artillery"
        if (IsWord(k) && Lookup(W(k), out int bareSeason) == WordKind.Season && !Is(k + 1, "of") && (k + 1 >= _end || !IsWord(k + 1) || IsPreposition(k + 1) || StartsClause(k + 1)))
        {
            // "by the spring" looks ahead, unless the clause it opens is past ("by the winter they had a record deal").
            // "Strikes continued through the winter", "Talks stalled through the spring": a span the past verb ran over.
            // "She was swimming again by the summer": a deadline a past clause met is told in the past, and is the first such season on
            // from the story's day ("14 May 2009. By the summer it had added routes": 2009's, not the one before), even in the perfect.
            Tense seasonTense = Future(i) ? Tense.Future : IsDeadline(i - 1) ? (TenseAfter(k + 1) == Tense.Past
                || ((Is(i - 1, "through") || Is(i - 1, "throughout") || Is(i - 1, "by")) && TenseBefore(i) == Tense.Past) ? Tense.Past : Tense.Future) : TenseBefore(i);
            return Emit(i, k, Season(bareSeason) with { Tense = seasonTense, Deadline = Is(i - 1, "by") });
        }

        if (IsWord(k) && Lookup(W(k), out int season) == WordKind.Season && Is(k + 1, "of"))
        {
            if (IsYear(k + 2, out int sy))
            {
                return Emit(i, k + 2, Season(season) with { Year = sy });
            }

            if (SpelledYear(k + 2) is int spelled)
            {
                return Emit(i, k + 3, Season(season) with { Year = spelled });
            }

            if (ClippedYear(k + 2) is int clipped)
            {
                return Emit(i, k + 3, Season(season) with { Year = clipped }); // "the spring of '94"
            }

            if (Is(k + 2, "that") && Is(k + 3, "year"))
            {
                return Emit(i, k + 3, Season(season) with { Anchor = AnchorUse.Story }); // "the spring of that year"
            }
        }

        return i;
    }

    /// <summary>
    /// A school or university term from <paramref name="first"/> to its noun at <paramref name="noun"/>, valued as the
    /// <paramref name="season"/> it falls in: with its year when one follows ("Michaelmas term 2026", "the autumn term of 2019",
    /// "the fall semester of 2008"; session 33), else the next such season unless the clause is past, before the term ("Oxford
    /// closed for the summer term") or after it ("Attendance in the summer term fell", "The spring term was dominated by").
    /// </summary>
    private int AcademicTerm(int first, int noun, int season)
    {
        if (IsYear(noun + 1, out int year) && !QuantityFollows(noun + 2))
        {
            return Emit(first, noun + 1, Season(season) with { Year = year });
        }

        if (Is(noun + 1, "of") && IsYear(noun + 2, out int ofYear))
        {
            return Emit(first, noun + 2, Season(season) with { Year = ofYear });
        }

        Tense before = TenseBefore(first);
        bool past = before == Tense.Past || (before == Tense.Unknown && TenseAfter(noun + 1) == Tense.Past);
        return Emit(first, noun, Season(season) with { Tense = past ? Tense.Past : Tense.Future });
    }
}
