using Tidings.Text;

namespace Tidings.Dates;

/// <summary>The date reader's story steps ("the next day", "the following year", "the day before") with the clause and tense checks they need, and parts of a named day.</summary>
internal sealed partial class DateReader
{
    /// <summary>Whether token <paramref name="k"/>, after "the first winter", is a noun the season qualifies ("storm", "festival"): a
    /// lower-case word that is no date word, no "-ed" verb, no preposition ("the first winter as silence") and no "-ly" adverb ("The first
    /// winter nearly broke them").</summary>
    private bool SeasonsThing(int k) => NounAfter(k) && !IsPreposition(k) && !W(k).EndsWith("ly", StringComparison.Ordinal);

    /// <summary>Whether token <paramref name="k"/> begins a clause after a date: a pronoun, a determiner, an auxiliary or a past-tense verb.</summary>
    private bool StartsClause(int k) =>
        Is(k, "they") || Is(k, "he") || Is(k, "she") || Is(k, "it") || Is(k, "we") || Is(k, "the") || Is(k, "a") || Is(k, "an") || Is(k, "his")
        || Is(k, "her") || Is(k, "its") || Is(k, "their") || (IsWord(k) && Lookup(W(k), out _) == WordKind.TenseMarker)
        || (IsWord(k) && !Cap(k) && W(k).Length >= 5 && W(k).EndsWith("ed", StringComparison.Ordinal));

    /// <summary>"the next day", "the following year", "the previous month", "the following spring", "the day before", "the year after".</summary>
    private int? TryStoryStep(int i, int k)
    {
        int step = Is(k, "next") || Is(k, "following") ? 1 : Is(k, "previous") || Is(k, "preceding") || Is(k, "prior") ? -1 : 0;

        // "I took over the studio in the spring of 1993. The first winter was the hardest", "cut off on 8 September 1941 … She remembered
        // the first winter as silence": the story's first such season, the one of its year (as "that winter"); not "the first winter of
        // the war", nor a season's thing ("the first winter storm of the season", "the first summer festival").
        if (Is(k, "first") && IsWord(k + 1) && !Cap(k + 1) && Lookup(W(k + 1), out int firstSeason) == WordKind.Season && !Is(k + 2, "of") && !SeasonsThing(k + 2)
            && _parses.Count > 0)
        {
            return Emit(i, k + 1, Season(firstSeason) with { Anchor = AnchorUse.Story });
        }

        // "the same day", "the same morning", "the same week"
        if (Is(k, "same") && IsWord(k + 1) && Lookup(W(k + 1), out int sameCode) is WordKind.Unit or WordKind.PartOfDay
            && (Lookup(W(k + 1), out _) == WordKind.PartOfDay || (TimeUnit)sameCode is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year))
        {
            // "the same month last year", "the same week last year": one span, the story's month (week, day) a year back.
            if (Lookup(W(k + 1), out _) == WordKind.Unit && Is(k + 2, "last") && Is(k + 3, "year") && (TimeUnit)sameCode is not TimeUnit.Year)
            {
                DateParse yearBack = (TimeUnit)sameCode == TimeUnit.Month ? DateParse.Offset(TimeUnit.Month, -12, AnchorUse.Story)
                    : DateParse.Offset(TimeUnit.Year, -1, AnchorUse.Story) with { KeepDay = true, Grain = (TimeUnit)sameCode == TimeUnit.Week ? DatePrecision.Week : DatePrecision.Day };
                return Emit(i, k + 3, yearBack);
            }

            return Lookup(W(k + 1), out _) == WordKind.PartOfDay
                ? Emit(i, k + 1, DateParse.Offset(TimeUnit.Day, 0, AnchorUse.Story) with { Type = TemporalType.Time, Part = sameCode, Grain = DatePrecision.PartOfDay })
                : Emit(i, k + 1, DateParse.Offset((TimeUnit)sameCode, 0, AnchorUse.Story));
        }

        // "the following Monday", "the previous Friday": the first one after (before) the story's day.
        if (step != 0 && IsWord(k + 1) && Cap(k + 1) && Lookup(W(k + 1), out int stepDay) == WordKind.Weekday)
        {
            DateParse stepped = DateParse.Create(TemporalType.Date, DatePrecision.Day, ParseKind.Weekday) with
            {
                Weekday = stepDay, Count = step, Shifted = true, Anchor = AnchorUse.Story,
            };
            return IsWord(k + 2) && Lookup(W(k + 2), out int stepPart) == WordKind.PartOfDay
                ? Emit(i, k + 2, stepped with { Type = TemporalType.Time, Part = stepPart, Grain = DatePrecision.PartOfDay }) // "the following Saturday night"
                : Emit(i, k + 1, stepped);
        }

        // "The following Christmas", "the previous Easter": the first one after (before) the story's day.
        if (step != 0 && IsWord(k + 1) && Cap(k + 1) && DateVocabulary.MayStartNamedDay(W(k + 1)))
        {
            int count = _parses.Count;
            if (TryHoliday(k + 1) is int holidayEnd && _parses.Count == count + 1 && _parses[count].Kind == ParseKind.NamedDay
                && DateVocabulary.NamedDayAt(_parses[count].Ordinal).Year is null)
            {
                _parses[count] = _parses[count] with { Start = Tokens[i].Start, Count = step, Shifted = true, Anchor = AnchorUse.Story };
                return holidayEnd;
            }

            if (_parses.Count > count)
            {
                _parses.RemoveRange(count, _parses.Count - count);
            }
        }

        // "the next morning", "the following afternoon", "the following March"
        if (step != 0 && IsWord(k + 1) && Lookup(W(k + 1), out int stepCode) is WordKind.PartOfDay or WordKind.Month && (Cap(k + 1) || Lookup(W(k + 1), out _) == WordKind.PartOfDay))
        {
            return Lookup(W(k + 1), out _) == WordKind.PartOfDay
                ? Emit(i, k + 1, DateParse.Offset(TimeUnit.Day, step, AnchorUse.Story) with { Type = TemporalType.Time, Part = stepCode, Grain = DatePrecision.PartOfDay })
                : Emit(i, k + 1, DateParse.Calendar(null, stepCode, 0) with { Count = step, Shifted = true, Anchor = AnchorUse.Story });
        }

        if (step != 0 && IsWord(k + 1) && Lookup(W(k + 1), out int code) is WordKind.Unit or WordKind.Season)
        {
            if (Lookup(W(k + 1), out _) == WordKind.Season)
            {
                return Emit(i, k + 1, Season(code) with { Count = step, Shifted = true, Anchor = AnchorUse.Story });
            }

            // "the next year" is the story's only after a past year ("began in 2016. The next year it moved"); in news it is
            // the twelve months ahead.
            var unit = (TimeUnit)code;
            // "He closed the deal on October 27, and the next week half the staff were laid off": a week of the story, not an
            // amount of time ("over the next week").
            // "fell for the next decade", "rose … over the next decade": an amount of time, not a date of the story.
            // "spent the next decade in Lyon", "spent the following year": time spent is an amount too.
            // "Patel had wanted to sell the firm the next year", "found a room in Brixton the next week", "was born the next year":
            // a past clause with no preposition of extent before it tells a day of the story (session 34, dates34b).
            bool storyNext = !(Is(i - 1, "for") || Is(i - 1, "over") || SpentBefore(i)) && ((unit is TimeUnit.Year or TimeUnit.Decade && PastYearBefore(i)) || (unit == TimeUnit.Month && PastMonthBefore(i))
                || (unit == TimeUnit.Week && (Is(i - 1, "and") || Is(i - 1, ",")) && TenseAfter(k + 2) == Tense.Past)
                || (unit is TimeUnit.Year or TimeUnit.Week or TimeUnit.Weekend && IsWord(i - 1) && !IsPreposition(i - 1) && !Is(i - 1, "within")
                    && !Is(i - 1, "throughout") && TenseBefore(i) == Tense.Past));
            if (unit == TimeUnit.Quarter && !Is(k, "next"))
            {
                return Emit(i, k + 1, DateParse.Offset(unit, step, AnchorUse.Story)); // "slowing from 6.3% in the previous quarter"
            }

            // "By the following weekend", "the previous weekend": the weekend of the week after (before) the story's day.
            if (unit == TimeUnit.Weekend && (Is(k, "following") || Is(k, "previous") || storyNext))
            {
                return Emit(i, k + 1, DateParse.Offset(unit, step, AnchorUse.Story));
            }

            if (unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year or TimeUnit.Decade && !W(k + 1).EndsWith("s", StringComparison.OrdinalIgnoreCase)
                && !(step > 0 && Is(k, "next") && !Is(k + 1, "day") && !storyNext) && (unit != TimeUnit.Decade || Is(k, "following") || storyNext))
            {
                DateParse stepParse = DateParse.Offset(unit, step, AnchorUse.Story);
                return Emit(i, k + 1, unit == TimeUnit.Decade ? stepParse with { Grain = DatePrecision.Decade } : stepParse);
            }
        }

        // "the next working day", "the previous business day": a day of business after (before) the story's day (session 36).
        if (step != 0 && In(k + 1, DateVocabulary.BusinessDayWords) && Is(k + 2, "day"))
        {
            return Emit(i, k + 2, DateParse.Offset(TimeUnit.Day, step, AnchorUse.Story) with { BusinessDays = true });
        }

        // "the weekend just gone", "the week gone": the one before the writing's (session 36).
        if ((Is(k, "weekend") || Is(k, "week")) && (Is(k + 1, "gone") || (Is(k + 1, "just") && Is(k + 2, "gone"))))
        {
            return Emit(i, Is(k + 1, "gone") ? k + 1 : k + 2, DateParse.Offset(Is(k, "week") ? TimeUnit.Week : TimeUnit.Weekend, -1));
        }

        // "the year after that", "the summer after that": a year (a season) on from the plan's or the story's last date (session 36).
        if (Is(k + 1, "after") && Is(k + 2, "that") && IsWord(k) && !Cap(k) && AfterThatEnds(k + 3))
        {
            WordKind afterKind = Lookup(W(k), out int afterCode);
            if (afterKind == WordKind.Season)
            {
                return Emit(i, k + 2, Season(afterCode) with { Count = 1, Shifted = true, Anchor = AnchorUse.Story });
            }

            if (afterKind == WordKind.Unit && (TimeUnit)afterCode is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year && !W(k).EndsWith("s", StringComparison.OrdinalIgnoreCase))
            {
                return Emit(i, k + 2, DateParse.Offset((TimeUnit)afterCode, 1, AnchorUse.Story));
            }
        }

        // "the night before", "the morning after": that part of the day before (after) the story's day.
        // ("spent the night before testing the signals", "had argued the evening before that the seals would fail": a clause goes on.)
        if (IsWord(k) && Lookup(W(k), out int partBefore) == WordKind.PartOfDay && (Is(k + 1, "before") || Is(k + 1, "after"))
            && (k + 2 >= _end || Tokens[k + 2].Kind == TokenKind.Punctuation || Is(k + 2, "that") || Is(k + 2, "and") || Is(k + 2, "but")
                || Is(k + 2, "he") || Is(k + 2, "she") || Is(k + 2, "they") || Is(k + 2, "it") || Is(k + 2, "we")
                || (IsWord(k + 2) && !Cap(k + 2) && W(k + 2).Length > 5 && W(k + 2).EndsWith("ing", StringComparison.Ordinal))))
        {
            return Emit(i, k + 1, DateParse.Offset(TimeUnit.Day, Is(k + 1, "before") ? -1 : 1, AnchorUse.Story) with
            {
                Type = TemporalType.Time, Part = partBefore, Grain = DatePrecision.PartOfDay,
            });
        }

        // "the day before", "the year after" (not "the day before yesterday", not "the year before the war").
        if (IsWord(k) && Lookup(W(k), out int u) == WordKind.Unit && (TimeUnit)u is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year
            && (Is(k + 1, "before") || Is(k + 1, "after")) && !W(k).EndsWith("s", StringComparison.OrdinalIgnoreCase)
            && (k + 2 >= _end || !(IsWord(k + 2) || Tokens[k + 2].Kind == TokenKind.Number) || Is(k + 2, "he") || Is(k + 2, "she") || Is(k + 2, "they")
                || Is(k + 2, "it") || Is(k + 2, "we") || Is(k + 2, "I") || Is(k + 2, "over")
                || (Is(k + 2, "and") && IsWord(k + 3) && !Cap(k + 3) && W(k + 3).EndsWith("ed", StringComparison.Ordinal)) // "struck off the year after and charged"
                || (IsWord(k + 2) && !Cap(k + 2) && Lookup(W(k + 2), out _) == WordKind.TenseMarker))) // "said the day before had been calm"
        {
            return Emit(i, k + 1, DateParse.Offset((TimeUnit)u, Is(k + 1, "before") ? -1 : 1, AnchorUse.Story));
        }

        return null;
    }

    /// <summary>Whether "after that" ends its phrase before token <paramref name="k"/>: the end, punctuation, a preposition, an article,
    /// a conjunction or a pronoun ("the year after that to reintroduce", "the year after that a second edition"), not a noun ("the
    /// year after that date").</summary>
    private bool AfterThatEnds(int k) =>
        k >= _end || !IsWord(k) || IsPreposition(k) || Is(k, "a") || Is(k, "an") || Is(k, "the") || Is(k, "and") || Is(k, "but") || Is(k, "if")
        || Is(k, "when") || Is(k, "it") || Is(k, "they") || Is(k, "he") || Is(k, "she") || Is(k, "we");

    /// <summary>"should recover in the second half", "could rise in the fourth quarter": a modal verb a few words before, in the same clause.</summary>
    private bool ModalBefore(int i)
    {
        for (int j = i - 1; j >= Math.Max(_first, i - 5); j--)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (Is(j, "should") || Is(j, "could") || Is(j, "might") || Is(j, "may") || Is(j, "can"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many dates without a year (a month, a day, a named day) may stand between a story's year and its "the next year".</summary>
    private const int BareStoryDates = 2;

    /// <summary>Whether the last date read, a few sentences back at most, is a year or a decade before the reference year.</summary>
    private bool PastYearBefore(int i)
    {
        // "During the currency crisis of 1993, she chaired the committee for eight months. She retired the next year": a
        // duration between does not end the story.
        int index = _parses.Count - 1;
        if (index > 0 && _parses[index].Type == TemporalType.Duration)
        {
            index--;
        }

        if (index < 0 || Tokens[i].Start - _parses[index].End > 300)
        {
            return false;
        }

        // "His first song was recorded on 14 April 1971 … By December it was on every radio …, and the next year": a month or a day
        // without a year told since goes on in that year.
        for (int back = 0; back < BareStoryDates && index > 0 && _parses[index] is { Year: null, YearShift: null, Tense: Tense.Past or Tense.Unknown } bare
            && ((bare.Kind == ParseKind.Calendar && bare.Month > 0) || bare.Kind == ParseKind.NamedDay) && Tokens[i].Start - _parses[index - 1].End <= 300; back++)
        {
            index--;
        }

        DateParse last = _parses[index];
        int refYear = _doc.ReferenceDate?.Year ?? int.MaxValue;
        return (last.Kind is ParseKind.Calendar or ParseKind.Season && last.Year is int y && y < refYear) // "in 1962", "the winter of 1971", "in March 1999"
            || (last.Kind == ParseKind.Literal && last.Grain == DatePrecision.Decade);
    }

    /// <summary>Whether the date just before <paramref name="i"/> is a month of a past year ("in September 2015, and … the next month").</summary>
    private bool PastMonthBefore(int i) =>
        PastYearBefore(i) && _parses[^1].Kind == ParseKind.Calendar && _parses[^1].Month > 0;

    /// <summary>
    /// "clearing Norfolk by late afternoon", "until late evening": a part of the day of the clause's time ("late" stays in the span, out
    /// of the value). A day told after it is the part's day: "by late afternoon on Friday" folds the weekday in, and "by late afternoon
    /// yesterday" (or today, tomorrow) is read from that word with the part before it (<see cref="PartOfDayBefore"/>), as
    /// "mid-afternoon yesterday" is. Before any other relative word ("until late evening tonight") the part is read here, on its own.
    /// </summary>
    private int TryLatePart(int i, int part)
    {
        if (Is(i + 1, "yesterday") || Is(i + 1, "today") || Is(i + 1, "tomorrow"))
        {
            return i;
        }

        if (Is(i + 1, "on") && IsWord(i + 2) && Cap(i + 2) && Lookup(W(i + 2), out int weekday) == WordKind.Weekday)
        {
            int before = _parses.Count;
            int next = TryWeekday(i + 2, i + 2, weekday);
            if (_parses.Count == before + 1 && _parses[^1].Grain == DatePrecision.Day && _parses[^1].Part < 0)
            {
                DateParse day = _parses[^1];
                _parses.RemoveAt(_parses.Count - 1);
                return Emit(i, next - 1, day with { Part = part, Grain = DatePrecision.PartOfDay });
            }

            return next;
        }

        return Emit(i, i, DateParse.Offset(TimeUnit.Day, 0, AnchorUse.Story) with { Type = TemporalType.Time, Part = part, Grain = DatePrecision.PartOfDay });
    }

    /// <summary>The part-of-day code of "night".</summary>
    private const int NightPart = 3;

    /// <summary>"13-14", "14/15", "9–10" at number token <paramref name="k"/>: two days in a row, the first of which a night starts on; null otherwise.</summary>
    private int? NightPair(int k)
    {
        if (k >= _end || Tokens[k].Kind != TokenKind.Number)
        {
            return null;
        }

        ReadOnlySpan<char> s = W(k);
        int mark = s.IndexOfAny('-', '–', '/');
        return mark > 0 && IsDay(s[..mark], out int evening) && IsDay(s[(mark + 1)..], out int morning) && morning == evening + 1 ? evening : null;
    }

    /// <summary>"the night of July 24", "the morning of Monday".</summary>
    private int TryPartOfDayOf(int first, int partToken, int part)
    {
        int k = partToken + 1;
        if (!Is(k, "of") || k + 1 >= _end || Tokens[k + 1].Kind is not (TokenKind.Word or TokenKind.Number))
        {
            return first == partToken ? first : partToken;
        }

        // "the night of 13-14 April", "the night of 14/15 April 1912": a night told by the two days it spans, the night of the first.
        if (part == NightPart && NightPair(k + 1) is int evening && IsWord(k + 2) && Cap(k + 2) && Lookup(W(k + 2), out int nightMonth) == WordKind.Month)
        {
            int last = k + 2;
            int? year = IsYear(k + 3, out int y) ? y : null;
            last = year is null ? last : k + 3;
            if (IsValidDay(nightMonth, evening))
            {
                return Emit(first, last, Day(year, nightMonth, evening, first) with { Part = part, Grain = DatePrecision.PartOfDay, Type = TemporalType.Date });
            }
        }

        WordKind kind = Lookup(W(k + 1), out int code);
        int before = _parses.Count;
        int next = kind switch
        {
            WordKind.Month when Cap(k + 1) => TryMonth(k + 1, k + 1, code, null),
            WordKind.Weekday when Cap(k + 1) => TryWeekday(k + 1, k + 1, code),
            WordKind.The when Is(k + 2, "next") || Is(k + 2, "following") => TryThe(k + 1), // "the afternoon of the next day"
            _ when Tokens[k + 1].Kind == TokenKind.Number => TryNumberStart(k + 1),
            _ => k + 1,
        };
        if (_parses.Count == before + 1 && next > k + 1)
        {
            DateParse inner = _parses[^1];
            _parses.RemoveAt(_parses.Count - 1);
            bool isDay = inner.Grain == DatePrecision.Day;
            return Emit(first, next - 1, isDay ? inner with { Part = part, Grain = DatePrecision.PartOfDay, Type = TemporalType.Date } : inner);
        }

        return first;
    }
}
