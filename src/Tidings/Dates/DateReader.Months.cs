using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// The date reader's month and weekday names: "July 24, 2020", "May 1969", "Friday, November 24", a month range's year,
/// seasons, and a weekday with its clause's tense.
/// </summary>
internal sealed partial class DateReader
{
    /// <summary>"July", "July 24", "July 24, 2020", "May 1969", "July 22 morning", "Friday, November 24".</summary>
    private int TryMonth(int first, int i, int month, int? weekdayStart)
    {
        // "March 3-5": one mention per day.
        if (first == i && weekdayStart is null && TryDayRange(i) is int rangeEnd)
        {
            return rangeEnd;
        }

        int last = i;
        int? day = null;
        int? year = null;
        // "by mid-February 15 million people": a month with a modifier glued on takes no day.
        if (i + 1 < _end && Tokens[i + 1].Kind == TokenKind.Number && IsDay(W(i + 1), out int d) && W(i).IndexOf('-') < 0)
        {
            day = d;
            last = i + 1;
            int y = last + 1;
            if (Is(y, ","))
            {
                y++;
            }

            if (IsYear(y, out int yy))
            {
                year = yy;
                last = y;
            }
        }
        else if (IsYear(i + 1, out int yy))
        {
            year = yy;
            last = i + 1;
        }
        else if (IsWord(i + 1) && !Cap(i + 1) && DateVocabulary.DayOrdinals.TryGetValue(W(i + 1), out int spelledDay) && W(i).IndexOf('-') < 0
            && !OrdinaryWordAfter(i + 2) && !Is(i + 2, "quarter") && !Is(i + 2, "half"))
        {
            day = spelledDay; // "this coming Sunday, March eighth"
            last = i + 1;
        }
        else if (Is(i + 1, ",") && IsYear(i + 2, out int commaYear) && !OrdinaryWordAfter(i + 3))
        {
            year = commaYear; // "in April, 2003"
            last = i + 2;
        }
        else if (SpelledYear(i + 1) is int spelled)
        {
            year = spelled;
            last = i + 2;
        }

        if (weekdayStart is int ws)
        {
            first = ws;
        }

        if (day is int dd)
        {
            // "July 22 morning"
            if (last + 1 < _end && IsWord(last + 1) && Lookup(W(last + 1), out int part) == WordKind.PartOfDay)
            {
                return Emit(first, last + 1, Day(year, month, dd, first) with { Part = part, Grain = DatePrecision.PartOfDay });
            }

            // "June 22 last year"
            if (year is null && IsWord(last + 1) && Is(last + 2, "year") && (Is(last + 1, "this") || Is(last + 1, "last") || Is(last + 1, "next")))
            {
                int shift = Is(last + 1, "last") ? -1 : Is(last + 1, "next") ? 1 : 0;
                return Emit(first, last + 2, Day(null, month, dd, first) with { YearShift = shift, Anchor = AnchorUse.Publication });
            }

            return EmitDay(first, last, year, month, dd);
        }

        // "between March and May 2021", "from November to March 2021": the first month of a range takes the year of the second.
        if (year is null && RangeEndYear(last + 1) is (int endMonth, int endYear))
        {
            year = month <= endMonth ? endYear : endYear - 1;
        }

        // A month alone ("In July", "last November", "July 2020"): without a year, the nearest one in the tense of
        // its clause ("in December" said in May is last December, unless the clause speaks of the future).
        int start = first;
        DateParse parse = Day(year, month, 0, first);
        if (year is null)
        {
            int shift = Is(first - 1, "last") ? -1 : Is(first - 1, "next") ? 1 : 0;
            if (shift != 0)
            {
                start = first - 1;
                // "The company had imposed the rosters last December" (in a story of January 2018): the December before the
                // story's time, as a past perfect steps back from it; otherwise the one before the time of writing.
                parse = parse with { Count = shift, Shifted = true, Anchor = shift < 0 && PastPerfect(first - 1, first) ? AnchorUse.Narrative : AnchorUse.Publication };
            }
            else if (Is(first - 1, "this"))
            {
                parse = parse with { Anchor = AnchorUse.Publication };
            }
            else if ((Is(first - 1, "to") || Is(first - 1, "through") || Is(first - 1, "until") || Is(first - 1, "till")) && first - 3 >= _first
                && Is(first - 3, "from") && IsWord(first - 2) && Cap(first - 2) && Lookup(W(first - 2), out int from) == WordKind.Month)
            {
                parse = parse with { RangeFrom = from }; // "runs from December to April": April after that December
            }
        }

        // "April of that year", "June that year": the story's year.
        int that = Is(last + 1, "of") ? last + 2 : last + 1;
        if (year is null && Is(that, "that") && Is(that + 1, "year"))
        {
            return Emit(first, that + 1, parse with { YearShift = 0, Shifted = false, Anchor = AnchorUse.Story });
        }

        // "January this year", "June last year"
        if (year is null && IsWord(last + 1) && Is(last + 2, "year") && (Is(last + 1, "this") || Is(last + 1, "last") || Is(last + 1, "next")))
        {
            parse = parse with { YearShift = Is(last + 1, "last") ? -1 : Is(last + 1, "next") ? 1 : 0, Shifted = false, Anchor = AnchorUse.Publication };
            last += 2;
        }

        return Emit(start, last, parse);
    }

    /// <summary>Whether token <paramref name="k"/> is a lower-case word that is neither a date word nor a preposition: after "April, 2003" it would make the number a count.</summary>
    private bool OrdinaryWordAfter(int k) =>
        k < _end && Tokens[k].Kind == TokenKind.Word && !Cap(k) && Lookup(W(k), out _) == WordKind.None && !IsPreposition(k);

    /// <summary>"and May 2021", "to March 15, 2021" at <paramref name="k"/>: the month and year that close a range of months, or null.</summary>
    private (int Month, int Year)? RangeEndYear(int k)
    {
        if (!(Is(k, "and") || Is(k, "to") || Is(k, "through") || Is(k, "until") || Is(k, "till")) || !IsWord(k + 1) || !Cap(k + 1)
            || Lookup(W(k + 1), out int month) != WordKind.Month)
        {
            return null;
        }

        int y = k + 2;
        if (y < _end && Tokens[y].Kind == TokenKind.Number && IsDay(W(y), out _))
        {
            y = Is(y + 1, ",") ? y + 2 : y + 1;
        }

        return IsYear(y, out int year) ? (month, year) : null;
    }

    /// <summary>A day (or, with day 0, a month) whose year is <paramref name="year"/> or, when null, to be found from the clause's tense.</summary>
    private DateParse Day(int? year, int month, int day, int token) =>
        DateParse.Calendar(year, month, day) with
        {
            Tense = TenseBefore(token), Deadline = IsDeadline(token - 1), Bound = IsDeadline(token - 1) || Is(token - 1, "ended") || Is(token - 1, "ending"),
        };

    /// <summary>
    /// Whether the clause of the date at <paramref name="first"/>..<paramref name="last"/> is in the past perfect ("The bomb had
    /// fallen on Hiroshima on August 6", "the year before he had borrowed"): a step back from the story's time, not a move of it.
    /// </summary>
    private bool PastPerfect(int first, int last)
    {
        // "Leaders had agreed to sign the accord on the Saturday", "had planned a gala dinner for the Saturday", "had been due to
        // open on the Friday": a plan made in the past perfect points ahead of it, so the date is no step back.
        bool plan = false;
        bool forDate = Is(first - 1, "for") || (Is(first - 1, "the") && Is(first - 2, "for"));
        for (int j = first - 1; j >= Math.Max(_first, first - 8); j--)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation || Is(j, "and") || Is(j, "but") || Is(j, "when") || Is(j, "which") || Is(j, "that"))
            {
                break;
            }

            if (IsWord(j) && ((DateVocabulary.IntentVerbs.Contains(W(j)) && (Is(j + 1, "to") || forDate))
                || ((Is(j, "due") || Is(j, "scheduled") || Is(j, "set")) && (Is(j + 1, "to") || Is(j + 1, "for")))))
            {
                plan = true;
            }

            if (Is(j, "had") && !Is(j + 1, "to"))
            {
                return !plan;
            }
        }

        int k = last + 1;
        if (IsWord(k) && (Is(k, "he") || Is(k, "she") || Is(k, "it") || Is(k, "they") || Is(k, "we") || Is(k, "I")))
        {
            k++;
        }

        // "A heatwave in 2023 had cut the harvest": after a year, an irregular participle too (not "had a", "had to", "had no"); "by the
        // end of March they had withdrawn" is a bound reached, read as before.
        return Is(k, "had") && (Is(k + 1, "already") || (IsWord(k + 1) && W(k + 1).EndsWith("ed", StringComparison.Ordinal)) || Is(k + 1, "been")
            || (Tokens[last].Kind == TokenKind.Number && Tokens[last].Length == 4 && IsWord(k + 1) && !Cap(k + 1) && !Is(k + 1, "to") && !Is(k + 1, "a") && !Is(k + 1, "an") && !Is(k + 1, "the") && !Is(k + 1, "no")
                && Lookup(W(k + 1), out _) == WordKind.None && !IsPreposition(k + 1) && Lookup(W(k + 1), out _) != WordKind.Article));
    }

    private bool IsDeadline(int k) =>
        Is(k, "by") || Is(k, "until") || Is(k, "till") || Is(k, "to") || Is(k, "before") || Is(k, "through");

    private static DateParse Season(int season) =>
        DateParse.Create(TemporalType.Date, DatePrecision.Season, ParseKind.Season) with { Ordinal = season, Anchor = AnchorUse.Narrative };

    /// <summary>"Feb", "Sept": an abbreviation without its full stop, a month only beside a number ("Feb 9", "14 Mar 2017").</summary>
    private static bool IsBareAbbreviation(ReadOnlySpan<char> w) => w.Length <= 4 && w[^1] != '.' && !w.Equals("june", StringComparison.OrdinalIgnoreCase)
        && !w.Equals("july", StringComparison.OrdinalIgnoreCase) && !w.Equals("may", StringComparison.OrdinalIgnoreCase);

    /// <summary>"weeks or months": the last token of a plural unit and its alternative.</summary>
    private int OrUnits(int i) =>
        Is(i + 1, "or") && IsWord(i + 2) && Lookup(W(i + 2), out _) == WordKind.Unit && W(i + 2).EndsWith("s", StringComparison.OrdinalIgnoreCase) ? i + 2 : i;

    /// <summary>"Wed 8 Nov", "Sat July 4": a day follows the (abbreviated) weekday at <paramref name="i"/>.</summary>
    private bool DayFollows(int i) =>
        (i + 2 < _end && Tokens[i + 1].Kind == TokenKind.Number && IsWord(i + 2) && Cap(i + 2) && Lookup(W(i + 2), out _) == WordKind.Month)
        || (IsWord(i + 1) && Cap(i + 1) && Lookup(W(i + 1), out _) == WordKind.Month && i + 2 < _end && Tokens[i + 2].Kind == TokenKind.Number);

    private bool NumberOrMonth(int k) =>
        k < _end && (Tokens[k].Kind == TokenKind.Number || (IsWord(k) && Cap(k) && Lookup(W(k), out _) == WordKind.Month));

    private bool NumberBeside(int i) =>
        (i + 1 < _end && Tokens[i + 1].Kind == TokenKind.Number) || (i - 1 >= _first && Tokens[i - 1].Kind == TokenKind.Number);

    /// <summary>"Tuesday", "on Monday", "Wednesday evening", "Friday, November 24", "last Friday".</summary>
    private int TryWeekday(int first, int i, int weekday)
    {
        int k = i + 1;
        if (Is(k, ","))
        {
            k++;
        }

        if (IsWord(k) && Lookup(W(k), out int month) == WordKind.Month && Cap(k))
        {
            int count = _parses.Count;
            int end = TryMonth(k, k, month, first);
            KeepWeekday(count, first, weekday);
            return end;
        }

        // "Wed 8 Nov 2017", "Sunday, 12 January 2020": the weekday joins the day that follows it.
        // "Friday the 24th of May" likewise.
        bool dayMonth = k < _end && Tokens[k].Kind == TokenKind.Number && IsDay(W(k), out _) && IsWord(k + 1) && Cap(k + 1) && Lookup(W(k + 1), out _) == WordKind.Month;
        bool theDayOf = Is(k, "the") && k + 3 < _end && Tokens[k + 1].Kind == TokenKind.Number && IsDay(W(k + 1), out _) && Is(k + 2, "of")
            && IsWord(k + 3) && Cap(k + 3) && Lookup(W(k + 3), out _) == WordKind.Month;
        if (dayMonth || theDayOf)
        {
            int before = _parses.Count;
            int next = dayMonth ? TryNumberStart(k) : TryThe(k);
            if (_parses.Count == before + 1 && _parses[^1].Start == Tokens[k].Start)
            {
                _parses[^1] = _parses[^1] with { Start = Tokens[first].Start, LineHead = _parses[^1].LineHead || (next > first && LineAlone(first, next - 1)) };
                KeepWeekday(before, first, weekday);
                return next;
            }
        }

        // "Tuesday 4th: heavy rain", "on Monday 3rd": a weekday with an ordinal day and no month is that day of the month, near the
        // story's (or the writing's) time, on which it falls on that weekday.
        if (k == i + 1 && k < _end && Tokens[k].Kind == TokenKind.Number && IsDay(W(k), out int ordinalDay) && char.IsAsciiLetter(W(k)[^1])
            && !Is(k + 1, "of") && !(IsWord(k + 1) && Cap(k + 1) && Lookup(W(k + 1), out _) == WordKind.Month))
        {
            return Emit(first, k, DateParse.Calendar(null, 0, ordinalDay) with { StatedWeekday = weekday, Tense = TenseBefore(first) });
        }

        int start = first;
        int shift = 0;
        bool shifted = false;
        if (Is(first - 1, "last") || Is(first - 1, "next") || Is(first - 1, "this"))
        {
            shift = Is(first - 1, "last") ? -1 : Is(first - 1, "next") ? 1 : 0;
            shifted = true;
            start = first - 1;
        }

        // "on Saturday last", "on Monday next at 7.30pm": the shift written after the weekday (British formal and court
        // notices). Not "Friday next week", "Monday last year", "next to", "last for three hours" (a verb).
        // "Monday gone" (northern English): the one just past.
        int postposed = !shifted && (Is(i + 1, "last") || Is(i + 1, "next") || Is(i + 1, "gone")) && PostposedShiftEnds(i + 2) ? i + 1 : i;
        if (postposed > i)
        {
            shift = Is(i + 1, "next") ? 1 : -1;
            shifted = true;
        }

        DateParse parse = DateParse.Create(TemporalType.Date, DatePrecision.Day, ParseKind.Weekday) with
        {
            Weekday = weekday, Count = shift, Shifted = shifted, Anchor = AnchorUse.Publication, NextWeek = shift > 0 && start < first,
        };
        int last = postposed;
        if (postposed == i && i + 1 < _end && IsWord(i + 1) && (Lookup(W(i + 1), out int p) == WordKind.PartOfDay || (DateVocabulary.MealParts.TryGetValue(W(i + 1), out p) && !Cap(i + 1))))
        {
            parse = parse with { Part = p, Grain = DatePrecision.PartOfDay };
            last = i + 1;

            // "Friday evening Washington time": a place's clock belongs to the day's part ("Monday afternoon local time" keeps
            // "local time" out, as the earlier sets have it).
            if ((Is(last + 1, "time") || Is(last + 2, "time")) && !Is(last + 1, "local"))
            {
                last = Math.Max(last, ZoneNameEnd(last + 1));
            }
        }

        // "Tuesday week", "Monday fortnight", "a week on Friday": the coming weekday, a week or two on; "next Tuesday week": a week
        // past next Tuesday.
        int weeksOn = 0;
        if ((!shifted || parse.NextWeek) && parse.Part < 0 && (Is(last + 1, "week") || Is(last + 1, "fortnight")) && !Cap(last + 1) && (!IsWord(last + 2) || IsPreposition(last + 2)))
        {
            weeksOn = Is(last + 1, "week") ? 1 : 2;
            last++;
        }
        else if (!shifted && WeeksOnBefore(first) is int before and > 0)
        {
            weeksOn = before;
            start = first - 3;
        }

        if (weeksOn > 0)
        {
            return Emit(start, last, parse with { WeeksOn = weeksOn, Tense = Tense.Future });
        }

        Tense tense = WeekdayTense(start, last);

        // "Snow is expected from Sunday night into Monday, with temperatures falling … on Tuesday": days listed in one
        // sentence keep the direction of the days before them.
        if (tense == Tense.Unknown && !shifted && _parses.Count > 0 && _parses[^1].Kind == ParseKind.Weekday && !_parses[^1].Shifted
            && _parses[^1].Start >= Tokens[_first].Start && _parses[^1].Tense is Tense.Future or Tense.Present)
        {
            tense = _parses[^1].Tense;
        }

        // "June 13, 2025 - Israel strikes … ¶ Saturday: US bombers hit Fordow", "Tuesday: The war enters its fifth year": a weekday
        // heading a line of a timeline, with no tense, is the nearest such day.
        parse = parse with { Tense = tense, NearestWeekday = tense == Tense.Unknown && !shifted && start == _first && Is(last + 1, ":") };

        return Emit(start, last, parse);
    }

    /// <summary>Whether the token at <paramref name="k"/>, after "Saturday last" or "Monday next", leaves the shift to the weekday
    /// (session 31, mend31e: a whitelist, not a blacklist): punctuation, the end, a word of
    /// <see cref="DateVocabulary.PostposedShiftEnds"/> ("at", "when", "outside") or a lower-case past participle opening a reduced
    /// clause ("charged with"). Any other word takes "last"/"next" as its own: "On Saturday last trains leave", "Sunday next
    /// steps", "Friday last orders", "Monday next week", "Friday last for three hours".</summary>
    private bool PostposedShiftEnds(int k)
    {
        if (k >= _end)
        {
            return true;
        }

        if (Tokens[k].Kind == TokenKind.Number)
        {
            return false;
        }

        if (!IsWord(k))
        {
            return true;
        }

        ReadOnlySpan<char> w = W(k);
        return DateVocabulary.PostposedShiftEnds.Contains(w)
            || (!Cap(k) && w.Length >= 6 && w.EndsWith("ed", StringComparison.Ordinal) && Lookup(w, out _) == WordKind.None);
    }

    /// <summary>A calendar day read from <paramref name="first"/> on (the parse added after <paramref name="count"/>) keeps the
    /// weekday written before it ("Sunday, April 13"): the resolver chooses its year by it.</summary>
    private void KeepWeekday(int count, int first, int weekday)
    {
        if (_parses.Count > count && _parses[count].Start == Tokens[first].Start && _parses[count].Kind == ParseKind.Calendar && _parses[count].Day > 0)
        {
            _parses[count] = _parses[count] with { StatedWeekday = weekday };
        }
    }
}
