using System.Collections.Immutable;
using System.Globalization;
using Tidings.Text;

namespace Tidings.Dates;

/// <summary>How the date reader records a parse: its span widened by the words TimeML counts in, whether it moves the story's time, and clock times with their zones and days.</summary>
internal sealed partial class DateReader
{
    // ---------------------------------------------------------------- parses

    /// <summary>
    /// "third quarter" or "quarter" / "period" at <paramref name="k"/>: its last token and the quarter (0 for a bare
    /// "quarter" or "period": the one last reported on, the quarter before the reference date's).
    /// </summary>
    private (int Last, int Quarter)? QuarterAfter(int k)
    {
        int ordinal = Ordinal(k);
        if (ordinal is >= 1 and <= 4 && Is(k + 1, "quarter"))
        {
            return (k + 1, ordinal);
        }

        if (Is(k, "quarter") || Is(k, "period") && QuarterlyReport)
        {
            return (k, 0);
        }

        return null;
    }

    private static DateParse Quarter(int quarter) =>
        DateParse.Create(TemporalType.Date, DatePrecision.Quarter, ParseKind.Period) with { Unit = TimeUnit.Quarter, Ordinal = quarter, Anchor = AnchorUse.Publication };

    private static DateParse Half(int half) =>
        DateParse.Create(TemporalType.Date, DatePrecision.Half, ParseKind.Period) with { Unit = TimeUnit.Half, Ordinal = half, Anchor = AnchorUse.Publication };

    private static string Duration(TimeUnit unit, int n) => DateResolver.Duration(unit, n);

    private static string? Decade(int year) => DateResolver.Decade(year);

    private static string? AdverbialValue(ReadOnlySpan<char> w) =>
        w.StartsWith("daily", StringComparison.OrdinalIgnoreCase) ? "P1D"
        : w.StartsWith("weekly", StringComparison.OrdinalIgnoreCase) ? "P1W"
        : w.StartsWith("monthly", StringComparison.OrdinalIgnoreCase) ? "P1M"
        : w.StartsWith("quarterly", StringComparison.OrdinalIgnoreCase) ? "P3M"
        : w.StartsWith("hourly", StringComparison.OrdinalIgnoreCase) ? "PT1H"
        : w.StartsWith("nightly", StringComparison.OrdinalIgnoreCase) ? "XXXX-XX-XXTNI"
        : w.StartsWith("fortnightly", StringComparison.OrdinalIgnoreCase) || w.StartsWith("biweekly", StringComparison.OrdinalIgnoreCase) ? "P2W"
        : "P1Y";

    private static int OrdinalWord(ReadOnlySpan<char> w) =>
        w.Equals("first", StringComparison.OrdinalIgnoreCase) ? 1
        : w.Equals("second", StringComparison.OrdinalIgnoreCase) ? 2
        : w.Equals("third", StringComparison.OrdinalIgnoreCase) ? 3
        : w.Equals("fourth", StringComparison.OrdinalIgnoreCase) ? 4 : 0;

    private int Ordinal(int k)
    {
        if (!IsWord(k) && !(k < _end && Tokens[k].Kind == TokenKind.Number))
        {
            return 0;
        }

        ReadOnlySpan<char> w = W(k);
        return w switch
        {
            _ when w.Equals("first", StringComparison.OrdinalIgnoreCase) || w.SequenceEqual("1st") => 1,
            _ when w.Equals("second", StringComparison.OrdinalIgnoreCase) || w.SequenceEqual("2nd") => 2,
            _ when w.Equals("third", StringComparison.OrdinalIgnoreCase) || w.SequenceEqual("3rd") => 3,
            _ when w.Equals("fourth", StringComparison.OrdinalIgnoreCase) || w.SequenceEqual("4th") || w.Equals("final", StringComparison.OrdinalIgnoreCase) => 4,
            _ => 0,
        };
    }

    private int EmitDay(int first, int last, int? year, int month, int day) => EmitDated(first, last, Day(year, month, day, first));

    private int Lit(int first, int last, TemporalType type, string? value, DatePrecision precision) =>
        Emit(first, last, DateParse.Of(type, value, precision));

    /// <summary>Whether a clock time starts at token <paramref name="k"/>: a number ("10.30pm", "11") or a clock word ("midnight", "noon").</summary>
    private bool ClockAt(int k) => k >= _first && k < _end && (Tokens[k].Kind == TokenKind.Number || (IsWord(k) && Lookup(W(k), out _) == WordKind.Clock));

    private int Emit(int first, int last, DateParse parse)
    {
        int read = first;
        (first, last) = Extend(first, last, parse.Type);

        // "the weekend just gone", "the Sunday just gone" (British): the one before the time of writing.
        // (Not before a clock: "on Saturday just gone midnight" is shortly after midnight, and the day is Saturday alone.)
        if (parse.Type == TemporalType.Date && Is(last + 1, "just") && Is(last + 2, "gone") && !ClockAt(last + 3))
        {
            last += 2;
            parse = parse with { Tense = Tense.Past };
        }
        // "Come Friday, drivers … will be fined", "searching for a week come Monday": the day that is coming.
        // Only where the clause it opens does not tell the past ("Come Monday, the shares had fallen": the story's Monday; review 32b, finding 4).
        // Inside a clause ("will have been detained a fortnight come Monday, their lawyers said") the clause is the one before "come",
        // and only a past perfect there tells the story's day ("had been missing a week come Monday").
        if (parse.Kind == ParseKind.Weekday && !parse.Shifted && parse.WeeksOn == 0 && Is(read - 1, "come")
            && (OpensClause(read - 1) ? TenseAfter(last + 1) != Tense.Past : !HadBefore(read - 1)))
        {
            parse = parse with { Tense = Tense.Future };
        }

        if (parse.Kind == ParseKind.Season && parse.Year is null && SouthernDateline && !Is(first, "northern")) // not "a good northern summer"
        {
            parse = parse with { Southern = true }; // "MELBOURNE — … the spring" in September: this spring
        }

        if (parse.Type == TemporalType.Duration && parse.Kind == ParseKind.Literal && parse.Literal is string amount && RangeBefore(first, read))
        {
            parse = parse with { Literal = VagueAmount(amount) }; // "two to three years", "between six and 24 months": PXY, PXM
        }

        // "the Jan. 6 riot", "the Oct. 7 attacks": a month and day that name an event of one year (Data/calendar-phrases.txt, [event]).
        if (parse.Kind == ParseKind.Calendar && parse.Year is null && parse.Month > 0 && parse.Day > 0 && IsWord(last + 1) && !Cap(last + 1)
            && EventDay(string.Create(CultureInfo.InvariantCulture, $"{parse.Month:D2}-{parse.Day:D2}"), last + 1) is DateOnly eventDay)
        {
            parse = parse with { Year = eventDay.Year };
        }

        // "…, and on March 11 the WHO declared a pandemic": a date that opens its clause takes the verb after it.
        if (parse.Kind == ParseKind.Calendar && parse.Year is null && parse.Month > 0 && parse.Tense == Tense.Unknown && !parse.Deadline && OpensClause(read))
        {
            parse = parse with { Tense = TenseAfter(last + 1) };
        }

        // "champions again since October", "the busiest day since March": since then, up to now.
        // (Not "switched off since the previous November": a month counted from the story's time is the story's.)
        if (parse.Kind == ParseKind.Calendar && parse.Year is null && Is(read - 1, "since") && parse.Tense != Tense.Past && parse.Anchor != AnchorUse.Story)
        {
            parse = parse with { Tense = Tense.Past, Anchor = AnchorUse.Publication };
        }

        if (Is(first, "late") && parse.Kind == ParseKind.Calendar && parse.Month > 0 && parse.Day == 0)
        {
            parse = parse with { Late = true };
        }

        // "late on 5 July 2013", "late Saturday": the late end of a day, which "Shortly after 1 a.m." then runs past.
        if (parse.Grain == DatePrecision.Day && parse.Hour < 0 && (parse.Kind == ParseKind.Weekday || (parse.Kind == ParseKind.Calendar && parse.Day > 0))
            && (Is(read - 1, "late") || (Is(read - 1, "on") && Is(read - 2, "late"))))
        {
            parse = parse with { LateInDay = true };
        }

        if (Is(first, "fiscal") && parse.Grain == DatePrecision.Year)
        {
            parse = parse with { Fiscal = true }; // "fiscal 2024": FY2024
        }
        else if (parse.Kind == ParseKind.Calendar && parse.Year is not null && parse.Month == 0 && last == read && (Is(last + 1, "fiscal") || Is(last + 1, "financial"))
            && Is(last + 2, "year"))
        {
            parse = parse with { Fiscal = true }; // "the federal government's 2026 fiscal year": FY2026
            last += 2;
        }

        // "set a trial date of September 8", "was moved to Friday": a day set for something lies ahead of the setting.
        if (parse.Kind is ParseKind.Calendar or ParseKind.Weekday && parse.Year is null && parse.YearShift is null && !parse.Shifted
            && (parse.Kind == ParseKind.Weekday || parse.Month > 0) && PlanTarget(read))
        {
            parse = parse with { Plan = true };
        }

        // "expects a loss in Q2 and a return to profit in Q3": a quarter listed after one told ahead is ahead too.
        if (parse.Kind == ParseKind.Period && parse.Tense == Tense.Unknown && parse.Year is null && parse.YearShift is null && _parses.Count > 0
            && _parses[^1] is { Kind: ParseKind.Period, Year: null, Tense: Tense.Future or Tense.Present } listed && listed.Sentence == _first)
        {
            parse = parse with { Tense = listed.Tense };
        }

        if (parse.Kind == ParseKind.Period && parse.Unit == TimeUnit.Quarter && parse.Ordinal > 0
            && (Is(first, "fiscal") || Is(first + 1, "fiscal") || Is(first - 1, "fiscal") || Is(last + 1, "ended") || Is(last + 1, "ending")))
        {
            parse = parse with { Fiscal = true }; // "the fiscal first quarter", "its fourth quarter ended Sept. 30": a company's own quarter
        }

        if (parse.Hour >= 0 && parse.Second < 0 && _second >= 0)
        {
            parse = parse with { Second = _second }; // "06:48:09 UTC"
        }

        _second = -1;
        int start = Tokens[first].Start;
        int end = Tokens[last].End;
        if (parse.Grain is DatePrecision.PartOfDay or DatePrecision.TimeOfDay && parse.Type == TemporalType.Date)
        {
            parse = parse with { Type = TemporalType.Time }; // TimeML: a part of a day or a clock time is a TIME
        }

        // A step back in the past perfect ("had fallen on August 6", "the year before he had borrowed") does not move the story.
        bool perfect = parse.Year is null && parse.Kind is ParseKind.Calendar or ParseKind.Offset or ParseKind.Weekday or ParseKind.Season && PastPerfect(first, last);
        // "for five days from June 5, 2001. On June 9 …": a span that starts on a full day puts the story there.
        bool focus = SetsFocus(first) || (Is(first - 1, "from") && parse.Kind == ParseKind.Calendar && parse.Year is not null && parse.Day > 0);
        // "was scheduled to fly again in the spring of 1986": a season or a month planned for puts the story in its year too.
        bool planned = parse.Kind is ParseKind.Calendar or ParseKind.Season && parse.Year is not null && (parse.Day > 0 || parse.Month > 0 || parse.Kind == ParseKind.Season)
            && PlanBefore(first);
        bool limit = Is(first - 1, "before") || Is(first - 1, "through") || LimitBefore(first);
        // "The No side led comfortably until early September 2014, when a single poll put Yes ahead": a bound that a "when" clause
        // then tells of is where the story is.
        if (parse.Year is not null && (Is(first - 1, "until") || Is(first - 1, "till")) && Is(last + 1, ",") && Is(last + 2, "when"))
        {
            limit = false;
            focus = !perfect;
        }
        // "in the summer of 2024. A heatwave in 2023 had cut the harvest, and in August …": a year told in the past perfect is a
        // flashback, which does not move the story either.
        bool flashbackYear = parse.Kind == ParseKind.Calendar && parse.Year is not null && parse.Month == 0 && PastPerfect(first, last);
        // "would take office in January", "was due to fly on Monday": the future seen from a past time (read once per date).
        int futureInPast = parse.Year is null && parse.Kind != ParseKind.Literal ? FutureInPastBefore(read) : 0;
        bool lineHead = parse.Hour < 0 && parse.Part < 0 && parse.Type == TemporalType.Date
            && (parse.Kind == ParseKind.Weekday || (parse.Kind == ParseKind.Calendar && parse.Day > 0)) && LineAlone(first, last);
        if (lineHead && parse.Kind == ParseKind.Weekday && !parse.Shifted && !parse.NearestWeekday && parse.Tense == Tense.Unknown)
        {
            parse = parse with { Tense = Tense.Future }; // "Saturday" heading a viewing guide: the coming Saturday (today's on a Saturday)
        }

        // A day's event ("The summit opens on 10 December") and whether it is a saying's day ("said on Tuesday"): review 32b, findings 1, 2.
        // A deictic day told with its event is the event's too ("Canadians vote today"; session 33).
        bool dayDate = parse.Type == TemporalType.Date && parse.Hour < 0 && !parse.EventDay
            && ((parse.Kind == ParseKind.Calendar && parse.Day > 0) || parse.Kind == ParseKind.Weekday
                || (parse.Kind == ParseKind.Offset && parse.Unit == TimeUnit.Day && parse.Anchor == AnchorUse.Publication && !parse.KeepDay));
        bool saying = dayDate && SayingFrameBefore(read);
        (int Group, bool After, ulong Groups, bool Own) events = dayDate && SentenceEventNouns() > 0
            ? EventOf(first, last, parse.Kind is ParseKind.Weekday or ParseKind.Offset) : (0, false, 0UL, false);
        bool scheduled = dayDate && !saying && events.Groups == 0 && parse.Kind != ParseKind.Offset && ScheduledLeadBefore(Math.Min(first, read))
            && TenseBefore(first) is Tense.Present or Tense.Future;
        AddGeneric(parse with { LineHead = lineHead, Start = start, End = end, SetsFocus = focus && !perfect && !flashbackYear, Perfect = perfect, Planned = planned, Limit = limit, Paragraph = _paragraph, Sentence = _first,
            PastEvent = parse.Kind == ParseKind.Calendar && parse.Year is null && parse.Day > 0 && parse.Tense == Tense.Past && PastVerbBefore(read),
            FutureInPast = futureInPast > 0,
            Life = parse.Kind is ParseKind.Calendar or ParseKind.Weekday ? LifeVerbBefore(read) : (byte)0,
            PastPlan = futureInPast == 2,
            PlanOvertaken = futureInPast == 2 && parse.Kind == ParseKind.Weekday && ButAfter(last),
            Said = parse.Kind == ParseKind.Weekday && (Said(read - 1) || (Is(read - 1, "on") && Said(read - 2))),
            SayingDay = saying,
            EventGroup = parse.EventDay ? parse.EventGroup : saying ? 0 : events.Group,
            EventAfter = !parse.EventDay && !saying && events.After,
            EventOwn = !parse.EventDay && events.Own,
            EventGroups = parse.EventDay || saying ? 0UL : events.Groups,
            Scheduled = scheduled,
            Heads = parse.Kind == ParseKind.Calendar && parse.Year is not null && parse.Month == 0 && first == read && last == read ? YearHeader(first) : 0,
            RowHead = parse.Year is null && first == read && last == read && IsWord(first) && ((parse.Kind == ParseKind.Calendar && parse.Month > 0 && parse.Day == 0) || parse.Kind == ParseKind.Season)
                && RowHead(first), // a month's or a season's row only: "Monday: Markets fall" is no row of a year (review 34d, finding 8)
            Modifier = parse.Kind == ParseKind.Calendar && parse.Month == 0 && parse.Year is not null && (Is(first - 1, "the") || Is(first - 1, "a") || Is(first - 1, "an")) }, first, last);
        if (_parses[^1].Heads > 0 || (_parses[^1].RowHead && UnderTimeline()))
        {
            _timelineParagraph = _paragraph; // a year line, or a row that carries it on ("1998: Founded … ¶ March: … ¶ June — …")
        }

        return last + 1;
    }

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> fill a line of the text alone (a colon or a comma
    /// after them aside): a line break (or the text's start) before, and a line break (or the text's end) after.</summary>
    private bool LineAlone(int first, int last)
    {
        if (first > 0 && !_text.AsSpan(Tokens[first - 1].End, Tokens[first].Start - Tokens[first - 1].End).Contains('\n'))
        {
            return false;
        }

        int k = last + 1;
        while (k < _end && (Is(k, ":") || Is(k, ",")))
        {
            k++;
        }

        if (k < _end)
        {
            return _text.AsSpan(Tokens[k - 1].End, Tokens[k].Start - Tokens[k - 1].End).Contains('\n'); // the sentence runs on past a line break
        }

        int from = Tokens[k - 1].End;
        return k >= Tokens.Length || _text.AsSpan(from, Tokens[k].Start - from).Contains('\n');
    }

    /// <summary>"closed on June 4", "reopened on January 12": a verb in the simple past (not after an auxiliary) right before "on".</summary>
    private bool PastVerbBefore(int read) =>
        Is(read - 1, "on") && IsWord(read - 2) && !Cap(read - 2) && W(read - 2).Length >= 5 && W(read - 2).EndsWith("ed", StringComparison.Ordinal)
        && IsWord(read - 3) && Lookup(W(read - 3), out _) != WordKind.TenseMarker && !Is(read - 3, "be") && !Is(read - 3, "been") && !Is(read - 3, "to");

    /// <summary>How many words back from a date the verb of a birth or a death may stand ("died in Dublin on Sunday").</summary>
    private const int LifeReach = 5;

    /// <summary>
    /// The end of a life told by a verb a few words before token <paramref name="k"/> in the same clause (<see cref="DateVocabulary.LifeVerbs"/>):
    /// 1 "born" ("was born in Kumasi on 3 March 1938"), 2 "died" ("and died there on Friday"), else 0.
    /// </summary>
    private byte LifeVerbBefore(int k)
    {
        for (int j = k - 1; j >= _first && j >= k - LifeReach; j--)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation || Is(j, "and"))
            {
                return 0;
            }

            if (IsWord(j) && DateVocabulary.LifeVerbs.TryGetValue(W(j), out int life))
            {
                return (byte)life;
            }
        }

        return 0;
    }

    /// <summary>Whether token <paramref name="k"/> is a verb of saying in the past ("said", "told", "announced").</summary>
    private bool Said(int k) => Is(k, "said") || Is(k, "told") || Is(k, "announced");

    /// <summary>
    /// Whether the year at token <paramref name="k"/> heads a timeline entry: first on its line and followed by a dash or a colon
    /// ("2013 — Typhoon Haiyan floods …", "2019: Fire breaks out …": 1) or by the line's end ("2021" alone on its line: 2); else 0.
    /// Only the few characters around the year are looked at.
    /// </summary>
    private int YearHeader(int k)
    {
        int start = Tokens[k].Start;
        int back = start - 1;
        while (back >= 0 && start - back <= HeaderIndent && _text[back] is ' ' or '\t')
        {
            back--;
        }

        if (back >= 0 && _text[back] != '\n')
        {
            return 0;
        }

        int end = Tokens[k].End;
        int on = end;
        while (on < _text.Length && on - end <= HeaderIndent && _text[on] is ' ' or '\t' or '\r')
        {
            on++;
        }

        if (on >= _text.Length || _text[on] == '\n')
        {
            return on < _text.Length ? 2 : 0; // a year that ends the text heads nothing
        }

        return _text[on] is '—' or '–' or ':' or '-' && on + 1 < _text.Length && _text[on + 1] is ' ' ? 1 : 0;
    }

    /// <summary>Whether the word at token <paramref name="k"/> heads a timeline's row: first on its line and followed by a dash or a
    /// colon ("March: First round of funding", "June — First overseas order", "Spring — Planning consent granted") — session 34.</summary>
    private bool RowHead(int k) => YearHeader(k) == 1;

    /// <summary>The paragraph of the last timeline year line or of a row that carried it on (<see cref="DateParse.Heads"/>,
    /// <see cref="DateParse.RowHead"/>), or -2 before any.</summary>
    private int _timelineParagraph = -2;

    /// <summary>Whether the paragraph being read follows a timeline's year line or one of its rows right above it: only there is a
    /// line-initial "May:" a timeline's row, not a transcript's speaker ("Corbyn: … ¶ May: The right honourable gentleman is wrong":
    /// review 34d, finding 4).</summary>
    private bool UnderTimeline() => _timelineParagraph >= 0 && _paragraph <= _timelineParagraph + 1;

    /// <summary>How many blanks may stand around a year that heads a timeline entry.</summary>
    private const int HeaderIndent = 4;

    /// <summary>Whether the expression sits in a clause that a limit opens ("since 1988", "since opening in 1988",
    /// "until it closed in 2004"): such a year bounds a span and does not move the story.</summary>
    private bool LimitBefore(int first)
    {
        for (int j = first - 1; j >= Math.Max(_first, first - 5) && Tokens[j].Kind != TokenKind.Punctuation && !Is(j, "and") && !Is(j, "but"); j--)
        {
            if (Is(j, "since") || Is(j, "until") || Is(j, "till"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"were supposed to open on", "was due to start on", "is scheduled for", "was planned for": a plan a few words back in the clause.</summary>
    private bool PlanBefore(int first)
    {
        for (int j = first - 1; j >= Math.Max(_first, first - 6) && Tokens[j].Kind != TokenKind.Punctuation; j--)
        {
            if ((Is(j, "supposed") || Is(j, "due") || Is(j, "scheduled") || Is(j, "meant") || Is(j, "planned")) && (Is(j + 1, "to") || Is(j + 1, "for")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the date at token <paramref name="first"/> is what a <c>[plan]</c> verb a few words back set or moved it to: "set a
    /// trial date of September 8", "was moved to Friday", "postponed the vote on the stadium to November 20".
    /// </summary>
    private bool PlanTarget(int first)
    {
        int k = first - 1;
        if (Is(k, "on"))
        {
            k--;
        }

        if (!(Is(k, "for") || Is(k, "to") || Is(k, "until") || Is(k, "till") || Is(k, "of")))
        {
            return false;
        }

        for (int j = k - 1; j >= Math.Max(_first, k - 8); j--)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (IsWord(j) && DateVocabulary.PlanVerbs.Contains(W(j)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Marks the parse just recorded as a report's period marker or reference.</summary>
    private void MarkLast(ReportUse report) => _parses[^1] = _parses[^1] with { Report = report };

    /// <summary>Whether the span widened from <paramref name="read"/> back to <paramref name="first"/> over "two to" or "between six and".</summary>
    private bool RangeBefore(int first, int read) =>
        (Is(read - 3, "between") && first <= read - 3 && Is(read - 1, "and")) || (first <= read - 2 && Is(read - 1, "to") && CountWord(read - 2) != 0);

    /// <summary>A counted duration made vague: <c>P3Y</c> → <c>PXY</c>, <c>PT2H</c> → <c>PTXH</c>.</summary>
    private static string VagueAmount(string amount)
    {
        int digits = amount.StartsWith("PT", StringComparison.Ordinal) ? 2 : 1;
        int end = digits;
        while (end < amount.Length && char.IsAsciiDigit(amount[end]))
        {
            end++;
        }

        return end > digits && end < amount.Length ? string.Concat(amount.AsSpan(0, digits), "X", amount.AsSpan(end)) : amount;
    }

    /// <summary>Whether a date starting at token <paramref name="first"/> moves the story's time (see <see cref="DateParse.SetsFocus"/>).</summary>
    private bool SetsFocus(int first)
    {
        int k = first - 1;
        if (Is(k, "since") || Is(k, "until") || Is(k, "till") || Is(k, "before") || Is(k, "through") || Is(k, "the")
            || Is(k, "a") || Is(k, "'s") || Is(k, "’s") || Is(k, "from") || Is(k, "to"))
        {
            return false;
        }

        // "its first loss since going public in 1994", "since joining the club in 2001": the bound's own clause.
        for (int j = first - 1; j >= Math.Max(_first, first - 6) && Tokens[j].Kind != TokenKind.Punctuation; j--)
        {
            if (Is(j, "since") && IsWord(j + 1) && W(j + 1).EndsWith("ing", StringComparison.Ordinal))
            {
                return false;
            }
        }

        // A relative or participle clause set off by a comma: ", which was founded in 1887," / ", founded in 1998,".
        int floor = Math.Max(_first, first - 12);
        for (int j = first - 1; j >= floor; j--)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation)
            {
                if (!Is(j, ",") || !IsWord(j + 1))
                {
                    return true;
                }

                ReadOnlySpan<char> w = W(j + 1);
                return !(Is(j + 1, "which") || Is(j + 1, "who") || Is(j + 1, "whose") || Is(j + 1, "where")
                    || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !Cap(j + 1)));
            }
        }

        return true;
    }

    /// <summary>
    /// Widens a match by the words TimeML counts as part of the expression: "early" / "earlier" / "late" / "sometime" /
    /// "fiscal" before a date, "the end of" / "the beginning of" / "the middle of", "this" / "the previous" / "this past"
    /// before a weekday, month or season; "nearly" / "about" / "more than" / "up to" and "two to" before a duration,
    /// "or so" after one. Never reaches back into the previous match.
    /// </summary>
    private (int First, int Last) Extend(int first, int last, TemporalType type)
    {
        int floor = _first;
        if (_parses.Count > 0 && _parses[^1].End > Tokens[Math.Max(floor, 0)].Start)
        {
            // The first token at or after the previous match's end, walked back from the match rather than forward
            // from the sentence start (which made a long sentence full of dates quadratic); the walk crosses only
            // the gap since the previous match.
            int limit = _parses[^1].End;
            floor = first;
            while (floor > _first && Tokens[floor - 1].Start >= limit)
            {
                floor--;
            }
        }

        bool Before(int k, string word) => k >= floor && Is(k, word);

        if (type == TemporalType.Duration)
        {
            bool range = false;
            if (Before(first - 2, "to") is false && Before(first - 1, "to") && first - 2 >= floor && CountWord(first - 2) != 0)
            {
                first -= 2; // "two to three weeks"
                range = true;
            }
            else if (Before(first - 3, "between") && Before(first - 1, "and") && CountWord(first - 2) != 0)
            {
                first -= 3; // "between six and 24 months"
            }

            if (Before(first - 3, "no") && (Before(first - 2, "more") || Before(first - 2, "less")) && Before(first - 1, "than"))
            {
                first -= 3;
            }
            else if ((Before(first - 2, "more") || Before(first - 2, "less") || Before(first - 2, "fewer")) && Before(first - 1, "than")
                || Before(first - 2, "at") && Before(first - 1, "least") || Before(first - 2, "up") && Before(first - 1, "to"))
            {
                first -= 2;
            }
            else if (Before(first - 1, "nearly") || Before(first - 1, "almost") || Before(first - 1, "about") || Before(first - 1, "roughly")
                || Before(first - 1, "approximately") || Before(first - 1, "around") || Before(first - 1, "exactly") || (Before(first - 1, "another") && !range))
            {
                first--; // "another seven years" (not "another 30 to 40 years": the range is the amount)
            }
            else if (Before(first - 2, "just") && Before(first - 1, "over"))
            {
                first -= 2; // "in just over a week"
            }

            if (Is(last + 1, "or") && Is(last + 2, "so"))
            {
                last += 2;
            }
            else if (Is(last + 1, "to") && Is(last + 2, "the") && Is(last + 3, "day"))
            {
                last += 3; // "a year to the day after the crash"
            }

            return (first, last);
        }

        if (type is not (TemporalType.Date or TemporalType.Time))
        {
            return (first, last);
        }

        // "this past weekend" (US): the weekend just gone.
        if (Is(first, "past") && Before(first - 1, "this"))
        {
            first--;
        }

        if (Is(first, "next") || Is(first, "this") || Is(first, "last") || Tokens[first].Kind == TokenKind.Word
            && Lookup(W(first), out _) is WordKind.Month or WordKind.Weekday or WordKind.Season)
        {
            if ((Before(first - 1, "past") || Before(first - 1, "previous") || Before(first - 1, "coming")) && (Before(first - 2, "this") || Before(first - 2, "the")))
            {
                first -= 2;
            }
            else if (Before(first - 1, "this") && !Is(first, "this"))
            {
                first--;
            }
        }

        // "Earlier Friday", "Late Monday", "earlier this week": TimeML leaves the modifier out before a weekday or a week.
        bool weekday = (Tokens[first].Kind == TokenKind.Word && Lookup(W(first), out _) == WordKind.Weekday) || (Is(first, "this") && Is(first + 1, "week") && Before(first - 1, "earlier"));
        // "late that night", "early that morning": a part of the story's day has no end or start finer than itself; the
        // modifier stays out ("Late that year" keeps it).
        bool storyPart = Is(first, "that") && IsWord(first + 1) && Lookup(W(first + 1), out _) == WordKind.PartOfDay;
        // "later that morning", "earlier that evening" keep theirs: a step within the story's day.
        if ((Before(first - 1, "early") && !storyPart) || ((Before(first - 1, "earlier") || Before(first - 1, "later")) && !weekday)
            || (Before(first - 1, "late") && !weekday && !storyPart)
            || Before(first - 1, "sometime") || Before(first - 1, "fiscal"))
        {
            first--;
        }
        else if (Before(first - 2, "fiscal") && Before(first - 1, "year") && Tokens[first].Kind == TokenKind.Number && W(first).Length == 4)
        {
            first -= 2; // "fiscal year 2024": FY2024
        }

        // "almost four years ago", "more than four decades ago", "about two hours later": the approximation is part of the date.
        if (Is(last, "ago") || Is(last, "later") || Is(last, "earlier"))
        {
            if ((Before(first - 2, "more") || Before(first - 2, "less")) && Before(first - 1, "than"))
            {
                first -= 2;
            }
            else if (Before(first - 1, "nearly") || Before(first - 1, "almost") || Before(first - 1, "about") || Before(first - 1, "roughly")
                || Before(first - 1, "approximately") || Before(first - 1, "around") || Before(first - 1, "some"))
            {
                first--;
            }
        }

        // "circa 1850", "c. 1850": an approximate year is the year.
        if (Tokens[first].Kind == TokenKind.Number && W(first).Length == 4 && first == last
            && (Before(first - 1, "circa") || Before(first - 1, "c.") || (Before(first - 1, ".") && Before(first - 2, "c") && !Cap(first - 2))))
        {
            first -= Is(first - 1, ".") ? 2 : 1;
        }

        // "around 2025", "around Nov. 1"
        if (Before(first - 1, "around") && (Tokens[first].Kind == TokenKind.Number || (Tokens[first].Kind == TokenKind.Word && Lookup(W(first), out _) == WordKind.Month)))
        {
            first--;
        }

        if (Before(first - 1, "of") && (Before(first - 2, "end") || Before(first - 2, "beginning") || Before(first - 2, "start")
            || Before(first - 2, "middle")) && Before(first - 3, "the"))
        {
            first -= 3;
        }

        // "AD 14", "60 BC", "15 March 44 BC": the era's word is part of the year.
        if (first - 1 >= floor && Tokens[first].Kind == TokenKind.Number && Era(first - 1) == 1)
        {
            first--;
        }

        if (Tokens[last].Kind == TokenKind.Number && Era(last + 1) != 0)
        {
            last++;
        }

        return (first, last);
    }

    /// <summary>
    /// A clock time, its zone, and the day that follows it when there is one: "9 a.m. Tuesday", "5 p.m. EST Nov. 9",
    /// "12:01 AM BST, 3 June 2012", "8:46 a.m. yesterday". Without one it is a time of the day the sentence last named
    /// ("by 9 PM" after "14:30 GMT Friday") or of the weekday just after it ("at 9:06 a.m. on Sunday").
    /// </summary>
    /// <remarks>A named part of the day ("at dawn today", "nightfall", "first light tomorrow") is read the same way with
    /// <paramref name="part"/> (0–3 from morning) in place of the clock; "midnight" told with its day is 00:00 after that day.</remarks>
    private int EmitClock(int first, int last, int hour, int minute, int part = -1)
    {
        // "before midnight on Saturday", "midnight Friday", "midnight Eastern on Dec. 31": the midnight that ends the day (its zone after
        // it changes nothing); "after midnight on 13 October" the one that starts it.
        bool midnight = part < 0 && first == last && Is(first, "midnight") && !Is(first - 1, "after") && !Is(first - 1, "past") && !Is(first - 1, "since");
        last = Math.Max(last, ZoneEnd(last + 1));
        int second = _second; // "23:59:59 UTC on June 30": reading the date after it forgets the clock's seconds
        bool deadline = Is(first - 1, "of") && (Is(first - 2, "deadline") || Is(first - 2, "deadlines")); // "a deadline of midnight Friday": ahead
        DateParse Timed(DateParse day) => (part >= 0
            ? day with { Type = TemporalType.Time, Grain = DatePrecision.PartOfDay, Hour = -1, Minute = 0, Part = part }
            : day with { Type = TemporalType.Time, Grain = DatePrecision.TimeOfDay, Hour = hour, Minute = minute, Part = -1, Midnight = midnight })
            with { Tense = deadline ? Tense.Future : day.Tense, Deadline = deadline || day.Deadline };

        // "5 November 2019 • 6:12pm", "June 19, 2018 — 12.01am", "FEBRUARY 6, 2018 / 2:17 PM": a day-stamp and its clock across a bullet, a dash or a slash are one time
        // ("Last Updated: August 29, 2025 | 6:00 AM ET": a pipe separates a stamp's fields, which stay two).
        if (StampBefore(first) is int stampFirst)
        {
            DateParse stamp = _parses[^1];
            _parses.RemoveAt(_parses.Count - 1);
            return Emit(stampFirst, last, Timed(stamp));
        }
        int k = last + 1;
        bool comma = Is(k, ",");
        if (comma)
        {
            k++;
        }

        int before = _parses.Count;
        int next = k;
        if (IsWord(k) && Cap(k) && Lookup(W(k), out int code) is WordKind.Weekday or WordKind.Month)
        {
            next = Lookup(W(k), out _) == WordKind.Weekday ? TryWeekday(k, k, code) : TryMonth(k, k, code, null);
        }
        else if (k < _end && Tokens[k].Kind == TokenKind.Number && comma)
        {
            next = TryNumberStart(k); // "12:01 AM BST, 3 June 2012"
        }
        else if (!comma && IsWord(k) && Lookup(W(k), out _) == WordKind.Relative && (Is(k, "yesterday") || Is(k, "today") || Is(k, "tomorrow") || Is(k, "tonight")))
        {
            next = TryRelativeWord(k, W(k));
        }
        else if (!comma && (Is(k, "this") || (Is(k, "that") && Tokens[first].Kind == TokenKind.Word) || (Is(k, "last") && Is(k + 1, "night")))
            && IsWord(k + 1) && Lookup(W(k + 1), out _) == WordKind.PartOfDay)
        {
            // "Sirens sounded at 4:17 this morning", "ended at 10pm last night"; a clock in words with "that" ("at twenty past eight that
            // evening", b23), not one in figures ("resigned at 7pm that evening" is two mentions in b19) (dates35b).
            next = TryAt(k);
        }
        else if (!comma && Is(k, "the") && (Is(k + 1, "next") || Is(k + 1, "following")) && (Is(k + 2, "day") || (IsWord(k + 2) && Lookup(W(k + 2), out _) == WordKind.PartOfDay)))
        {
            next = TryThe(k); // "11:01 p.m. the next day", "3.56am the next morning" (dates35b)
        }

        if (_parses.Count == before + 1 && _parses[^1].Grain is DatePrecision.Day or DatePrecision.PartOfDay)
        {
            DateParse day = _parses[^1];
            _parses.RemoveAt(_parses.Count - 1);
            return Emit(first, next - 1, Timed(day));
        }

        if (_parses.Count == before + 1)
        {
            _parses.RemoveAt(_parses.Count - 1); // "10 a.m. March": not a day; keep the clock time alone
        }

        // A bare clock time is of the day of writing, or of the story's day in a narrative.
        DateParse clock = Timed(DateParse.Offset(TimeUnit.Day, 0, AnchorUse.Narrative)) with { Tense = TenseBefore(first), BareClock = part < 0, Midnight = false };

        // "at 2:46 p.m. on 11 March 2011", "at 2:46 p.m. on Friday, March 11, 2011": the time of the date that follows,
        // which stays a mention of its own.
        // "at 11am on Remembrance Sunday", "12:03am on New Year's Day": the named day's.
        if (Is(last + 1, "on") && last + 2 < _end && (Tokens[last + 2].Kind == TokenKind.Number
            || (IsWord(last + 2) && Cap(last + 2) && (Lookup(W(last + 2), out _) is WordKind.Month or WordKind.Weekday || DateVocabulary.MayStartNamedDay(W(last + 2))))))
        {
            int count = _parses.Count;
            int dateEnd = TryAt(last + 2);
            if (_parses.Count == count + 1 && _parses[^1].Grain == DatePrecision.Day && _parses[^1].Kind is ParseKind.Calendar or ParseKind.NamedDay)
            {
                DateParse date = _parses[^1];
                _parses.RemoveAt(_parses.Count - 1);
                Emit(first, last, Timed(date) with { Second = second });
                _parses.Add(date);
                return dateEnd;
            }

            while (_parses.Count > count)
            {
                _parses.RemoveAt(_parses.Count - 1);
            }
        }

        if (Is(last + 1, "on") && IsWord(last + 2) && Cap(last + 2) && Lookup(W(last + 2), out int weekday) == WordKind.Weekday)
        {
            clock = clock with { Kind = ParseKind.Weekday, Weekday = weekday, Anchor = AnchorUse.Publication, BareClock = false, Midnight = midnight, Tense = deadline ? Tense.Future : clock.Tense }; // its day is the weekday's
        }
        else if (WeekdayAfterGloss(last + 1) is int glossedDay)
        {
            // "at about 10:35 a.m. (0735 GMT) Friday", "at noon ET (1700 GMT) on Wednesday": the weekday after the clock's gloss is its day.
            clock = clock with { Kind = ParseKind.Weekday, Weekday = glossedDay, Anchor = AnchorUse.Publication, BareClock = false, Midnight = midnight };
        }
        else if (RangeEndWeekday(last + 1, hour >= 12) is int rangeDay)
        {
            // "from 3am to 11am on Saturday": the first end of a clock range is on its second end's weekday (not "from 6pm to 9am on
            // Thursday", a night's range).
            clock = clock with { Kind = ParseKind.Weekday, Weekday = rangeDay, Anchor = AnchorUse.Publication, BareClock = false };
        }
        else if (_parses.Count > 0 && _parses[^1].Start >= Tokens[_first].Start && _parses[^1].Kind is ParseKind.Weekday or ParseKind.Calendar or ParseKind.Offset
            && _parses[^1].Grain is DatePrecision.Day or DatePrecision.PartOfDay or DatePrecision.TimeOfDay && (_parses[^1].Kind != ParseKind.Offset || _parses[^1].Unit == TimeUnit.Day))
        {
            // The day of an earlier mention in the sentence; a story step ("Six days later … at 2:10 p.m.") has already
            // moved the story to that day.
            DateParse day = _parses[^1].Anchor == AnchorUse.Story ? DateParse.Offset(TimeUnit.Day, 0, AnchorUse.Story) : _parses[^1];
            clock = Timed(day) with { BareClock = part < 0, Midnight = false };
        }

        return Emit(first, last, clock);
    }

    /// <summary>The weekday of a clock range's second end ("to 11am on Saturday", "and 6pm on Sunday") that opens at <paramref name="k"/>,
    /// or null; null too when the first end is in the afternoon or evening (<paramref name="late"/>) and the second in the morning.</summary>
    private int? RangeEndWeekday(int k, bool late)
    {
        if (!In(k, DateVocabulary.RangeEnds))
        {
            return null;
        }

        int c = k + 1;
        while (c < _end && c <= k + 3 && ClockWord(c))
        {
            if (late && (Is(c, "am") || Is(c, "a.m.") || W(c).EndsWith("am", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            c++;
        }

        return c > k + 1 && Is(c, "on") && IsWord(c + 1) && Cap(c + 1) && Lookup(W(c + 1), out int weekday) == WordKind.Weekday ? weekday : null;
    }

    /// <summary>The weekday just after a short gloss in parentheses that opens at <paramref name="open"/>, alone or after "on" ("(0735 GMT)
    /// Friday", "(1700 GMT) on Wednesday"), or null.</summary>
    private int? WeekdayAfterGloss(int open)
    {
        if (!Is(open, "("))
        {
            return null;
        }

        for (int c = open + 1; c < Math.Min(_end, open + 6); c++)
        {
            if (Is(c, ")"))
            {
                int d = Is(c + 1, "on") ? c + 2 : c + 1;
                return IsWord(d) && Cap(d) && Lookup(W(d), out int weekday) == WordKind.Weekday ? weekday : null;
            }
        }

        return null;
    }

    /// <summary>The first token of a full date read just before <paramref name="first"/> across one bullet or dash on the same line, or null.</summary>
    private int? StampBefore(int first)
    {
        int bullet = first - 1;
        if (bullet - 1 < _first || _parses.Count == 0 || Tokens[bullet].Kind is not (TokenKind.Punctuation or TokenKind.Symbol) || W(bullet) is not ("•" or "—" or "–" or "·" or "/" or "-"))
        {
            return null;
        }

        DateParse day = _parses[^1];
        if (day.Kind != ParseKind.Calendar || day.Year is null || day.Day == 0 || day.Hour >= 0 || day.End != Tokens[bullet - 1].End
            || _text.AsSpan(day.End, Tokens[first].Start - day.End).Contains('\n'))
        {
            return null;
        }

        for (int k = bullet - 1; k >= _first && Tokens[k].Start >= day.Start; k--)
        {
            if (Tokens[k].Start == day.Start)
            {
                return k;
            }
        }

        return null;
    }

    private static bool AllUpper(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
