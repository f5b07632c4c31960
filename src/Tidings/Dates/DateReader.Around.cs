using System.Globalization;
using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// The date reader's days around other days: a day, a weekday or a week counted from a named day ("the day after
/// Thanksgiving", "the Sunday after Easter", "the week before Christmas"), the small hours of a day, "overnight", and the
/// turn of a century.
/// </summary>
internal sealed partial class DateReader
{
    /// <summary>
    /// "the day after Thanksgiving", "the Sunday after Easter", "the week before Christmas" (<paramref name="i"/> at "the",
    /// <paramref name="k"/> after it): the named day moved a day, to the first such weekday, or a week, in the direction told.
    /// Null when no named day follows, or in apposition to a date ("on October 21, the day after Diwali": the date says it).
    /// </summary>
    private int? TryNamedDayStep(int i, int k)
    {
        // "the first Monday after Epiphany", "the last Friday before Christmas": the ordinal only says the weekday is the nearest.
        if ((Is(k, "first") && Is(k + 2, "after") || (Is(k, "last") || Is(k, "final")) && Is(k + 2, "before"))
            && IsWord(k + 1) && Cap(k + 1) && Lookup(W(k + 1), out _) == WordKind.Weekday)
        {
            k++;
        }

        bool week = Is(k, "week");
        int weekday = -1;
        // (After a named day's comma the phrase says which day the name is: "Plough Monday, the first Monday after Epiphany".)
        bool apposed = Is(i - 1, ",") && !(_parses.Count > 0 && _parses[^1].Kind == ParseKind.NamedDay && i - 1 > _first && _parses[^1].End == Tokens[i - 2].Start + Tokens[i - 2].Length);
        if (apposed || !(Is(k, "day") || week || (IsWord(k) && Cap(k) && Lookup(W(k), out weekday) == WordKind.Weekday))
            || !(Is(k + 1, "after") || Is(k + 1, "before")) || !IsWord(k + 2) || !Cap(k + 2) || !DateVocabulary.MayStartNamedDay(W(k + 2)))
        {
            return null;
        }

        int direction = Is(k + 1, "after") ? 1 : -1;
        int before = _parses.Count;
        if (TryHoliday(k + 2) is int holidayEnd && _parses.Count == before + 1 && _parses[^1].Start == Tokens[k + 2].Start
            && _parses[^1].Grain == DatePrecision.Day && _parses[^1].Hour < 0 && !_parses[^1].WeekOfDay && !_parses[^1].WeekendOfDay)
        {
            _parses[^1] = _parses[^1] with
            {
                Start = Tokens[i].Start,
                DayStep = direction * (week ? 7 : 1),
                StepWeekday = week || Is(k, "day") ? null : weekday,
                WeekOfDay = week,
                Grain = week ? DatePrecision.Week : DatePrecision.Day,
            };
            return holidayEnd;
        }

        if (_parses.Count > before)
        {
            _parses.RemoveRange(before, _parses.Count - before);
        }

        return null;
    }

    /// <summary>
    /// "the small hours of Sunday", "in the small hours of February 14", "the early hours of 26 March 2024", "the early hours of
    /// today", "the early hours of the next day" (a time, the morning of that day), or "in the small hours" and "in the early hours"
    /// alone (the morning of the story's day). <paramref name="i"/> at "the", <paramref name="k"/> at "small" or "early". Null otherwise.
    /// </summary>
    private int? TrySmallHours(int i, int k)
    {
        // ("in the early hours" alone too: "crossed into Asia in the early hours", "were called to the plant in the early hours".)
        if (!(Is(k, "small") || (Is(k, "early") && (Is(k + 2, "of") || Is(i - 1, "in")))) || !Is(k + 1, "hours"))
        {
            return null;
        }

        int d = k + 3;
        bool dayNumber = Is(k + 2, "of") && d < _end && Tokens[d].Kind == TokenKind.Number;
        // "the early hours of today", "the early hours of the next day": a day counted from the writing or from the story.
        bool counted = Is(k + 2, "of") && (Is(d, "today") || Is(d, "yesterday") || Is(d, "tomorrow") || (Is(d, "the") && (Is(d + 1, "next") || Is(d + 1, "following")) && Is(d + 2, "day")));
        if (dayNumber || counted || (Is(k + 2, "of") && IsWord(d) && Cap(d) && Lookup(W(d), out _) is WordKind.Weekday or WordKind.Month))
        {
            int before = _parses.Count;
            int code = 0;
            WordKind dayWord = dayNumber || counted ? WordKind.None : Lookup(W(d), out code);
            int next = counted ? (Is(d, "the") ? TryThe(d) : TryRelativeWord(d, W(d))) : dayNumber ? TryNumberStart(d) : dayWord == WordKind.Weekday ? TryWeekday(d, d, code) : TryMonth(d, d, code, null);
            if (_parses.Count == before + 1 && _parses[^1].Start == Tokens[d].Start && _parses[^1].Grain == DatePrecision.Day && _parses[^1].Hour < 0)
            {
                _parses[^1] = _parses[^1] with { Start = Tokens[i].Start, Type = TemporalType.Time, Part = 0, Grain = DatePrecision.PartOfDay };
                return next;
            }

            if (_parses.Count > before)
            {
                _parses.RemoveRange(before, _parses.Count - before);
            }

            return null;
        }

        return Is(k + 2, "of") ? null
            : Emit(i, k + 1, DateParse.Offset(TimeUnit.Day, 0, AnchorUse.Story) with { Type = TemporalType.Time, Part = 0, Grain = DatePrecision.PartOfDay, SmallHours = true });
    }

    /// <summary>
    /// "by the middle of the century" (<paramref name="i"/> at "the", <paramref name="k"/> at "middle") ahead of the writing: the
    /// writing's century, TimeML's value for its middle. Null otherwise (a past "middle of the century" is the story's).
    /// </summary>
    private int? TryMiddleOfCentury(int i, int k)
    {
        if (!Is(k, "middle") || !Is(k + 1, "of") || !Is(k + 2, "the") || !Is(k + 3, "century") || TenseBefore(i) == Tense.Past || WritingCentury() is not string century)
        {
            return null;
        }

        return Lit(i, k + 3, TemporalType.Date, century, DatePrecision.Century);
    }

    /// <summary>How many tokens back a modal of the future may stand before the phrase it puts ahead.</summary>
    private const int ModalReach = 12;

    /// <summary>Whether a modal that puts its clause ahead of the writing ("will", "could", "might", "’ll", "shall") stands a few tokens
    /// before <paramref name="i"/> in its sentence.</summary>
    private bool FutureModalBefore(int i)
    {
        for (int k = i - 1; k >= _first && k >= i - ModalReach; k--)
        {
            if (Is(k, "will") || Is(k, "could") || Is(k, "might") || Is(k, "shall") || Is(k, "'ll") || Is(k, "’ll"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The century of the writing as TimeML writes it ("20" in 2026), or null without a reference date.</summary>
    private string? WritingCentury() =>
        _doc.ReferenceDate is DateOnly writing ? (writing.Year / 100).ToString("D2", CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// "within the decade", "before the decade is out" (<paramref name="i"/> at "the", <paramref name="k"/> at "decade"): the decade
    /// of the clause's time, the story's in a past narrative.
    /// </summary>
    private int? TryBareDecade(int i, int k)
    {
        if (!Is(k, "decade") || !(Is(i - 1, "within") || (Is(k + 1, "is") && Is(k + 2, "out"))))
        {
            return null;
        }

        return Emit(i, k, DateParse.Offset(TimeUnit.Decade, 0, AnchorUse.Story) with { Grain = DatePrecision.Decade });
    }

    /// <summary>
    /// "the turn of the century" (after a modal of the future, "could rise by a metre by the turn of the century", the next
    /// hundredth year after the writing; otherwise the century's turn at or after the story's year, or the one nearest the writing:
    /// see <see cref="DateParse.CenturyTurn"/>), "the turn of the 20th century" (1900). <paramref name="i"/> at "the", <paramref name="k"/>
    /// at "turn". Null otherwise.
    /// </summary>
    private int? TryTurnOfCentury(int i, int k)
    {
        if (!Is(k, "turn") || !Is(k + 1, "of") || !Is(k + 2, "the"))
        {
            return null;
        }

        if (Is(k + 3, "century"))
        {
            // "could rise by a metre by the turn of the century": after a modal of the future, the next hundredth year.
            // Only as the future's limit ("by", "until"): "will show photographs from the turn of the century" is the story's turn.
            if (FutureModalBefore(i) && TurnLimit(i) && _doc.ReferenceDate is DateOnly writing && writing.Year % 100 != 0)
            {
                int next = ((writing.Year / 100) + 1) * 100;
                return Lit(i, k + 3, TemporalType.Date, next.ToString("D4", CultureInfo.InvariantCulture), DatePrecision.Year);
            }

            return Emit(i, k + 3, DateParse.Offset(TimeUnit.Year, 0, AnchorUse.Story) with { CenturyTurn = TurnTense(i, k + 3) });
        }

        // "the turn of the millennium": the one the modern calendar has had, 2000 (b25).
        if (Is(k + 3, "millennium") && _doc.ReferenceDate is DateOnly { Year: >= 1950 })
        {
            return Lit(i, k + 3, TemporalType.Date, "2000", DatePrecision.Year);
        }

        if (!(Is(k + 4, "century") && CenturyOrdinal(k + 3) is int century and >= 2 and <= 99))
        {
            return null;
        }

        int year = (century - 1) * 100;
        return Lit(i, k + 4, TemporalType.Date, year.ToString("D4", CultureInfo.InvariantCulture), DatePrecision.Year);
    }

    /// <summary>How "the turn of the century" at tokens <paramref name="i"/>..<paramref name="last"/> is told (<see cref="DateParse.CenturyTurn"/>):
    /// 3 as the limit of a future clause ("By the turn of the century it will be gone", "will vanish by the turn of the century"), 4
    /// as the limit of a clause of "would" ("warned the glacier would vanish by the turn of the century": the story's turn when a
    /// past date is told, else the coming one; not "would have been crowded at the turn of the century", nor a habitual "would
    /// gather … at the turn of the century": review 34d, finding 2), 2 in a present clause or after "has/have …
    /// since" ("has cut 5,000 jobs since the turn of the century"), else 1 (the story's turn) — also a future clause's phrase that
    /// modifies a noun ("will show photographs from the turn of the century": review 33d, finding 7).</summary>
    private byte TurnTense(int i, int last)
    {
        // "They said it would steam again by the turn of the century" after "The mill closed in 1971": a future told from the past is
        // the story's turn (session 33); "Scientists warned that the glacier would vanish by the turn of the century", with no past
        // date told, the coming one (review 33d, finding 7).
        for (int j = i - 1; j >= _first && j >= i - ModalReach && !(Tokens[j].Kind == TokenKind.Punctuation && !Tokens[j].Has(TokenTraits.Quote)); j--)
        {
            if (Is(j, "would") || Is(j, "'d") || Is(j, "’d"))
            {
                return TurnLimit(i) && !PerfectAfter(j, i) ? (byte)4 : (byte)1;
            }
        }

        // "soon after the turn of the century", "shortly before": the adverb of the preposition tells no tense (session 33).
        int from = (Is(i - 1, "after") || Is(i - 1, "before")) && (Is(i - 2, "soon") || Is(i - 2, "shortly") || Is(i - 2, "just") || Is(i - 2, "long")) ? i - 2 : i;
        Tense before = TenseBefore(from);
        if ((before == Tense.Future && (TurnLimit(i) || from < i)) || (before == Tense.Unknown && TenseAfter(last + 1) == Tense.Future))
        {
            return 3;
        }

        if (before == Tense.Present || (Is(i - 1, "since") && PresentPerfectBefore(i - 1)))
        {
            return 2;
        }

        return 1;
    }

    /// <summary>Whether token <paramref name="comma"/> is a comma that a date of its sentence ends right before ("on 1 June, the eve
    /// of the coronation"; not "In Brussels, on the eve of the summit": review 34d, finding 5).</summary>
    private bool DateBeforeComma(int comma) =>
        Is(comma, ",") && _parses.Count > 0 && _parses[^1].End == Tokens[comma].Start && _parses[^1].Start >= Tokens[_first].Start;

    /// <summary>Whether "have" ("would have", "would not have", "would've") stands after the modal at <paramref name="modal"/>, before
    /// token <paramref name="end"/>: a counterfactual past, not a future told from the past (review 34d, finding 2).</summary>
    private bool PerfectAfter(int modal, int end)
    {
        for (int j = modal + 1; j < end && j <= modal + 3; j++)
        {
            if (Is(j, "have") || Is(j, "'ve") || Is(j, "’ve"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether "the turn of the century" at <paramref name="i"/> is a limit of its clause's time ("by", "until", "till",
    /// "before", "after" the turn), not a phrase that modifies a noun ("photographs from the turn of the century": review 33d, finding 7).</summary>
    private bool TurnLimit(int i) => Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "till") || Is(i - 1, "before") || Is(i - 1, "after");

    /// <summary>Whether "has" or "have" stands a few words before token <paramref name="k"/> in its clause ("has cut 5,000 jobs since").</summary>
    private bool PresentPerfectBefore(int k)
    {
        for (int j = k - 1; j >= _first && j >= k - 8; j--)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation || Is(j, "had"))
            {
                return false;
            }

            if (Is(j, "has") || Is(j, "have") || Is(j, "'ve") || Is(j, "’ve"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A day told from an event the story dates ("Kenya votes on 9 August … the day after the election", "The FA Cup final is on
    /// Saturday … the night before the final", "the eve of the summit", "the Monday after the budget", "the week before the vote",
    /// "the weekend after the funeral", "the morning of the match"): <paramref name="i"/> at "the", <paramref name="k"/> at the day
    /// word, then "after", "before" or "of" (a day or a part of one only), "the", at most one word ("the first debate", "the last
    /// phase") and an event noun (<c>Data/date-words.txt</c>, <c>[event-noun]</c>). It counts from a day the text told with the same
    /// event (<see cref="DateParse.EventGroup"/>), and is no date when the text told none (<see cref="DateParse.EventDay"/>). Not in apposition to a date ("on 1 June, the
    /// eve of the coronation": the date says it).
    /// </summary>
    private int? TryEventDay(int i, int k)
    {
        bool eve = Is(k, "eve");
        int part = -1;
        int weekday = -1;
        bool day = Is(k, "day");
        bool week = Is(k, "week");
        bool weekend = Is(k, "weekend");
        if (IsWord(k) && !Cap(k) && Lookup(W(k), out int partCode) == WordKind.PartOfDay)
        {
            part = partCode; // "the morning after the crash"
        }
        else if (IsWord(k) && Cap(k) && Lookup(W(k), out int weekdayCode) == WordKind.Weekday)
        {
            weekday = weekdayCode; // "the Monday after the budget"
        }

        bool dayWord = eve || day || week || weekend || part >= 0 || weekday >= 0;
        // Not in apposition to a date, also after "on" or "at" ("Ministers meet on Tuesday 8 December, on the eve of the summit"); after
        // a comma that no date ends right before it is ("In Brussels, on the eve of the summit": review 34d, finding 5).
        if (!dayWord || DateBeforeComma(i - 1) || ((Is(i - 1, "on") || Is(i - 1, "at")) && DateBeforeComma(i - 2)))
        {
            return null;
        }

        // (The day and its parts are "of" the event; a week, a weekend or a weekday only "after" or "before" it; an eve only "of".)
        bool of = Is(k + 1, "of");
        int direction = Is(k + 1, "after") ? 1 : Is(k + 1, "before") ? -1 : 0;
        if ((eve && !of) || (of && (week || weekend || weekday >= 0)) || (!of && direction == 0) || !Is(k + 2, "the"))
        {
            return null;
        }

        int noun = k + 3;
        if (IsWord(noun) && !Cap(noun) && !In(noun, DateVocabulary.DayEvents) && In(noun + 1, DateVocabulary.DayEvents) && Lookup(W(noun), out _) == WordKind.None)
        {
            noun++; // "the first debate", "the last phase", "the general election"
        }

        if (!In(noun, DateVocabulary.DayEvents, out int group) || !EventNounForm(noun) || (direction > 0 && In(noun, DateVocabulary.LastingEvents)))
        {
            return null; // "the day after the trial": a lasting event's end is not told (review 33d, finding 3)
        }

        if (eve)
        {
            direction = -1;
        }

        DateParse parse = DateParse.Offset(TimeUnit.Day, 0, AnchorUse.Story) with
        {
            EventDay = true,
            EventGroup = group,
            Passing = direction < 0, // "the night before the final": told in passing, the story stays on the event's day
            DayStep = week ? direction * 7 : direction,
            StepWeekday = weekend ? 6 : weekday >= 0 ? weekday : null,
            WeekOfDay = week,
            WeekendOfDay = weekend,
            Grain = week ? DatePrecision.Week : weekend ? DatePrecision.Weekend : DatePrecision.Day,
        };
        if (part >= 0)
        {
            parse = parse with { Type = TemporalType.Time, Part = part, Grain = DatePrecision.PartOfDay };
        }

        return Emit(i, noun, parse);
    }

    /// <summary>
    /// "56 arrests overnight", "crossed the state overnight, and": the night before — the story's day's night, or the one just gone.
    /// Not an adjective ("overnight rates", "an overnight stay") nor a night still to come ("results expected overnight").
    /// </summary>
    private int TryOvernight(int i)
    {
        if (TryOvernightInto(i) is int intoEnd)
        {
            return intoEnd; // "overnight into Tuesday" (DateReader.Chains.cs)
        }

        int n = i + 1;
        bool free = n >= _end || !IsWord(n) || IsPreposition(n) || Is(n, "and") || Is(n, "but") || Is(n, "as") || Is(n, "while")
            || (!Cap(n) && W(n).Length >= 5 && W(n).EndsWith("ed", StringComparison.Ordinal));
        if (!free || Is(i - 1, "expected") || Is(i - 1, "an") || Is(i - 1, "the") || TenseBefore(i) == Tense.Future)
        {
            return i;
        }

        return Emit(i, i, DateParse.Offset(TimeUnit.Day, 0, AnchorUse.Story) with
        {
            Type = TemporalType.Time, Part = 3, Grain = DatePrecision.PartOfDay, Overnight = true,
        });
    }

    /// <summary>A day stepped from a named day: <paramref name="day"/> (yyyy-MM-dd) moved by <see cref="DateParse.DayStep"/>, or to the first <see cref="DateParse.StepWeekday"/> that way.</summary>
    internal static string? StepFromNamedDay(in DateParse p, string? day)
    {
        if (p.DayStep == 0)
        {
            return day;
        }

        // "overnight into Tuesday" (2026-01-20TNI, a step back): the day moves, the part of the day stays.
        string? suffix = day is { Length: > 10 } && day[10] == 'T' ? day[10..] : null;
        if (suffix is not null)
        {
            day = day![..10];
        }

        if (p.DayStep == 0 || day is not { Length: 10 }
            || !DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)
            || d.Year is < 2 or > 9998)
        {
            return suffix is null || day is null ? day : day + suffix;
        }

        int direction = Math.Sign(p.DayStep);
        if (p.StepWeekday is int stepWeekday and >= 0 and <= 6)
        {
            do
            {
                d = d.AddDays(direction);
            }
            while ((int)d.DayOfWeek != stepWeekday);
        }
        else
        {
            d = d.AddDays(p.DayStep);
        }

        return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + suffix;
    }
}
