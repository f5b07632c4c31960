using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// The date reader's colloquial chains of a day and a count of weeks, told from the time of writing: "tomorrow week",
/// "yesterday fortnight", "a week yesterday", "three weeks yesterday", "a week ago yesterday", "a week tomorrow", "a year ago
/// tomorrow", "a week last Tuesday", "a week next Tuesday", "a week from Monday", "this day next year", "this time tomorrow";
/// and the weekends and weeks named round a day ("the weekend of 7 February", "the bank holiday weekend", "by midweek").
/// </summary>
internal sealed partial class DateReader
{
    /// <summary>The most weeks a chain counts ("twelve weeks yesterday"); beyond it a count is an amount of time.</summary>
    private const int ChainWeeks = 12;

    /// <summary>
    /// A chain that opens at <paramref name="i"/> (a word of <paramref name="kind"/>, its number <paramref name="n"/>): the chain's
    /// end after it is emitted, or null when none opens there. Each test looks at the next one to three tokens only.
    /// </summary>
    private int? TryDayChain(int i, WordKind kind, int n) => kind switch
    {
        WordKind.Relative => TryRelativeWeeks(i),
        WordKind.Article or WordKind.Cardinal when !Is(i, "another") => TryWeeksFromDay(i, n),
        WordKind.Shift when Is(i, "this") => TryThisDayShift(i),
        WordKind.The => TryWeekendAround(i),
        _ => null,
    };

    /// <summary>"tomorrow week", "tomorrow fortnight", "yesterday week": the day a week or two past tomorrow (before yesterday).
    /// Not "yesterday's week", "tomorrow, week one", "tomorrow week of action".</summary>
    private int? TryRelativeWeeks(int i)
    {
        int direction = Is(i, "yesterday") ? -1 : Is(i, "tomorrow") ? 1 : 0;
        int weeks = Is(i + 1, "week") ? 1 : Is(i + 1, "fortnight") ? 2 : 0;
        if (direction == 0 || weeks == 0 || Cap(i + 1) || Is(i + 2, "of") || Is(i + 2, "'s") || Is(i + 2, "’s")
            || (i + 2 < _end && Tokens[i + 2].Kind == TokenKind.Number))
        {
            return null;
        }

        return Emit(i, i + 1, DateParse.Offset(TimeUnit.Day, direction * ((7 * weeks) + 1)));
    }

    /// <summary>
    /// A count of weeks (or a year) chained to a day: "a week yesterday", "three weeks yesterday", "a fortnight yesterday", "a week
    /// ago yesterday" (yesterday so many weeks back), "a week tomorrow" (tomorrow a week on), "a year ago tomorrow" (tomorrow's
    /// date a year back), "a week last Tuesday", "a week next Tuesday", "a week from Monday" (that weekday a week away).
    /// </summary>
    private int? TryWeeksFromDay(int i, int n)
    {
        int u = i + 1;
        if (n < 1 || n > ChainWeeks || !IsWord(u))
        {
            return null;
        }

        bool plural = n > 1;
        int weeks = Is(u, plural ? "weeks" : "week") ? n : Is(u, plural ? "fortnights" : "fortnight") ? 2 * n : 0;
        bool year = weeks == 0 && Is(u, plural ? "years" : "year");
        if (weeks == 0 && !year)
        {
            return null;
        }

        int j = u + 1;
        bool ago = Is(j, "ago");
        if (ago)
        {
            j++;
        }

        int direction = Is(j, "yesterday") ? -1 : Is(j, "tomorrow") ? 1 : 0;
        if (year)
        {
            // "A year ago tomorrow": tomorrow's date, a year back (not "a year tomorrow", a span of time to a day).
            return ago && direction != 0
                ? Emit(i, j, DateParse.Offset(TimeUnit.Year, -n) with { Grain = DatePrecision.Day, KeepDay = true, DayStep = direction })
                : null;
        }

        // "a week yesterday", "a week ago yesterday" (back), "a week tomorrow" (on); not "a week ago tomorrow".
        if (direction != 0 && !(ago && direction > 0))
        {
            return Emit(i, j, DateParse.Offset(TimeUnit.Day, direction * ((7 * weeks) + 1)));
        }

        // "a week last Tuesday", "a week next Tuesday", "a week from Monday": the weekday moved on (back) by the weeks.
        if (ago)
        {
            return null;
        }

        int shift = Is(j, "last") ? -1 : Is(j, "next") ? 1 : Is(j, "from") ? 0 : 2;
        int d = j + 1;
        if (shift == 2 || !IsWord(d) || !Cap(d) || W(d).Length <= 4 || Lookup(W(d), out int weekday) != WordKind.Weekday || Is(d + 1, "since")
            || Is(d + 2, "since"))
        {
            return null;
        }

        DateParse parse = DateParse.Create(TemporalType.Date, DatePrecision.Day, ParseKind.Weekday) with
        {
            Weekday = weekday, Count = shift, Shifted = shift != 0, WeeksOn = shift < 0 ? -weeks : weeks, Anchor = AnchorUse.Publication,
            Tense = shift < 0 ? Tense.Past : Tense.Future,
        };
        return Emit(i, d, parse);
    }

    /// <summary>"two Saturdays ago" (the Saturday before last), "three Sundays from now" (the third Sunday to come): a count of one
    /// weekday back or on from the time of writing; null when no such count is written round the plural at <paramref name="i"/>.</summary>
    private int? WeekdaysCounted(int i, int weekday)
    {
        int count = CountWord(i - 1);
        bool ago = Is(i + 1, "ago");
        bool fromNow = Is(i + 1, "from") && Is(i + 2, "now");
        if (count is < 2 or > ChainWeeks || !(ago || fromNow))
        {
            return null;
        }

        int direction = ago ? -1 : 1;
        DateParse parse = DateParse.Create(TemporalType.Date, DatePrecision.Day, ParseKind.Weekday) with
        {
            Weekday = weekday, Count = direction, Shifted = true, WeeksOn = direction * (count - 1), Anchor = AnchorUse.Publication,
            Tense = ago ? Tense.Past : Tense.Future,
        };
        return Emit(i - 1, ago ? i + 1 : i + 2, parse);
    }

    /// <summary>"this day next year", "this day last year" (the day of writing a year on or back); "this day week" (a week on);
    /// "this time tomorrow", "this time yesterday" (that day).</summary>
    private int? TryThisDayShift(int i)
    {
        if (Is(i + 1, "day") && (Is(i + 2, "next") || Is(i + 2, "last")) && Is(i + 3, "year"))
        {
            return Emit(i, i + 3, DateParse.Offset(TimeUnit.Year, Is(i + 2, "next") ? 1 : -1) with { Grain = DatePrecision.Day, KeepDay = true });
        }

        // "this day week", "this day fortnight": the day of writing a week or two on (British).
        if (Is(i + 1, "day") && (Is(i + 2, "week") || Is(i + 2, "fortnight")) && !Is(i + 3, "of") && !Is(i + 3, "'s") && !Is(i + 3, "’s"))
        {
            return Emit(i, i + 2, DateParse.Offset(TimeUnit.Day, Is(i + 2, "week") ? 7 : 14));
        }

        if (Is(i + 1, "time") && (Is(i + 2, "tomorrow") || Is(i + 2, "yesterday")))
        {
            return Emit(i, i + 2, DateParse.Offset(TimeUnit.Day, Is(i + 2, "tomorrow") ? 1 : -1));
        }

        return null;
    }

    /// <summary>
    /// After "the": "the weekend of 7 February", "the weekend of 19 and 20 September 1970" (the weekend that holds the day), "the bank holiday weekend" (the weekend
    /// coming, or the one just gone in a past clause).
    /// </summary>
    private int? TryWeekendAround(int i)
    {
        if (Is(i + 1, "weekend") && Is(i + 2, "of") && i + 3 < _end
            && ((Tokens[i + 3].Kind == TokenKind.Number && IsDay(W(i + 3), out _)) || (IsWord(i + 3) && Cap(i + 3) && Lookup(W(i + 3), out _) == WordKind.Month)))
        {
            // "the weekend of 19 and 20 September 1970": the two days share the month after the second.
            int day = Is(i + 4, "and") && Tokens[i + 3].Kind == TokenKind.Number && i + 5 < _end && Tokens[i + 5].Kind == TokenKind.Number
                && IsDay(W(i + 3), out _) && IsDay(W(i + 5), out _) ? i + 5 : i + 3;
            int before = _parses.Count;
            int next = TryAt(day);
            if (_parses.Count == before + 1 && _parses[^1].Grain == DatePrecision.Day && _parses[^1].Start == Tokens[day].Start)
            {
                _parses[^1] = _parses[^1] with { Start = Tokens[i].Start, WeekendOfDay = true, Grain = DatePrecision.Weekend };
            }

            return next;
        }

        if (Is(i + 1, "bank") && Is(i + 2, "holiday") && Is(i + 3, "weekend"))
        {
            Tense tense = TenseBefore(i);
            return Emit(i, i + 3, DateParse.Offset(TimeUnit.Weekend, 0) with { Tense = tense, PastWeekend = tense == Tense.Past });
        }

        return null;
    }

    /// <summary>"by midweek", "until midweek", "from midweek": the week of writing (not "a midweek game", "midweek fixtures").</summary>
    private int? TryMidweek(int i) =>
        !Cap(i) && (Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "till") || Is(i - 1, "from") || Is(i - 1, "at"))
        && (!IsWord(i + 1) || IsPreposition(i + 1) || Is(i + 1, "and") || Is(i + 1, "but"))
            ? Emit(i, i, DateParse.Offset(TimeUnit.Week, 0))
            : null;

    /// <summary>
    /// "at dawn on Saturday", "at dusk on Saturday", "at sunset on Friday", "just after sunrise": a part of
    /// the day named by the light, told at a day or just after (not "before dawn", which the earlier sets leave untagged; nor "at first
    /// light on Sunday", which b12 leaves untagged and b17 tags: the blind sets disagree, and it keeps the older reading).
    /// </summary>
    private bool LightPartAt(int i, int next) =>
        !Cap(i) && ((Is(i - 1, "at") && DayAfterOn(next)) || (Is(i - 1, "after") && (Is(i - 2, "just") || Is(i - 2, "shortly"))));

    /// <summary>"on" and a weekday at <paramref name="k"/>: "on Saturday". (Before a calendar date, "set off at dawn on 14 February",
    /// the earliest sets leave the part of the day untagged, the later ones tag it: the blind sets disagree, and it stays out.)</summary>
    private bool DayAfterOn(int k) =>
        Is(k, "on") && IsWord(k + 1) && Cap(k + 1) && W(k + 1).Length > 4 && Lookup(W(k + 1), out _) == WordKind.Weekday;

    /// <summary>"spent the next decade", "spending the following year": a verb of spending time before the phrase at <paramref name="i"/>.</summary>
    private bool SpentBefore(int i) => Is(i - 1, "spent") || Is(i - 1, "spend") || Is(i - 1, "spends") || Is(i - 1, "spending");

    /// <summary>
    /// "overnight into Tuesday", "snow fell overnight into Saturday": the night before the weekday that follows, which stays a
    /// mention of its own; the end after the weekday, or null.
    /// </summary>
    private int? TryOvernightInto(int i)
    {
        int d = i + 2;
        if (!Is(i + 1, "into") || !IsWord(d) || !Cap(d) || W(d).Length <= 4 || Lookup(W(d), out int weekday) != WordKind.Weekday)
        {
            return null;
        }

        int count = _parses.Count;
        int end = TryWeekday(d, d, weekday);
        if (_parses.Count == count + 1 && _parses[^1].Kind == ParseKind.Weekday && _parses[^1].Part < 0 && _parses[^1].Hour < 0)
        {
            DateParse day = _parses[^1];
            _parses.RemoveAt(count);
            Emit(i, i, day with { Type = TemporalType.Time, Part = 3, Grain = DatePrecision.PartOfDay, DayStep = -1 });
            _parses.Add(day);
            return end;
        }

        _parses.RemoveRange(count, _parses.Count - count);
        return null;
    }
}
